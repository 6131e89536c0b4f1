package io.github.qacatalog.processor;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.DiagnosticSink;
import io.github.qacatalog.processor.diagnostic.Severity;
import io.github.qacatalog.processor.diagnostic.SettingValue;
import io.github.qacatalog.processor.diagnostic.Tool;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Shows problems as javac messages on one {@code @QaSource}: a problem with a setting on the
 * value that is wrong, so that an IDE marks that value; any other on the annotation.
 */
final class MessagerSink implements DiagnosticSink {
  private final Messager messager;
  private final Element element;
  private final AnnotationMirror mirror;

  MessagerSink(Messager messager, Element element, AnnotationMirror mirror) {
    this.messager = messager;
    this.element = element;
    this.mirror = mirror;
  }

  @Override
  public void problem(Diagnostic shown, String path, Optional<SettingValue> setting) {
    Kind kind = shown.severity() == Severity.ERROR ? Kind.ERROR : Kind.WARNING;
    Optional<AnnotationValue> value = setting.flatMap(this::valueOf);
    if (value.isPresent()) {
      messager.printMessage(kind, shown.format(path, tool()), element, mirror, value.get());
    } else {
      messager.printMessage(kind, shown.format(path, tool()), element, mirror);
    }
  }

  @Override
  public void note(String text) {
    messager.printMessage(Kind.NOTE, text, element, mirror);
  }

  @Override
  public Tool tool() {
    return Tool.PROCESSOR;
  }

  /** The value as written in the annotation; for an array, the one entry named. */
  private Optional<AnnotationValue> valueOf(SettingValue setting) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals(setting.name())) {
        continue;
      }
      AnnotationValue value = entry.getValue();
      if (value.getValue() instanceof List<?> entries) {
        for (Object item : entries) {
          AnnotationValue entryValue = (AnnotationValue) item;
          if (String.valueOf(entryValue.getValue()).strip().equals(setting.value())) {
            return Optional.of(entryValue);
          }
        }
      }
      return Optional.of(value);
    }
    return Optional.empty();
  }
}
