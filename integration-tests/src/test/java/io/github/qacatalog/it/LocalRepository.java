package io.github.qacatalog.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Maven local repository holding this build's artifacts, as {@code install} would lay them out,
 * so that a nested Maven build can use them as a user's build uses the published ones. Everything
 * else it needs comes from the outer build's repository, chained behind it as a read-only tail.
 */
final class LocalRepository {
  private static final String GROUP_PATH = "io/github/qacatalog/";

  private LocalRepository() {}

  static Path withThisBuild(Path folder) {
    String version = Artifacts.version();
    Path root = Artifacts.projectRoot();
    install(folder, "qacatalog-parent", version, root.resolve("pom.xml"), null);
    install(folder, "qacatalog-runtime", version, root.resolve("runtime/pom.xml"), Artifacts.runtimeJar());
    // The shaded jar is published with the POM that no longer lists what it carries inside.
    install(folder, "qacatalog-processor", version,
        root.resolve("processor/target/dependency-reduced-pom.xml"), Artifacts.processorJar());
    install(folder, "qacatalog-maven-plugin", version, root.resolve("maven-plugin/pom.xml"), Artifacts.mavenPluginJar());
    install(folder, "qacatalog-export", version, root.resolve("export/pom.xml"), Artifacts.exportJar());
    install(folder, "qacatalog-eval", version, root.resolve("eval/pom.xml"), Artifacts.evalJar());
    return folder;
  }

  private static void install(Path repository, String artifactId, String version, Path pom, Path jar) {
    try {
      Path directory = Files.createDirectories(repository.resolve(GROUP_PATH + artifactId + "/" + version));
      Files.copy(pom, directory.resolve(artifactId + "-" + version + ".pom"));
      if (jar != null) {
        Files.copy(jar, directory.resolve(artifactId + "-" + version + ".jar"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
