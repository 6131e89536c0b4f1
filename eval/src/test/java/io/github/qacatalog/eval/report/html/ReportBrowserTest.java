package io.github.qacatalog.eval.report.html;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.scorer.judge.Rubric;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The report opened from a file in headless Chromium. */
class ReportBrowserTest {
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

  private static ReportData open(boolean hostile) throws Exception {
    ReportData data = SampleRuns.deepDive(Rubric.DEFAULT, hostile);
    Path out = dir.resolve(hostile ? "hostile" : "plain");
    Path page = HtmlReport.write(data, out);
    browser.get(page.toUri().toString());
    Chromium.awaitReady(browser);
    return data;
  }

  private static Set<String> shownIds() {
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) browser.executeScript(
        "return Array.from(document.querySelectorAll('article.q'), e => e.dataset.id)");
    return new TreeSet<>(ids);
  }

  private static Set<String> ids(List<QuestionRow> rows) {
    return rows.stream().map(QuestionRow::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void opensFromAFileAndShowsEveryQuestionOfTheExampleWithEachModelsResponse() throws Exception {
    ReportData data = open(false);
    List<QaItem> items = SampleRuns.items();
    assertThat(items.size()).isAtLeast(10);
    assertThat(shownIds()).containsExactlyElementsIn(
        items.stream().map(QaItem::id).collect(Collectors.toSet()));
    for (QaItem item : items) {
      WebElement q = browser.findElement(By.id("q-" + item.id()));
      assertThat(q.findElement(By.cssSelector(".qtext")).getText()).isEqualTo(item.question().strip());
      assertThat(q.findElements(By.cssSelector(".resp"))).hasSize(3);
      WebElement link = q.findElement(By.cssSelector("a.qid"));
      assertThat(link.getAttribute("href"))
          .endsWith("/src/main/resources/qa/deep-dive.md#L" + item.line());
    }
    assertThat(browser.findElement(By.id("count")).getText())
        .startsWith("Showing " + items.size() + " of " + items.size());
    assertThat(browser.findElement(By.id("more")).isDisplayed()).isFalse();
    // Nothing in a response's column spills into the next one.
    assertThat(browser.executeScript("return Array.from(document.querySelectorAll('.resp'))"
        + ".filter(c => c.scrollWidth > c.clientWidth + 1).length")).isEqualTo(0L);
    assertThat(browser.getTitle()).isEqualTo("qacatalog deep dive");
    // The summary: a bar per category and model, and the run's facts.
    assertThat(browser.findElements(By.cssSelector("svg.chart rect")))
        .hasSize(data.categories().size());
    assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("sha256:3f2a9c0d1e");
    Chromium.screenshot(browser, "report.png");
  }

  @Test
  void filtersShowOnlyTheQuestionsTheySay() throws Exception {
    ReportData data = open(false);
    browser.findElement(By.id("f-failed")).click();
    assertThat(shownIds()).containsExactlyElementsIn(ids(data.questions().stream()
        .filter(q -> q.responses().stream().anyMatch(r -> !r.passed())).toList()));
    browser.findElement(By.id("f-failed")).click();

    browser.findElement(By.id("f-regress")).click();
    Set<String> regressed = ids(data.questions().stream()
        .filter(q -> q.responses().stream().anyMatch(ResponseView::regressed)).toList());
    assertThat(regressed).isNotEmpty();
    assertThat(shownIds()).containsExactlyElementsIn(regressed);
    browser.findElement(By.id("f-regress")).click();

    browser.findElement(By.id("f-disagree")).click();
    assertThat(shownIds()).containsExactly(data.questions().get(1).id());
    browser.findElement(By.id("f-disagree")).click();

    String category = data.questions().get(data.questions().size() - 1).category();
    new Select(browser.findElement(By.id("f-category"))).selectByValue(category);
    assertThat(shownIds()).containsExactlyElementsIn(ids(data.questions().stream()
        .filter(q -> q.category().equals(category)).toList()));
    new Select(browser.findElement(By.id("f-category"))).selectByValue("");

    QaItem one = SampleRuns.items().get(4);
    browser.findElement(By.id("f-search")).sendKeys(one.question().strip().toUpperCase());
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
        .until(d -> shownIds().size() == 1);
    assertThat(shownIds()).containsExactly(one.id());
    assertThat(browser.findElement(By.id("count")).getText()).startsWith("Showing 1 of 1");
  }

  @Test
  void aLongResponseFoldsAndUnfolds() throws Exception {
    open(false);
    WebElement folded = browser.findElement(By.cssSelector(".text.folded"));
    int foldedHeight = folded.getSize().getHeight();
    WebElement card = folded.findElement(By.xpath(".."));
    card.findElement(By.cssSelector("button.fold")).click();
    assertThat(folded.getAttribute("class")).doesNotContain("folded");
    assertThat(folded.getSize().getHeight()).isGreaterThan(foldedHeight * 2);
  }

  @Test
  void hostileTextsShowAsTextAndRunNothing() throws Exception {
    open(true);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    // Only the page's own elements: the data blob and the script; no injected image, link or svg.
    assertThat(browser.findElements(By.tagName("script"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("img, textarea, iframe, a[href^='javascript']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#questions svg"))).isEmpty();
    assertThat(browser.getTitle()).isEqualTo(SampleRuns.HOSTILE_TITLE);

    WebElement q = browser.findElement(By.id("q-hostile"));
    assertThat(q.findElement(By.cssSelector(".qtext")).getText()).isEqualTo(SampleRuns.HOSTILE.get(0));
    assertThat(q.findElement(By.cssSelector(".gold")).getText()).contains(SampleRuns.HOSTILE.get(2));
    // A javascript: source is not linked.
    assertThat(q.findElements(By.cssSelector("a.qid"))).isEmpty();
    List<WebElement> texts = q.findElements(By.cssSelector(".resp .text"));
    String shown = texts.stream().map(e -> (String) browser.executeScript(
        "return arguments[0].textContent", e)).collect(Collectors.joining("\n"));
    for (String hostile : SampleRuns.HOSTILE.subList(0, 4)) {
      assertThat(shown).contains(hostile);
    }
    assertThat(new Select(browser.findElement(By.id("f-category"))).getOptions().stream()
        .map(o -> o.getAttribute("value")).toList()).contains(SampleRuns.HOSTILE_CATEGORY);
    // Filtering and searching the hostile texts renders them again, still as text.
    browser.findElement(By.id("f-search")).sendKeys("onerror");
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
        .until(d -> shownIds().equals(Set.of("hostile")));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertThat(browser.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(Files.readString(dir.resolve("hostile/report.html"))).doesNotContain("<img");
  }
}
