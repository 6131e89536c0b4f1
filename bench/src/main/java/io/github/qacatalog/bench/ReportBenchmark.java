package io.github.qacatalog.bench;

import io.github.qacatalog.eval.report.html.CategoryStat;
import io.github.qacatalog.eval.report.html.HtmlReport;
import io.github.qacatalog.eval.report.html.QuestionRow;
import io.github.qacatalog.eval.report.html.ReportData;
import io.github.qacatalog.eval.report.html.ResponseView;
import io.github.qacatalog.eval.report.html.RubricView;
import io.github.qacatalog.eval.report.html.RunFacts;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Prints what the HTML report costs at scale: for 10,000 questions x 3 models (made up, with
 * responses of a few hundred characters and some long ones), the size of {@code report.html} and
 * {@code report-data.json}, the time to write both (the median of the rounds after a warm-up),
 * and the time for Debian's headless Chromium to open the file until the questions are shown and
 * to apply a filter (failed only; a text search), each measured in the page. The page shows 100
 * questions at a time (more as one scrolls); the last line shows what putting every question in
 * the page at once costs, which is what a page rendered on the server would have the browser do.
 *
 * <p>Arguments, all optional: questions (default 10,000), models (default 3), rounds (default 5).
 */
public final class ReportBenchmark {
  private static final String[] WORDS = ("the a question file answer processor compile build"
      + " model context catalog enum constant category line column warning error runtime library"
      + " export json csv markdown gold response score judge rubric label").split(" ");

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int questions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int models = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ReportData data = data(questions, models);
    Path dir = Files.createTempDirectory("qacatalog-report-bench");

    HtmlReport.write(data, dir); // warm-up
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      HtmlReport.write(data, dir);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    Path page = dir.resolve(HtmlReport.NAME);
    System.out.printf(Locale.ROOT, "report: %,d questions x %d models%n", questions, models);
    System.out.printf(Locale.ROOT, "  report.html       %,12d bytes (%.1f MiB)%n", Files.size(page),
        Files.size(page) / 1048576.0);
    System.out.printf(Locale.ROOT, "  report-data.json  %,12d bytes%n",
        Files.size(dir.resolve("report-data.json")));
    System.out.printf(Locale.ROOT, "  write both        %8.0f ms (median of %d, after a warm-up)%n",
        nanos[rounds / 2] / 1e6, rounds);

    ChromeDriver browser = chromium(dir.resolve("profile"));
    try {
      for (int i = 0; i < 2; i++) { // the first open also starts the renderer: both are printed
        long start = System.nanoTime();
        browser.get(page.toUri().toString());
        while (!"1".equals(browser.executeScript("return document.body.dataset.ready"))) {
          Thread.sleep(5);
        }
        double wall = (System.nanoTime() - start) / 1e6;
        Object inPage = browser.executeScript("return window.qacatalogReport.readyAt");
        System.out.printf(Locale.ROOT,
            "  chromium open %s  %8.0f ms until the first questions show (%.0f ms in the page)%n",
            i == 0 ? "(1st)" : "(2nd)", wall, ((Number) inPage).doubleValue());
      }
      print(browser, "filter failed only ", "document.getElementById('f-failed').checked = true;");
      print(browser, "filter off again   ", "document.getElementById('f-failed').checked = false;");
      print(browser, "text search        ",
          "document.getElementById('f-search').value = 'q-" + (questions * 3 / 4) + " ';");
      print(browser, "text search, none  ",
          "document.getElementById('f-search').value = 'no such words anywhere';");
      // What a page rendered on the server would have the browser lay out: every question at once.
      print(browser, "all in the DOM     ", "document.getElementById('f-search').value = '';"
          + " window.qacatalogReport.apply(); var more = document.getElementById('more');"
          + " while (!more.hidden) { more.click(); }");
    } finally {
      browser.quit();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static void print(ChromeDriver browser, String what, String set) {
    @SuppressWarnings("unchecked")
    List<Number> result = (List<Number>) browser.executeScript(
        "var t = performance.now(); " + set + " var n = window.qacatalogReport.apply();"
            + " document.body.offsetHeight; return [performance.now() - t, n];");
    System.out.printf(Locale.ROOT, "  %s  %8.0f ms, %,d matching (rendered and laid out)%n", what,
        result.get(0).doubleValue(), result.get(1).longValue());
  }

  private static ChromeDriver chromium(Path profile) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,800",
        "--user-data-dir=" + profile);
    return new ChromeDriver(service, options);
  }

  static ReportData data(int questions, int models) {
    Random random = new Random(20);
    Rubric rubric = Rubric.DEFAULT;
    List<String> names = new ArrayList<>();
    for (int m = 0; m < models; m++) {
      names.add("model-" + (char) ('a' + m));
    }
    List<QuestionRow> rows = new ArrayList<>(questions);
    for (int i = 0; i < questions; i++) {
      String gold = words(random, 40);
      List<ResponseView> responses = new ArrayList<>();
      for (String model : names) {
        boolean passed = random.nextDouble() < 0.7;
        Map<String, String> labels = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> labels.put(c.name(), c.labels().get(passed ? 0 : 1)));
        responses.add(new ResponseView(model, "", 1, "", words(random, random.nextInt(10) == 0 ? 400 : 70),
            null, passed ? "PASS" : "FAIL", passed,
            Map.of("similarity", random.nextDouble(), "token_f1", random.nextDouble()), labels,
            words(random, 15), Map.of(), false, ""));
      }
      rows.add(new QuestionRow("q-" + i, "Category " + (i % 12), words(random, 14) + "?",
          List.of(), gold, "QA.md", 3 + i * 8, responses));
    }
    List<CategoryStat> stats = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      for (String model : names) {
        stats.add(new CategoryStat("Category " + c, model, questions / 12, questions / 17, 0.66, 0.74,
            Map.of("similarity", 0.7, "token_f1", 0.5)));
      }
    }
    return new ReportData(new RunFacts("bench", "QA.md", names, List.of(), "sha256:0", "sha256:1",
        "2026-12-02T00:00:00Z", questions, questions * models, 0, 0, null),
        RubricView.of(rubric), stats, List.of(), List.of(), rows);
  }

  private static String words(Random random, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }
}
