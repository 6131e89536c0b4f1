package io.github.qacatalog.bench;

import io.github.qacatalog.QaItem;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The class path the benchmark's javac runs compile against: the runtime library alone, which is
 * all generated code needs. The bench module's own class path also holds the evaluation module's
 * dependencies (ONNX Runtime, LangChain4j), which javac would open and search for every package,
 * for the figure and the floor alike, and which no catalog build depends on.
 */
final class RuntimeClassPath {
  private RuntimeClassPath() {}

  static String get() {
    try {
      return Path.of(QaItem.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the runtime library", e);
    }
  }
}
