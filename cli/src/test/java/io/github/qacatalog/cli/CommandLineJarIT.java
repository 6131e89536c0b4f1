package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as the package phase left it, run with {@code java -jar} in a child process, as
 * users and CI run it: exit codes, stdout and stderr kept apart, UTF-8 under a non-UTF-8 default.
 */
class CommandLineJarIT {
  @TempDir
  Path dir;

  private static Path jar() {
    return Path.of(System.getProperty("qacatalog.cliJar"));
  }

  /** A finished child process: its exit code and both streams, read as UTF-8. */
  private record JavaRun(int exitCode, String out, String err) {}

  /** Runs the jar with the default charset and stdout's set to ISO-8859-1, in {@code dir}. */
  private JavaRun java(String... args) throws IOException, InterruptedException {
    return java(jar(), List.of(), null, Map.of(), args);
  }

  /** As {@link #java(String...)}, with {@code environment} set (a blank value removes a variable). */
  private JavaRun java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return java(jar(), List.of(), null, environment, args);
  }

  /**
   * Runs {@code jar} with {@code jvmOptions} before {@code -jar}, standard input from {@code stdin} if
   * not null, and {@code environment} set (a blank value removes a variable).
   */
  private JavaRun java(Path jar, List<String> jvmOptions, Path stdin, Map<String, String> environment,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1", "-Dstderr.encoding=ISO-8859-1",
        "-Dsun.stdout.encoding=ISO-8859-1", "-Dsun.stderr.encoding=ISO-8859-1"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    environment.forEach((name, value) -> {
      if (value.isBlank()) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar did not finish: " + command);
    }
    return new JavaRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Issue 20: the jar serves the review page (its classes and libraries are all in it). */
  @Test
  void reviewServesTheReportFromTheJar() throws Exception {
    ReviewCommandTest.servesAndStops(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()),
        dir.resolve("qa-eval"));
  }

  /** Issue 21: the program is also cli/target/qacatalog-cli.jar, a name without version beside no other. */
  @Test
  void programIsAlsoTheJarWithoutVersionInItsName() throws Exception {
    Path stable = Path.of(System.getProperty("qacatalog.stableCliJar"));
    assertThat(stable.getFileName().toString()).isEqualTo("qacatalog-cli.jar");
    assertThat(Files.readAllBytes(stable)).isEqualTo(Files.readAllBytes(jar()));

    Files.copy(QuestionFiles.seed(), dir.resolve("QA.md"));
    JavaRun run = java(stable, List.of(), null, Map.of(), "check", "QA.md");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("QA.md:41:1: warning: question 30 follows question 28");
  }

  @Test
  void dashReadsStandardInput() throws Exception {
    Path seed = Files.copy(QuestionFiles.seed(), dir.resolve("QA.md"));
    JavaRun run = java(jar(), List.of(), seed, Map.of(), "check", "-");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("<stdin>:41:1: warning: question 30 follows question 28");
  }

  /** Issue 17.8: a real shortage of heap, in a JVM given far too little for the file. */
  @Test
  void heapTooSmallForTheFileIsReportedAsSuchWithoutAStackTrace() throws Exception {
    StringBuilder file = new StringBuilder("## Many\n\n");
    for (int number = 1; number <= 150_000; number++) {
      file.append(number).append(". What about item ").append(number).append("?\n");
    }
    Files.writeString(dir.resolve("many.md"), file, StandardCharsets.UTF_8);
    JavaRun run = java(jar(), List.of("-Xmx24m"), null, Map.of(), "check", "many.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("error: the Java heap ran out of memory while working on many.md (Java heap space)"
        + " [out-of-memory]\n  hint: give the command line a larger heap: java -Xmx2g -jar qacatalog-cli.jar ...;"
        + " or split the file\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkOfTheSeedPrintsItsFourWarningsInUtf8AndExitsZero() throws Exception {
    Files.copy(QuestionFiles.seed(), dir.resolve("QA.md"));
    JavaRun run = java("check", "QA.md");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().toList()).isEqualTo(QuestionFiles.lines("seed-check.txt").stream()
        .map(line -> line.replace("SEED", "QA.md")).toList());
  }

  @Test
  void strictCheckExitsOneAndAWrongCommandLineTwo() throws Exception {
    Files.copy(QuestionFiles.seed(), dir.resolve("QA.md"));

    JavaRun strict = java("check", "--strict", "QA.md");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("QA.md:41:1: error: question 30 follows question 28: 29 is missing [numbering-gap]");

    JavaRun usage = java("check", "--strict");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.out()).isEmpty();
    assertThat(usage.err()).contains("Missing required parameter: 'FILE'");

    JavaRun missing = java("check", "absent.md");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).startsWith("error: question file absent.md not found");
  }

  @Test
  void exportWritesTheCatalogToStdoutAndTheWarningsToStderr() throws Exception {
    Files.copy(QuestionFiles.seed(), dir.resolve("QA.md"));
    JavaRun run = java("export", "--format", "jsonl", "QA.md");

    assertThat(run.exitCode()).isEqualTo(0);
    CommandRun inProcess = CommandRun.of("export", "--format", "jsonl", dir.resolve("QA.md").toString());
    assertThat(run.out()).isEqualTo(inProcess.out());
    assertThat(run.out().lines().count()).isEqualTo(39L);
    assertThat(run.out()).contains("You\u00e2\u20ac\u2122ve implemented");
    assertThat(run.err()).contains("QA.md:41:1: warning: question 30 follows question 28");
  }

  @Test
  void jarNamesItsMainClassAndIsNoAnnotationProcessor() throws IOException {
    try (JarFile jar = new JarFile(jar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.github.qacatalog.cli.Main");
      assertThat(jar.getJarEntry("META-INF/services/javax.annotation.processing.Processor")).isNull();
      assertThat(jar.getJarEntry("META-INF/LICENSE")).isNotNull();
      assertThat(jar.getJarEntry("picocli/CommandLine.class")).isNotNull();
      assertThat(jar.getJarEntry("io/github/qacatalog/processor/shaded/commonmark/parser/Parser.class")).isNotNull();
      assertThat(jar.getJarEntry("org/commonmark/parser/Parser.class")).isNull();
    }
    String base = jar().getFileName().toString().replaceFirst("\\.jar$", "");
    try (JarFile sources = new JarFile(jar().resolveSibling(base + "-sources.jar").toFile());
        JarFile javadoc = new JarFile(jar().resolveSibling(base + "-javadoc.jar").toFile())) {
      assertThat(sources.getJarEntry("io/github/qacatalog/cli/Main.java")).isNotNull();
      assertThat(javadoc.getJarEntry("index.html")).isNotNull();
    }
  }
  @Test
  void evalWithoutAKeyNamesTheVariableToSetAndExitsTwo() throws Exception {
    QuestionFiles.write(dir, "QA.md", EvalCommandTest.QUESTIONS);
    JavaRun run = java(Map.of("OPENAI_API_KEY", ""), "eval", "QA.md", "--model", "openai:gpt-4o-mini");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("error: no key for openai: set the environment variable OPENAI_API_KEY");
    assertThat(Files.exists(dir.resolve(EvalCommand.DEFAULT_OUT))).isFalse();
  }

  @Test
  void evalAsksALoopbackServerWithTheKeyOfTheEnvironmentAndPrintsNoLoggingNoticeNorKey() throws Exception {
    QuestionFiles.write(dir, "QA.md", EvalCommandTest.QUESTIONS);
    QuestionFiles.write(dir, "ctx.txt", EvalCommandTest.CONTEXT);
    try (FakeProvider server = FakeProvider.openAi(EvalCommandTest::answers)) {
      JavaRun run = java(Map.of("OPENAI_API_KEY", EvalCommandTest.OPENAI_KEY, "OPENAI_BASE_URL", server.baseUrl()),
          "eval", "QA.md", "--context", "ctx.txt", "--model", "openai:gpt-test",
          "--expect", "Out-of-Scope QA=refusal", "--threshold", "Product Facts:pass_rate=0.5");

      assertThat(run.err()).doesNotContain("SLF4J");
      assertThat(run.err()).doesNotContain("WARN");
      assertThat(run.exitCode()).isEqualTo(0);
      assertThat(run.out()).contains("Evaluation of openai:gpt-test");
      assertThat(run.out()).contains("thresholds: 1 of 1 reached");
      assertThat(server.requests()).hasSize(3);
      assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + EvalCommandTest.OPENAI_KEY);
      Path out = dir.resolve(EvalCommand.DEFAULT_OUT);
      assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(4);
      for (String text : List.of(run.out(), run.err(), Files.readString(out.resolve("results.csv")),
          Files.readString(out.resolve("run-log.jsonl")))) {
        assertThat(text).doesNotContain(EvalCommandTest.OPENAI_KEY);
      }
    }
  }
}
