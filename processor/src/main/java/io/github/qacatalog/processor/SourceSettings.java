package io.github.qacatalog.processor;

import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** What one {@code @QaSource} asks for, with the processor options folded in. */
record SourceSettings(String path, String packageName, String className, ReportingPolicy policy, long maxBytes) {

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
              accepted.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
          }
        }
        default -> { }
      }
    }
    Map<String, String> options = env.getOptions();
    strict |= Boolean.parseBoolean(options.getOrDefault(QaCatalogProcessor.OPTION_STRICT, "false"));
    long maxBytes = ReportedCompilation.DEFAULT_MAX_BYTES;
    String max = options.get(QaCatalogProcessor.OPTION_MAX_BYTES);
    if (max != null) {
      try {
        maxBytes = Long.parseLong(max.strip());
      } catch (NumberFormatException e) {
        // An unreadable limit keeps the default; the limit is a safety net, not a setting to fail on.
      }
    }
    String packageName = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    return new SourceSettings(path, packageName, className, new ReportingPolicy(strict, accepted), maxBytes);
  }
}
