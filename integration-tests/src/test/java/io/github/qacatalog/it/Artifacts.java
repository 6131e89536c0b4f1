package io.github.qacatalog.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the build hands to these tests through system properties (see this module's POM): the
 * packaged jars, the Eclipse compiler, the seed question file, and the JDK running the tests.
 */
final class Artifacts {
  private Artifacts() {}

  /** The processor jar as published: shaded, with its libraries inside it. */
  static Path processorJar() {
    return file("qacatalog.processorJar");
  }

  static Path runtimeJar() {
    return file("qacatalog.runtimeJar");
  }

  static Path ecjJar() {
    return file("qacatalog.ecjJar");
  }

  /** The seed question file, byte for byte (the example's copy of it). */
  static Path seed() {
    return file("qacatalog.seed");
  }

  /** A tool of the JDK that runs these tests, so that a run on JDK 25 tests JDK 25's javac. */
  static Path jdkTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name);
  }

  private static Path file(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.contains("${")) {
      fail("system property " + property + " is not set; run these tests with ./mvnw verify");
    }
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      fail(property + " names " + path + ", which is not a file; has the module been packaged?");
    }
    return path;
  }
}
