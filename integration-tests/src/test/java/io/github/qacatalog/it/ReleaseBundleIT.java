package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release command of RELEASING.md, run on a copy of this repository with a release version and a
 * key made for the run, unable to download anything and without the upload
 * ({@code -DskipUpload=true}): the bundle it leaves is what the Central Portal would receive. It
 * must hold, for every published artifact and for nothing else, each file the Portal requires,
 * signed by that key and with right checksums.
 */
class ReleaseBundleIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final String GROUP_PATH = "io/github/qacatalog/";

  /** Every artifact a release publishes, one line each; a new published module adds its line. */
  private static final List<String> PUBLISHED = List.of(
      "qacatalog-parent",
      "qacatalog-runtime",
      "qacatalog-processor",
      "qacatalog-export",
      "qacatalog-eval",
      "qacatalog-maven-plugin",
      "qacatalog-cli");
  /** Of those, the ones that are a POM and nothing else. */
  private static final Set<String> POM_ONLY = Set.of("qacatalog-parent");

  /** What the Portal requires beside each file; .sha256 and .sha512 are welcome, not required. */
  private static final List<String> COMPANIONS = List.of(".asc", ".md5", ".sha1");

  @TempDir static Path dir;
  private static ThrowawaySigningKey key;
  private static ReleaseBundle bundle;
  private static String version;

  @BeforeAll
  static void buildTheBundle() {
    version = Artifacts.version().replace("-SNAPSHOT", "");
    Path copy = SourceTreeCopy.of(Artifacts.projectRoot(), dir.resolve("source"));
    SourceTreeCopy.setVersion(copy, Artifacts.version(), version);
    key = ThrowawaySigningKey.generate();

    // The publish goal refuses to run under --offline, so the build is online with every
    // repository mirrored to an empty folder: it can download nothing, and whatever it needs must
    // be in the outer build's repository already (this module's POM resolves the release plugins).
    // The tests are not compiled: the outer build has just run them; this is about the files.
    List<String> command = List.of(
        copy.resolve("mvnw").toString(), "-B", "-s", settingsWithoutDownloads(dir).toString(), "-Prelease",
        "-Dmaven.test.skip=true", "-DskipUpload=true",
        "-Dmaven.repo.local=" + dir.resolve("repository"),
        "-Dmaven.repo.local.tail=" + Artifacts.outerLocalRepository(),
        "deploy");
    Map<String, String> environment = Map.of(
        "JAVA_HOME", System.getProperty("java.home"),
        "MAVEN_GPG_KEY", key.armoredSecretKey(),
        "MAVEN_GPG_PASSPHRASE", key.passphrase());
    CommandRun.run(copy, command, environment, TIMEOUT).assertSucceeded();

    Path zip = copy.resolve("target/central-publishing/central-bundle.zip");
    assertWithMessage("the staged bundle").that(Files.isRegularFile(zip)).isTrue();
    bundle = ReleaseBundle.read(zip);
  }

  @Test
  void bundleHoldsThePublishedArtifactsAndNothingElse() {
    assertThat(bundle.artifactIds(GROUP_PATH)).containsExactlyElementsIn(PUBLISHED);
    for (String path : bundle.paths()) {
      assertThat(path).startsWith(GROUP_PATH);
    }
  }

  @Test
  void everyPublishedFileHasItsSignatureAndChecksums() {
    for (String artifactId : PUBLISHED) {
      Set<String> expected = new TreeSet<>();
      for (String file : requiredFiles(artifactId)) {
        expected.add(file);
        for (String companion : COMPANIONS) {
          expected.add(file + companion);
        }
      }
      Set<String> present = bundle.fileNames(folder(artifactId));
      assertWithMessage(artifactId).that(present).containsAtLeastElementsIn(expected);
    }
  }

  @Test
  void checksumsMatchTheFiles() throws NoSuchAlgorithmException {
    for (String artifactId : PUBLISHED) {
      for (String file : requiredFiles(artifactId)) {
        String path = folder(artifactId) + file;
        byte[] content = bundle.bytes(path);
        assertWithMessage(path + ".md5").that(checksum(bundle.bytes(path + ".md5"))).isEqualTo(digest("MD5", content));
        assertWithMessage(path + ".sha1").that(checksum(bundle.bytes(path + ".sha1"))).isEqualTo(digest("SHA-1", content));
      }
    }
  }

  @Test
  void signaturesVerifyAgainstTheReleaseKey() {
    for (String artifactId : PUBLISHED) {
      for (String file : requiredFiles(artifactId)) {
        String path = folder(artifactId) + file;
        assertWithMessage(path + ".asc").that(key.signed(bundle.bytes(path), bundle.bytes(path + ".asc"))).isTrue();
      }
    }
  }

  @Test
  void aSignatureOfOtherBytesDoesNotVerify() {
    String pom = folder("qacatalog-runtime") + "qacatalog-runtime-" + version + ".pom";
    byte[] changed = bundle.bytes(pom).clone();
    changed[changed.length - 2] ^= 1;
    assertThat(key.signed(changed, bundle.bytes(pom + ".asc"))).isFalse();
    assertThat(key.signed(bundle.bytes(pom), bundle.bytes(folder("qacatalog-export") + "qacatalog-export-" + version
        + ".pom.asc"))).isFalse();
  }

  /** name, description, url, licence, developer and SCM, in each effective POM, as the Portal checks. */
  @Test
  void everyPomCarriesTheMetadataThePortalRequires() {
    for (String artifactId : PUBLISHED) {
      PublishedPom pom = pom(artifactId);
      assertWithMessage(artifactId + " name").that(pom.own("name")).isPresent();
      assertWithMessage(artifactId + " artifactId").that(pom.own("artifactId")).hasValue(artifactId);
      for (String path : List.of("groupId", "version", "description", "url", "licenses/license/name",
          "licenses/license/url", "developers/developer/name", "scm/url", "scm/connection",
          "scm/developerConnection")) {
        assertWithMessage(artifactId + " " + path).that(pom.inherited(path, ReleaseBundleIT::pom)).isPresent();
      }
      assertWithMessage(artifactId + " version").that(pom.inherited("version", ReleaseBundleIT::pom)).hasValue(version);
    }
  }

  /** The processor's libraries are inside its jar, so the published POM must not ask for them. */
  @Test
  void processorIsPublishedWithItsDependencyReducedPom() {
    PublishedPom processor = pom("qacatalog-processor");
    assertThat(processor.dependsOnGroup("com.palantir.javapoet")).isFalse();
    assertThat(processor.dependsOnGroup("org.commonmark")).isFalse();
    assertThat(pom("qacatalog-export").dependsOnGroup("com.fasterxml.jackson.core")).isTrue();
  }

  /** Maven settings whose one mirror, for every repository, is an empty folder. */
  private static Path settingsWithoutDownloads(Path dir) {
    try {
      Path empty = Files.createDirectories(dir.resolve("no-downloads"));
      // The mirror keeps the id "central", under which the outer build's repository recorded its files.
      return Files.writeString(dir.resolve("settings.xml"), """
          <settings>
            <mirrors>
              <mirror>
                <id>central</id>
                <mirrorOf>*</mirrorOf>
                <url>%s</url>
              </mirror>
            </mirrors>
          </settings>
          """.formatted(empty.toUri()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> requiredFiles(String artifactId) {
    String base = artifactId + "-" + version;
    if (POM_ONLY.contains(artifactId)) {
      return List.of(base + ".pom");
    }
    return List.of(base + ".pom", base + ".jar", base + "-sources.jar", base + "-javadoc.jar");
  }

  private static PublishedPom pom(String artifactId) {
    return PublishedPom.parse(bundle.bytes(folder(artifactId) + artifactId + "-" + version + ".pom"));
  }

  private static String folder(String artifactId) {
    return GROUP_PATH + artifactId + "/" + version + "/";
  }

  /** A checksum file's hash: the first word, as some tools append the file name. */
  private static String checksum(byte[] file) {
    return new String(file, StandardCharsets.US_ASCII).strip().split("\\s+")[0].toLowerCase();
  }

  private static String digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
  }
}
