package io.github.qacatalog.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gradle build scripts of docs/build-tools.md. No Gradle and no Kotlin or Groovy compiler run
 * here, so this checks what can be checked without them: the artifacts and version they name, the
 * processor options they pass (asked of the processor in this build's jar), the folder they pass,
 * and that every bracket and string they open is closed.
 */
class GradleSnippetsIT {
  private static final Pattern COORDINATES =
      Pattern.compile("(implementation|annotationProcessor)[ (]+['\"]io\\.github\\.qacatalog:([\\w-]+):([\\w.-]+)['\"]");
  private static final Pattern OPTION = Pattern.compile("-A([\\w.]+)=");
  private static final Pattern ROOT_FOLDER = Pattern.compile("QaCatalogRoot\\(file\\(['\"]([^'\"]+)['\"]\\)\\)");

  private final Documentation documentation = new Documentation(Artifacts.projectRoot());

  @ParameterizedTest
  @ValueSource(strings = {"gradle/build.gradle.kts", "gradle/build.gradle"})
  void theScriptNamesThisBuildsArtifactsAndTheProcessorsOptions(String name) throws Exception {
    String script = documentation.snippet(name).text();

    Map<String, String> configurations = new TreeMap<>();
    Matcher coordinates = COORDINATES.matcher(script);
    while (coordinates.find()) {
      configurations.put(coordinates.group(2), coordinates.group(1));
      assertWithMessage(coordinates.group()).that(coordinates.group(3)).isEqualTo(Artifacts.version());
    }
    assertThat(configurations).containsExactly(
        "qacatalog-runtime", "implementation", "qacatalog-processor", "annotationProcessor");

    Set<String> supported = supportedOptions();
    Matcher option = OPTION.matcher(script);
    assertThat(option.find()).isTrue();
    do {
      assertThat(supported).contains(option.group(1));
    } while (option.find());

    // The folder handed to -Aqacatalog.root holds the README's question file at its @QaSource path.
    Matcher folder = ROOT_FOLDER.matcher(script);
    assertThat(folder.find()).isTrue();
    String source = documentation.snippet("user-project/src/main/java/com/example/portfolio/package-info.java").text();
    Matcher path = Pattern.compile("@QaSource\\(\"([^\"]+)\"\\)").matcher(source);
    assertThat(path.find()).isTrue();
    documentation.snippet("user-project/" + folder.group(1) + "/" + path.group(1));

    assertThat(unbalanced(script)).isEmpty();
  }

  @Test
  void theBracketCheckFindsWhatIsLeftOpen() {
    assertThat(unbalanced("tasks.compileJava { options.add(Root(file(\"src/main\"))) } // (comment")).isEmpty();
    assertThat(unbalanced("listOf(\"-A${x}\")")).isEmpty();
    assertThat(unbalanced("tasks { add(x) ")).isEqualTo("'{' is never closed");
    assertThat(unbalanced("add(x]")).isEqualTo("a ']' at offset 5 closes nothing open");
    assertThat(unbalanced("add('x)\n")).isEqualTo("a string opened at offset 4 is not closed on its line");
  }

  /** What the processor in this build's jar says it supports. */
  private static Set<String> supportedOptions() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {Artifacts.processorJar().toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Processor processor = (Processor) loader.loadClass("io.github.qacatalog.processor.QaCatalogProcessor")
          .getDeclaredConstructor().newInstance();
      return processor.getSupportedOptions();
    }
  }

  /** Empty when every bracket and string of the script is closed; else where it first is not. */
  static String unbalanced(String script) {
    Deque<Character> open = new ArrayDeque<>();
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (c == '/' && i + 1 < script.length() && script.charAt(i + 1) == '/') {
        i = script.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      } else if (c == '"' || c == '\'') {
        int end = script.indexOf(c, i + 1);
        if (end < 0 || script.substring(i, end).contains("\n")) {
          return "a string opened at offset " + i + " is not closed on its line";
        }
        i = end;
      } else if ("([{".indexOf(c) >= 0) {
        open.push(c);
      } else if (")]}".indexOf(c) >= 0) {
        char expected = "([{".charAt(")]}".indexOf(c));
        if (open.isEmpty() || open.pop() != expected) {
          return "a '" + c + "' at offset " + i + " closes nothing open";
        }
      }
    }
    return open.isEmpty() ? "" : "'" + open.peek() + "' is never closed";
  }
}
