package io.github.qacatalog.processor;

import com.google.auto.service.AutoService;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Compiles each file named by {@code @QaSource} into a catalog class. This class only talks to
 * javac: it finds the file, hands its bytes to {@link ReportedCompilation}, which reports the
 * problems through a {@link MessagerSink}, and writes the source when there is no error. It never
 * lets an exception reach javac.
 */
@AutoService(Processor.class)
public final class QaCatalogProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.github.qacatalog.QaSource";
  static final String OPTION_ROOT = "qacatalog.root";
  static final String OPTION_STRICT = "qacatalog.strict";
  static final String OPTION_MAX_BYTES = "qacatalog.maxBytes";

  private final Set<String> written = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_ROOT, OPTION_STRICT, OPTION_MAX_BYTES);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      AnnotationMirror mirror = mirrorOf(element, annotation);
      if (mirror != null) {
        processSource(element, mirror);
      }
    }
    return false;
  }

  private void processSource(Element element, AnnotationMirror mirror) {
    MessagerSink sink = new MessagerSink(processingEnv.getMessager(), element, mirror);
    String displayPath = "";
    try {
      SourceSettings settings = SourceSettings.read(element, mirror, processingEnv);
      Reporter reporter = new Reporter(settings.policy(), sink);
      displayPath = settings.path();
      if (!SourceVersion.isName(settings.className())) {
        reporter.report(new SettingValue(SettingValue.CLASS_NAME, settings.className()), Message.INVALID_CLASS_NAME,
            settings.className());
        return;
      }
      reporter.reportUnknownAccepted(displayPath);
      QuestionFileLocator.Result located =
          QuestionFileLocator.locate(processingEnv.getFiler(), processingEnv.getOptions().get(OPTION_ROOT), settings.path(),
              settings.maxBytes());
      if (located.unreadable() != null) {
        reporter.report(displayPath, Message.FILE_UNREADABLE, settings.path(), located.unreadable());
      } else if (located.found() == null) {
        reporter.report(displayPath, Message.FILE_NOT_FOUND, settings.path(), Message.listOfPlaces(located.tried()));
      } else if (located.found().tooLarge()) {
        displayPath = located.found().displayPath();
        long size = located.found().sizeOverLimit();
        if (size >= 0) {
          reporter.report(displayPath, SourcePosition.START, Message.FILE_TOO_LARGE, size, settings.maxBytes());
        } else {
          reporter.report(displayPath, SourcePosition.START, Message.INPUT_TOO_LARGE, settings.maxBytes());
        }
      } else {
        displayPath = located.found().displayPath();
        Optional<GeneratedJavaFile> javaFile = ReportedCompilation.compile(located.found().bytes(), settings.maxBytes(),
            settings.packageName(), settings.className(), settings.path(), displayPath, reporter)
            .flatMap(CatalogCompiler.Result::javaFile);
        if (javaFile.isPresent()) {
          write(element, reporter, displayPath, javaFile.get());
        }
      }
    } catch (OutOfMemoryError e) {
      new Reporter(ReportingPolicy.DEFAULT, sink).report(displayPath, Message.OUT_OF_MEMORY, displayPath, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // Not while reading the file (ReportedCompilation reports that with its line): while finding
      // it, reading the annotation, or writing the source.
      new Reporter(ReportingPolicy.DEFAULT, sink).report(displayPath, Message.INTERNAL_FAILURE, e);
    }
  }

  private void write(Element element, Reporter reporter, String displayPath, GeneratedJavaFile javaFile) {
    String name = javaFile.qualifiedName();
    if (!written.add(name)) {
      reporter.report(displayPath, Message.CLASS_GENERATED_TWICE, name);
      return;
    }
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name, element);
      try (Writer out = file.openWriter()) {
        out.write(javaFile.toString());
      }
    } catch (IOException e) {
      reporter.report(displayPath, Message.WRITE_FAILED, name, e.getMessage());
    }
  }

  private static AnnotationMirror mirrorOf(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }
}
