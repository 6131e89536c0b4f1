package io.github.qacatalog.eval.report.html;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A real evaluation with an output directory writes report.html, and Chromium shows all of it. */
class EvaluationReportBrowserTest {
  @TempDir static Path dir;
  static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    browser = Chromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aRunWritesReportHtmlBesideItsCsvShowingEveryQuestionWithBothModels() throws Exception {
    Path out = dir.resolve("qa-eval");
    RunResult result = EvaluationRuns.evaluation().outputDirectory(out).build().run();
    assertThat(Files.exists(out.resolve(Evaluation.CSV_FILE_NAME))).isTrue();
    assertThat(Files.exists(out.resolve(ReportDataFile.NAME))).isTrue();
    Path page = out.resolve(HtmlReport.NAME);
    assertThat(Files.exists(page)).isTrue();

    browser.get(page.toUri().toString());
    Chromium.awaitReady(browser);
    List<QaItem> items = EvaluationRuns.items();
    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll('article.q'), e => e.dataset.id)");
    assertThat(new TreeSet<>(shown)).containsExactlyElementsIn(
        items.stream().map(QaItem::id).collect(Collectors.toCollection(TreeSet::new)));
    for (QaItem item : items) {
      WebElement q = browser.findElement(By.id("q-" + item.id()));
      assertThat(q.findElement(By.cssSelector(".qtext")).getText()).isEqualTo(item.question().strip());
      assertThat(q.findElements(By.cssSelector(".resp"))).hasSize(2);
      // The default writer knows no question file: no link is guessed.
      assertThat(q.findElements(By.cssSelector("a.qid"))).isEmpty();
    }
    assertThat(browser.findElement(By.id("count")).getText())
        .startsWith("Showing " + items.size() + " of " + items.size());
    assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("model-b");

    // The regressions filter shows the questions model-b fails and model-a passes.
    Set<String> regressed = result.items().stream()
        .filter(r -> r.model().equals("model-b") && !r.passed()
            && r.outcome() == io.github.qacatalog.eval.Outcome.FAILED)
        .map(r -> r.id()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(regressed).isNotEmpty();
    browser.findElement(By.id("f-regress")).click();
    @SuppressWarnings("unchecked")
    List<String> filtered = (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll('article.q'), e => e.dataset.id)");
    assertThat(new TreeSet<>(filtered)).containsExactlyElementsIn(regressed);
  }
}
