package io.github.qacatalog.processor;

import com.google.auto.service.AutoService;
import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Diagnostics;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.diagnostic.SourcePosition;
import io.github.qacatalog.processor.generate.GeneratedJavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Compiles each file named by {@code @QaSource} into a catalog class. This class only talks to
 * javac: it finds the file, hands its bytes to {@link CatalogCompiler}, prints the problems, and
 * writes the source when there is no error. It never lets an exception reach javac.
 */
@AutoService(Processor.class)
public final class QaCatalogProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.github.qacatalog.QaSource";
  static final String OPTION_ROOT = "qacatalog.root";
  static final String OPTION_STRICT = "qacatalog.strict";
  static final String OPTION_MAX_BYTES = "qacatalog.maxBytes";
  static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

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
    Diagnostics diagnostics = new Diagnostics();
    String displayPath = "";
    try {
      SourceSettings settings = SourceSettings.read(element, mirror, processingEnv);
      displayPath = settings.path();
      if (!SourceVersion.isName(settings.className())) {
        report(element, mirror, Message.INVALID_CLASS_NAME, displayPath, settings.className());
        return;
      }
      reportUnknownAcceptCodes(element, mirror, settings);
      QuestionFileLocator.Result located =
          QuestionFileLocator.locate(processingEnv.getFiler(), processingEnv.getOptions().get(OPTION_ROOT), settings.path());
      if (located.found() != null) {
        displayPath = located.found().displayPath();
      }
      if (located.unreadable() != null) {
        diagnostics.report(Message.FILE_UNREADABLE, SourcePosition.START, settings.path(), located.unreadable());
      } else if (located.found() == null) {
        diagnostics.report(Message.FILE_NOT_FOUND, SourcePosition.START, settings.path(), listOf(located.tried()));
      } else if (located.found().bytes().length > settings.maxBytes()) {
        diagnostics.report(Message.FILE_TOO_LARGE, SourcePosition.START,
            (long) located.found().bytes().length, settings.maxBytes());
      } else {
        CatalogCompiler.Result result = CatalogCompiler.compile(located.found().bytes(), settings.packageName(),
            settings.className(), settings.path(), diagnostics);
        boolean failed = print(element, mirror, settings, displayPath, diagnostics);
        if (!failed && result.javaFile().isPresent()) {
          write(element, mirror, displayPath, result.javaFile().get());
        }
        return;
      }
      print(element, mirror, settings, displayPath, diagnostics);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      Diagnostic internal = new Diagnostic(Message.INTERNAL_ERROR, Severity.ERROR, diagnostics.reading(),
          Message.INTERNAL_ERROR.format(e));
      processingEnv.getMessager().printMessage(Kind.ERROR, internal.format(displayPath), element, mirror);
    }
  }

  /** Prints every problem in file order; returns whether the build must fail. */
  private boolean print(Element element, AnnotationMirror mirror, SourceSettings settings, String displayPath,
      Diagnostics diagnostics) {
    boolean failed = false;
    int strictErrors = 0;
    for (Diagnostic diagnostic : diagnostics.inFileOrder()) {
      if (settings.accepts(diagnostic)) {
        continue;
      }
      Diagnostic shown = diagnostic;
      if (diagnostic.severity() == Severity.WARNING && settings.strict()) {
        shown = new Diagnostic(diagnostic.message(), Severity.ERROR, diagnostic.position(), diagnostic.text());
        strictErrors++;
      }
      failed |= shown.severity() == Severity.ERROR;
      Kind kind = shown.severity() == Severity.ERROR ? Kind.ERROR : Kind.WARNING;
      processingEnv.getMessager().printMessage(kind, shown.format(displayPath), element, mirror);
    }
    if (strictErrors > 0) {
      processingEnv.getMessager().printMessage(Kind.NOTE, "qacatalog strict mode: " + strictErrors
          + " warning(s) of " + displayPath + " counted as errors; accept a deliberate one with"
          + " @QaSource(accept = \"code:line\")", element, mirror);
    }
    return failed;
  }

  private void reportUnknownAcceptCodes(Element element, AnnotationMirror mirror, SourceSettings settings) {
    for (String unknown : settings.unknownAccepted()) {
      Diagnostic diagnostic = new Diagnostic(Message.UNKNOWN_ACCEPT, Message.UNKNOWN_ACCEPT.severity(),
          SourcePosition.START, Message.UNKNOWN_ACCEPT.format(unknown, SourceSettings.warningCodes()));
      processingEnv.getMessager().printMessage(settings.strict() ? Kind.ERROR : Kind.WARNING,
          diagnostic.format(settings.path()), element, mirror);
    }
  }

  private void write(Element element, AnnotationMirror mirror, String displayPath, GeneratedJavaFile javaFile) {
    String name = javaFile.qualifiedName();
    if (!written.add(name)) {
      report(element, mirror, Message.CLASS_GENERATED_TWICE, displayPath, name);
      return;
    }
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name, element);
      try (Writer out = file.openWriter()) {
        out.write(javaFile.toString());
      }
    } catch (IOException e) {
      report(element, mirror, Message.WRITE_FAILED, displayPath, name, e.getMessage());
    }
  }

  /** Reports a problem that concerns the annotation rather than a place in the file. */
  private void report(Element element, AnnotationMirror mirror, Message message, String displayPath, Object... args) {
    Diagnostic diagnostic = new Diagnostic(message, message.severity(), SourcePosition.START, message.format(args));
    processingEnv.getMessager().printMessage(Kind.ERROR, diagnostic.format(displayPath), element, mirror);
  }

  private static String listOf(List<String> places) {
    StringBuilder list = new StringBuilder();
    for (String place : places) {
      list.append("\n    ").append(place);
    }
    return list.toString();
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
