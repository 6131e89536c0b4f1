package io.github.qacatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.github.qacatalog.processor.testing.FilerSwappingProcessor;
import io.github.qacatalog.processor.testing.SeedFile;
import io.github.qacatalog.processor.testing.Sources;
import java.lang.reflect.Proxy;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An unexpected failure inside the processor becomes one error, never an exception in javac. */
class InternalErrorTest {

  @Test
  void failureInsideTheProcessorIsOneErrorAskingForABugReport() {
    JavaFileObject source = Sources.qaSource(SeedFile.RESOURCE);
    // A Filer that fails the way no Filer should: with an unchecked exception.
    Filer broken = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          throw new UnsupportedOperationException("simulated failure in " + method.getName());
        });
    Compilation compilation = javac().withProcessors(new FilerSwappingProcessor(javacs -> broken)).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("seed/QA.md:1:1: error: internal error in the qacatalog processor while reading this line")
        .inFile(source).onLine(1);
    assertThat(compilation).hadErrorContaining("this is a bug in qacatalog, not in your file; please report it");
  }
}
