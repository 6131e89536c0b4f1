package io.github.qacatalog.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One finished command: its exit code and everything it printed, standard error after standard
 * output's lines as they came. Commands run as separate processes, the way a user types them.
 */
record CommandRun(List<String> command, int exitCode, String output) {

  static CommandRun run(Path directory, List<String> command, Map<String, String> environment,
      Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    try {
      Process process = builder.start();
      CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        fail("still running after " + timeout + ": " + String.join(" ", command) + "\n" + output.getNow(""));
      }
      return new CommandRun(command, process.exitValue(), output.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Fails the test with the whole transcript when the command did not exit with 0. */
  CommandRun assertSucceeded() {
    if (exitCode != 0) {
      fail("exit code " + exitCode + " from: " + String.join(" ", command) + "\n" + output);
    }
    return this;
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
