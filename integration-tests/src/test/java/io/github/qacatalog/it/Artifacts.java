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

  static Path evalJar() {
    return file("qacatalog.evalJar");
  }

  static Path exportJar() {
    return file("qacatalog.exportJar");
  }

  static Path ecjJar() {
    return file("qacatalog.ecjJar");
  }

  static Path mavenPluginJar() {
    return file("qacatalog.mavenPluginJar");
  }

  /** The version this build gives its artifacts. */
  static String version() {
    return property("qacatalog.version");
  }

  /** The repository's top folder, which holds the Maven wrapper and the modules. */
  static Path projectRoot() {
    return Path.of(property("qacatalog.projectRoot")).toAbsolutePath().normalize();
  }

  /** The local repository of the build running these tests. */
  static Path outerLocalRepository() {
    return Path.of(property("qacatalog.localRepository"));
  }

  /** The seed question file, byte for byte (the example's copy of it). */
  static Path seed() {
    return file("qacatalog.seed");
  }

  /** A tool of the JDK that runs these tests, so that a run on JDK 25 tests JDK 25's javac. */
  static Path jdkTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.contains("${")) {
      fail("system property " + name + " is not set; run these tests with ./mvnw verify");
    }
    return value;
  }

  private static Path file(String property) {
    Path path = Path.of(property(property));
    if (!Files.isRegularFile(path)) {
      fail(property + " names " + path + ", which is not a file; has the module been packaged?");
    }
    return path;
  }
}
