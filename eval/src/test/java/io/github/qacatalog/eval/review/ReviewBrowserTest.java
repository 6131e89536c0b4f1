package io.github.qacatalog.eval.review;

import static com.google.common.truth.Truth.assertThat;

import io.github.qacatalog.eval.report.html.Chromium;
import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.SampleRuns;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review page in headless Chromium: grading with clicks and keys. */
class ReviewBrowserTest {
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

  private static List<WebElement> cards() {
    return browser.findElements(By.cssSelector(".resp"));
  }

  private static void awaitSaved(int card, int times) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        String.valueOf(times).equals(cards().get(card).getAttribute("data-saved")));
  }

  private static void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  private static String pressed(int card) {
    return cards().get(card).findElements(By.cssSelector(".crit button[aria-pressed=true]"))
        .stream().map(WebElement::getText).reduce((a, b) -> a + "," + b).orElse("");
  }

  @Test
  void gradingThreeResponsesWithClicksAndKeysWritesThreeRowsThatAReloadShows() throws Exception {
    Path out = dir.resolve("one-criterion");
    HtmlReport.write(SampleRuns.deepDive(Rubric.of("check", Criterion.of("correct", "yes", "no")),
        false), out);
    try (ReviewServer server = ReviewServer.start(out)) {
      browser.get(server.url().toString());
      Chromium.awaitReady(browser);
      // A click on a label of the first response.
      cards().get(0).findElement(By.cssSelector("button[data-label=no]")).click();
      awaitSaved(0, 1);
      // Keys: j to the second response, 1 for its first label (then on to the third), a for the
      // best label on every criterion of the third.
      press("j");
      press("1");
      awaitSaved(1, 1);
      assertThat(cards().get(2).getAttribute("class")).contains("current");
      press("a");
      awaitSaved(2, 1);

      List<String> rows = Files.readAllLines(out.resolve("grades.csv"));
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0)).isEqualTo("id,model,variant,sample,question,correct,note,graded_at");
      assertThat(rows.get(1)).startsWith("compile-time,model-a,,1,Why does qacatalog read");
      assertThat(rows.get(1)).containsMatch(",no,,\\d{4}-.*Z$");
      assertThat(rows.get(2)).startsWith("compile-time,model-b,,1,");
      assertThat(rows.get(2)).containsMatch(",yes,,\\d{4}-.*Z$");
      assertThat(rows.get(3)).startsWith("compile-time,model-c,,1,");
      assertThat(rows.get(3)).containsMatch(",yes,,\\d{4}-.*Z$");

      browser.navigate().refresh();
      Chromium.awaitReady(browser);
      assertThat(pressed(0)).isEqualTo("no");
      assertThat(pressed(1)).isEqualTo("yes");
      assertThat(pressed(2)).isEqualTo("yes");
      assertThat(pressed(3)).isEmpty();
      assertThat(cards().get(0).findElement(By.cssSelector(".saved")).getText()).startsWith("saved 20");

      // A note is saved too, with the labels given so far.
      WebElement note = cards().get(0).findElement(By.cssSelector(".gnote"));
      note.sendKeys("cites nothing", Keys.ENTER);
      awaitSaved(0, 1);
      List<String> after = Files.readAllLines(out.resolve("grades.csv"));
      assertThat(after).hasSize(5);
      assertThat(after.get(4)).containsMatch("^compile-time,model-a,,1,.*,no,cites nothing,");

      // Without the token, the page is refused.
      browser.get("http://127.0.0.1:" + server.port() + "/");
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("refused");
    }
  }

  @Test
  void theDefaultRubricsLabelsAreTheControls() throws Exception {
    Path out = dir.resolve("default");
    HtmlReport.write(SampleRuns.deepDive(Rubric.DEFAULT, false), out);
    try (ReviewServer server = ReviewServer.start(out)) {
      browser.get(server.url().toString());
      Chromium.awaitReady(browser);
      WebElement first = cards().get(0);
      for (Criterion c : Rubric.DEFAULT.criteria()) {
        WebElement row = first.findElement(By.cssSelector(".crit[data-criterion=" + c.name() + "]"));
        assertThat(row.findElements(By.tagName("button")).stream().map(WebElement::getText).toList())
            .containsExactlyElementsIn(c.labels()).inOrder();
      }
      // A person grades the first two responses, then the page is seen as the docs show it.
      first.findElement(By.cssSelector(".rhead")).click();
      press("a");
      awaitSaved(0, 1);
      press("1");
      press("2");
      awaitSaved(1, 2);
      browser.executeScript("document.getElementById('questions-section').scrollIntoView()");
      Chromium.screenshot(browser, "review.png");
      assertThat(Files.readAllLines(out.resolve("grades.csv"))).hasSize(4);
    }
  }
}
