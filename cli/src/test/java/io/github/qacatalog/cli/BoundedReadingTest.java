package io.github.qacatalog.cli;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17.7: a file is refused by its size before it is read, a stream once it passes the limit;
 * {@code -} is standard input; a loop of symbolic links is named as one.
 */
class BoundedReadingTest {
  private static final String ERRORS = "## One\n\n1. First?\n1. Again?\n";

  @TempDir
  Path dir;

  @Test
  void sparseFileOfThreeGibibytesIsRefusedByItsSizeWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.md");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    CommandRun run = CommandRun.of("check", huge.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(huge + ":1:1: error: the file has 3,221,225,472 bytes, more than the limit of"
        + " 67,108,864 [file-too-large]\n  hint: raise the limit with --max-bytes=N, or split the file\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void maxBytesSetsTheLimit() {
    Path file = QuestionFiles.write(dir, "QA.md", "## One\n\n1. First?\n");
    assertThat(CommandRun.of("check", "--max-bytes", "17", file.toString()).out())
        .startsWith(file + ":1:1: error: the file has 18 bytes, more than the limit of 17 [file-too-large]");
    assertThat(CommandRun.of("check", "--max-bytes=18", file.toString()).exitCode()).isEqualTo(0);
    assertThat(CommandRun.of("export", "--format", "jsonl", "--max-bytes", "17", file.toString()).exitCode())
        .isEqualTo(1);

    CommandRun zero = CommandRun.of("check", "--max-bytes", "0", file.toString());
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-bytes must be from 1 to");
  }

  @Test
  void devZeroIsReadOnlyAsFarAsTheLimit() {
    Path zero = Path.of("/dev/zero");
    if (!Files.isReadable(zero)) {
      throw new AssertionError("this test needs /dev/zero");
    }
    CommandRun run = CommandRun.of("check", "--max-bytes", "4096", zero.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("/dev/zero:1:1: error: the input goes on past the limit of 4,096 bytes; nothing"
        + " more of it was read [input-too-large]\n  hint: raise the limit with --max-bytes=N");
  }

  @Test
  void standardInputIsReadForDashAndNamedStdin() {
    CommandRun check = CommandRun.withInput(ERRORS.getBytes(StandardCharsets.UTF_8), "check", "-");
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).startsWith("<stdin>:4:1: error: question number 1 is already used on line 3 [duplicate-number]");

    CommandRun export = CommandRun.withInput("## One\n\n1. First?\n".getBytes(StandardCharsets.UTF_8),
        "export", "--format", "jsonl", "-");
    assertThat(export.exitCode()).isEqualTo(0);
    assertThat(export.out()).contains("\"question\":\"First?\"");

    CommandRun github = CommandRun.withInput(ERRORS.getBytes(StandardCharsets.UTF_8), "check", "--format", "github", "-");
    assertThat(github.out()).startsWith("::error file=<stdin>,line=4,col=1,title=duplicate-number::");
  }

  @Test
  void standardInputWithoutEndIsRefusedAtTheLimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, (byte) 'a');
        return length;
      }
    };
    CommandRun run = CommandRun.withInput(endless, "check", "--max-bytes", "100000", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:1:1: error: the input goes on past the limit of 100,000 bytes");
  }

  @Test
  void namedPipeIsReadWithTheSameBound() throws Exception {
    Path small = fifo("small.md");
    CompletableFuture<Void> smallWriter = writeInto(small, ERRORS.getBytes(StandardCharsets.UTF_8), 1);
    CommandRun smallRun = CommandRun.of("check", small.toString());
    smallWriter.get(1, TimeUnit.MINUTES);
    assertThat(smallRun.out()).startsWith(small + ":4:1: error: question number 1 is already used on line 3");

    Path large = fifo("large.md");
    byte[] chunk = new byte[1 << 16];
    Arrays.fill(chunk, (byte) ' ');
    CompletableFuture<Void> largeWriter = writeInto(large, chunk, 64);
    CommandRun largeRun = CommandRun.of("check", "--max-bytes", "100000", large.toString());
    largeWriter.get(1, TimeUnit.MINUTES);
    assertThat(largeRun.exitCode()).isEqualTo(1);
    assertThat(largeRun.out()).startsWith(large + ":1:1: error: the input goes on past the limit of 100,000 bytes");
  }

  @Test
  void loopOfSymbolicLinksIsNamedAsOneNotAsMissing() throws IOException {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Path self = Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));

    CommandRun run = CommandRun.of("check", a.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("error: question file " + a + " could not be read: " + a + " is a loop of symbolic"
        + " links: " + a + " -> " + b + " -> " + a + " [file-unreadable]\n");
    assertThat(CommandRun.of("check", self.toString()).out()).contains(self + " is a loop of symbolic links: " + self
        + " -> " + self + " [file-unreadable]");
  }

  @Test
  void linkToAMissingFileIsNotFound() throws IOException {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("gone.md"));

    assertThat(CommandRun.of("check", dangling.toString()).out())
        .startsWith("error: question file " + dangling + " not found");
  }

  /** Issue 17.8: running out of heap is said as such, with the command line's way to raise it. */
  @Test
  void outOfMemoryIsReportedWithTheHintToRaiseTheHeap() {
    Path file = QuestionFiles.write(dir, "QA.md", "## One\n\n1. First?\n2. Second?\n");
    StringWriter printed = new StringWriter();
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT, new PlainTextSink(new PrintWriter(printed)));

    QuestionFileCompilation.compile(file.toString(), 1000, new ByteArrayInputStream(new byte[0]), reporter,
        (bytes, packageName, className, sourceName, diagnostics) -> {
          throw new OutOfMemoryError("Java heap space");
        });

    assertThat(reporter.failed()).isTrue();
    assertThat(printed.toString()).isEqualTo("error: the Java heap ran out of memory while working on " + file
        + " (Java heap space) [out-of-memory]\n  hint: give the command line a larger heap: java -Xmx2g -jar"
        + " qacatalog-cli.jar ...; or split the file\n");
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    if (!mkfifo.waitFor(30, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
      throw new AssertionError("mkfifo failed for " + fifo);
    }
    return fifo;
  }

  /** Writes {@code chunk} {@code times} into the pipe; a reader that stops early breaks the pipe, which is fine. */
  private static CompletableFuture<Void> writeInto(Path fifo, byte[] chunk, int times) {
    return CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        for (int i = 0; i < times; i++) {
          out.write(chunk);
        }
      } catch (IOException brokenPipe) {
        // The reader stopped at its limit and closed its end.
      }
    });
  }
}
