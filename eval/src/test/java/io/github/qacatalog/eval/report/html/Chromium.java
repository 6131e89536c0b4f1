package io.github.qacatalog.eval.report.html;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through the system chromedriver: Selenium is given both
 * binaries, so Selenium Manager never runs and nothing is downloaded. Absent binaries fail the
 * test (they are installed by {@code .ci/run}); browser tests are never skipped.
 */
public final class Chromium {
  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Where screenshots go when set (docs/images): {@code -Dqacatalog.screenshots=DIR}. */
  public static final String SCREENSHOTS = "qacatalog.screenshots";

  private Chromium() {}

  /** A fresh headless Chromium at 1280x800, with a profile in {@code profile}. */
  public static ChromeDriver start(Path profile) {
    assertWithMessage("the browser tests need Debian's chromium at " + BROWSER
        + " (apt-get install chromium chromium-driver; bash .ci/run installs them)")
        .that(Files.isExecutable(BROWSER)).isTrue();
    assertWithMessage("the browser tests need Debian's chromedriver at " + DRIVER
        + " (apt-get install chromium-driver; bash .ci/run installs it)")
        .that(Files.isExecutable(DRIVER)).isTrue();
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,800",
        "--user-data-dir=" + profile.toAbsolutePath());
    return new ChromeDriver(service, options);
  }

  /** Waits until the report's script has rendered the questions. */
  public static void awaitReady(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
        "1".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready")));
  }

  /** Saves a screenshot of the viewport as {@code name} when {@link #SCREENSHOTS} is set. */
  public static void screenshot(WebDriver driver, String name) throws IOException {
    String dir = System.getProperty(SCREENSHOTS);
    if (dir == null || dir.isBlank()) {
      return;
    }
    // The viewport itself at 1280x800 (the window's size leaves less to the page).
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
        "width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    Path target = Path.of(dir).resolve(name);
    Files.createDirectories(target.getParent());
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
