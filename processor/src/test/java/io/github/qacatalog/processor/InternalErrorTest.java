package io.github.qacatalog.processor;

import static com.google.common.truth.Truth.assertThat;
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

  /** The Filer fails while the file is being looked for: nothing was read, so no line is named. */
  @Test
  void failureOutsideReadingTheFileIsOneErrorThatNamesNoLine() {
    JavaFileObject source = Sources.qaSource(SeedFile.RESOURCE);
    // A Filer that fails the way no Filer should: with an unchecked exception.
    Filer broken = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          throw new UnsupportedOperationException("simulated failure in " + method.getName());
        });
    Compilation compilation = javac().withProcessors(new FilerSwappingProcessor(javacs -> broken)).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String message = compilation.errors().get(0).getMessage(null);
    assertThat(message).startsWith("error: internal error in the qacatalog processor:"
        + " java.lang.UnsupportedOperationException: simulated failure in getResource [internal-failure]");
    assertThat(message).doesNotContain("while reading");
    assertThat(message).doesNotContain(":1:1:");
    assertThat(message).contains("hint: this is a bug in qacatalog, not in your file; please report it");
    assertThat(compilation).hadErrorContaining("internal-failure").inFile(source).onLine(1);
  }
}
