package io.github.qacatalog.processor;

import io.github.qacatalog.processor.diagnostic.Diagnostic;
import io.github.qacatalog.processor.diagnostic.Message;
import io.github.qacatalog.processor.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * What one {@code @QaSource} asks for, with the processor options folded in.
 *
 * @param accepted warnings accepted on purpose, as {@code code} or {@code code:line}
 */
record SourceSettings(String path, String packageName, String className, boolean strict, long maxBytes,
    List<String> accepted) {

  static SourceSettings read(Element element, AnnotationMirror mirror, ProcessingEnvironment env) {
    String path = "";
    String className = "QaCatalog";
    boolean strict = false;
    List<String> accepted = new ArrayList<>();
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        env.getElementUtils().getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      Object value = entry.getValue().getValue();
      switch (entry.getKey().getSimpleName().toString()) {
        case "value" -> path = String.valueOf(value);
        case "className" -> className = String.valueOf(value);
        case "strict" -> strict = Boolean.TRUE.equals(value);
        case "accept" -> {
          if (value instanceof List<?> list) {
            for (Object item : list) {
              accepted.add(String.valueOf(((AnnotationValue) item).getValue()).strip());
            }
          }
        }
        default -> { }
      }
    }
    Map<String, String> options = env.getOptions();
    strict |= Boolean.parseBoolean(options.getOrDefault(QaCatalogProcessor.OPTION_STRICT, "false"));
    long maxBytes = QaCatalogProcessor.DEFAULT_MAX_BYTES;
    String max = options.get(QaCatalogProcessor.OPTION_MAX_BYTES);
    if (max != null) {
      try {
        maxBytes = Long.parseLong(max.strip());
      } catch (NumberFormatException e) {
        // An unreadable limit keeps the default; the limit is a safety net, not a setting to fail on.
      }
    }
    String packageName = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    return new SourceSettings(path, packageName, className, strict, maxBytes, List.copyOf(accepted));
  }

  /** Entries of {@code accept} that name no warning: typos that would accept nothing. */
  List<String> unknownAccepted() {
    List<String> unknown = new ArrayList<>();
    for (String entry : accepted) {
      String code = entry.contains(":") ? entry.substring(0, entry.indexOf(':')) : entry;
      String line = entry.contains(":") ? entry.substring(entry.indexOf(':') + 1) : "1";
      boolean known = Arrays.stream(Message.values())
          .anyMatch(m -> m.severity() == Severity.WARNING && m.code().equals(code));
      if (!known || !line.matches("[1-9][0-9]{0,9}")) {
        unknown.add(entry);
      }
    }
    return unknown;
  }

  /** The codes of every warning, for messages. */
  static String warningCodes() {
    return Arrays.stream(Message.values())
        .filter(m -> m.severity() == Severity.WARNING && m.hasPlaceInFile())
        .map(Message::code)
        .collect(Collectors.joining(", "));
  }

  /** Whether the user accepted this warning on purpose. Errors cannot be accepted. */
  boolean accepts(Diagnostic diagnostic) {
    if (diagnostic.severity() != Severity.WARNING) {
      return false;
    }
    String code = diagnostic.message().code();
    return accepted.contains(code) || accepted.contains(code + ":" + diagnostic.position().line());
  }
}
