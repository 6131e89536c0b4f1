package io.github.qacatalog.cli;

import io.github.qacatalog.eval.review.ReviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review OUTPUT_DIR}: serves the report of a run on 127.0.0.1 with a control per rubric
 * criterion, appending each grade to the directory's {@code grades.csv}, until Ctrl-C.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "Serves the report of an evaluation's output directory on 127.0.0.1 to grade its"
        + " responses by hand; grades are appended to OUTPUT_DIR/grades.csv. Ctrl-C stops."
        + " Exit code 1: no report data there (or a grades file that does not fit).")
final class ReviewCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTPUT_DIR", description = "The directory holding report-data.json.")
  private Path outputDir;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReviewServer review;
    try {
      review = ReviewServer.start(outputDir);
    } catch (IOException e) {
      err.println("qacatalog review: " + e.getMessage());
      return Main.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      review.close();
      stopped.countDown();
    }, "qacatalog-review-stop"));
    out.println("Review page: " + review.url());
    out.println("Grades are appended to " + review.gradesFile() + " as you give them. Ctrl-C stops.");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
