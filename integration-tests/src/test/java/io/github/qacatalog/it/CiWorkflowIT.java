package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The public repository's GitHub Actions workflow, read as YAML: it must run the README's test
 * command on JDK 17, 21 and 25, and the command-line check over the example's question files.
 * No GitHub runs here; this checks what the workflow asks for.
 */
class CiWorkflowIT {
  /** The README's "run every test" command: the first sh block after the sentence that introduces it. */
  private static final Pattern README_TEST_COMMAND =
      Pattern.compile("Run every test.*?```sh\\n(.+?)\\n```", Pattern.DOTALL);

  @Test
  void runsTheReadmeTestCommandOnJdk17And21And25WithTemurin() throws IOException {
    Map<String, Object> job = onlyJob();

    Map<String, Object> matrix = map(map(job.get("strategy")).get("matrix"));
    assertThat(strings(matrix.get("java"))).containsExactly("17", "21", "25");

    Map<String, Object> setupJava = stepUsing(job, "actions/setup-java@");
    Map<String, Object> with = map(setupJava.get("with"));
    assertThat(with.get("distribution")).isEqualTo("temurin");
    assertThat(with.get("cache")).isEqualTo("maven");
    assertThat(with.get("java-version")).isEqualTo("${{ matrix.java }}");

    assertThat(runs(job)).contains(readmeTestCommand());
  }

  @Test
  void checksTheExampleQuestionFilesWithTheCommandLineForGitHub() throws IOException {
    List<String> runs = runs(onlyJob());

    String check = runs.stream().filter(run -> run.contains(" check ")).findFirst().orElseThrow();
    assertThat(check).contains("cli/target/qacatalog-cli-");
    assertThat(check).contains("java -jar");
    assertThat(check).contains("check --format github example/src/main/resources/qa/*.md");
    // After the build that makes the jar.
    assertThat(runs.indexOf(check)).isGreaterThan(runs.indexOf(readmeTestCommand()));
  }

  @Test
  void runsOnPushesToMainAndOnPullRequests() throws IOException {
    Map<String, Object> workflow = workflow();
    // YAML 1.1, which SnakeYAML reads, takes a bare "on" for true.
    Map<String, Object> triggers = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
    assertThat(triggers).containsKey("push");
    assertThat(triggers).containsKey("pull_request");
  }

  private static String readmeTestCommand() throws IOException {
    Matcher matcher = README_TEST_COMMAND.matcher(Files.readString(Artifacts.projectRoot().resolve("README.md")));
    assertThat(matcher.find()).isTrue();
    String command = matcher.group(1).strip();
    assertThat(command).isEqualTo("./mvnw -B clean verify");
    return command;
  }

  private static Map<String, Object> workflow() throws IOException {
    String text = Files.readString(Artifacts.projectRoot().resolve(".github/workflows/ci.yml"));
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  private static Map<String, Object> onlyJob() throws IOException {
    Map<String, Object> jobs = map(workflow().get("jobs"));
    assertThat(jobs).hasSize(1);
    return map(jobs.values().iterator().next());
  }

  private static Map<String, Object> stepUsing(Map<String, Object> job, String action) {
    for (Object step : list(job.get("steps"))) {
      Object uses = map(step).get("uses");
      if (uses instanceof String name && name.startsWith(action)) {
        return map(step);
      }
    }
    throw new AssertionError("no step uses " + action);
  }

  /** Each step's run script, stripped, in order. */
  private static List<String> runs(Map<String, Object> job) {
    List<String> runs = new ArrayList<>();
    for (Object step : list(job.get("steps"))) {
      Object run = map(step).get("run");
      if (run instanceof String script) {
        runs.add(script.strip());
      }
    }
    return runs;
  }

  private static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
