package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the explorer in a real headless chromium, driven through chromedriver, on the
 * demo campus. Screenshots go to {@code target/browser/}. Skipped, saying why, on a machine without
 * Debian's chromium-driver.
 */
class BrowserPagesTest extends DemoAppTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium,"
                        + " /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("campus-ledger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1360,1800",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @Test
    void anAuditorSeesTheDemoCampusOnTheDashboardAndChecksItInTheExplorer() {
        logIn("auditor", "aud-secret");
        open("/?date=2025-12-31");
        waitFor(By.cssSelector("#funding-table tbody tr:nth-child(4)"));
        waitForText(By.id("figure-jobs"), "442");

        assertThat(text(By.id("figure-leased"))).isEqualTo("7,825 m²");
        assertThat(text(By.id("figure-tenants"))).isEqualTo("11");
        assertThat(text(By.id("figure-paid"))).isEqualTo("EUR 14,986,812.5");
        assertThat(rows("#funding-table tbody"))
                .anySatisfy(
                        row ->
                                assertThat(row)
                                        .startsWith("ERDF")
                                        .endsWith(
                                                "EUR 5,200,000 EUR 412,750 EUR 4,186,812.5 EUR"
                                                        + " 600,437.5"));
        assertThat(rows("#occupancy-table tbody"))
                .anySatisfy(
                        row ->
                                assertThat(row)
                                        .startsWith("total")
                                        .contains("8,000 m²", "7,825 m²"));
        assertThat(rows("#reports-table tbody"))
                .hasSize(6)
                .anySatisfy(
                        row ->
                                assertThat(row)
                                        .contains(
                                                "APPROVED",
                                                "drafted → submitted → rejected → resubmitted →"
                                                        + " approved"));
        assertThat(rows("#events-table tbody"))
                .hasSize(10)
                .allSatisfy(row -> assertThat(row).contains("demo"));
        assertThat(text(By.id("occupancy-chart")))
                .contains("First phase: 8,000 m²", "Goal: 30,000 m²");
        assertThat(text(By.id("jobs-chart")))
                .contains("This campus: 600", "Thor Park, ten years: 5,000");
        assertThat(driver.findElements(By.cssSelector("#funding-chart svg path")))
                .hasSizeGreaterThan(10);
        screenshot("dashboard");
        assertNoConsoleErrors();

        WebElement asOf = driver.findElement(By.id("as-of-position"));
        asOf.sendKeys("1");
        driver.findElement(By.cssSelector("#view-controls button[type=submit]")).click();
        waitForText(By.id("reflects"), "as of position 1");
        waitForText(By.id("figure-paid"), "EUR 0");
        assertThat(rows("#events-table tbody"))
                .hasSize(1)
                .first()
                .asString()
                .contains("FundingProgrammeOpened");
        assertNoConsoleErrors();

        driver.findElement(By.id("nav-explorer")).click();
        waitFor(By.cssSelector("#results tbody tr"));
        driver.findElement(By.id("f-entity")).sendKeys("tenant-0461230347");
        driver.findElement(By.id("timeline-button")).click();
        waitForText(By.id("results-title"), "Timeline of tenant-0461230347");
        assertThat(String.join("\n", rows("#results tbody")))
                .contains("TenantRegistered", "TenantArrived", "JobsRegistered");
        driver.findElement(By.cssSelector("#results tbody tr:first-child")).click();
        waitForText(By.id("detail-title"), "TenantRegistered");
        assertThat(text(By.id("detail-meta")))
                .containsPattern("Hash\\s+[0-9a-f]{64}")
                .contains("Actor", "demo");
        assertThat(text(By.id("detail-payload"))).contains("Limburg Motion Systems NV");

        driver.findElement(By.id("search-correlation")).click();
        waitForText(By.id("results-summary"), "events found");
        assertThat(String.join("\n", rows("#results tbody")))
                .contains("LeaseSigned", "TenantArrived");

        driver.findElement(By.id("verify")).click();
        waitFor(By.id("integrity-meta"));
        assertThat(text(By.id("integrity-meta")))
                .contains("valid")
                .doesNotContain("invalid")
                .contains(Long.toString(eventLog.headPosition()));
        WebElement verified = driver.findElement(By.id("verify-progress"));
        assertThat(verified.getAttribute("value"))
                .as("the bar ends full")
                .isEqualTo(verified.getAttribute("max"))
                .isEqualTo(Long.toString(eventLog.headPosition()));
        assertThat(text(By.id("verify-progress-text"))).contains("events (100%)", "DONE");
        driver.findElement(By.id("digest")).click();
        waitFor(By.id("digest-text"));
        waitForText(By.id("digest-text"), "signature");
        driver.findElement(By.id("digest-check")).click();
        waitForText(By.id("digest-check-result"), "valid");
        assertThat(driver.findElement(By.id("export")).getAttribute("href"))
                .endsWith("/api/exports/events");
        Object export =
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length -"
                                + " 1];fetch('/api/exports/events').then(r => done(r.status + ' ' +"
                                + " r.headers.get('Content-Type')));");
        assertThat(export).isEqualTo("200 application/zip");
        driver.findElement(By.id("export-run")).click();
        waitFor(By.id("export-download"));
        assertThat(text(By.id("export-progress-text"))).contains("events (100%)", "DONE");
        assertThat(text(By.id("export-download")))
                .contains("up to position " + eventLog.headPosition());
        Object bundle =
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(document.querySelector('#export-download').href).then(r =>"
                                + " done(r.status + ' ' + r.headers.get('Content-Type')));");
        assertThat(bundle).isEqualTo("200 application/zip");
        screenshot("explorer");
        assertNoConsoleErrors();
    }

    @Test
    void aReporterSeesTheViewsButNeitherTheExplorerNorThePast() {
        logIn("reporter", "rep-secret");
        open("/?date=2025-12-31");
        waitForText(By.id("figure-jobs"), "442");

        assertThat(text(By.id("abilities"))).startsWith("REPORTING: you read the views");
        assertThat(driver.findElement(By.id("nav-explorer")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("as-of-position")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("events-hint")).isDisplayed()).isTrue();
        assertNoConsoleErrors();
        open("/explorer");
        assertThat(driver.getPageSource()).contains("403");
    }

    @Test
    void anAdministratorStartsARebuildOnTheDashboardAndFollowsItToTheEnd() {
        logIn("admin", "adm-secret");
        open("/");
        waitFor(By.id("rebuilds"));
        driver.findElement(By.id("rebuild-start")).click();
        waitFor(By.id("rebuild-bar"));
        waitForText(By.id("rebuild-bar-text"), "DONE");
        WebElement bar = driver.findElement(By.id("rebuild-bar"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        assertThat(text(By.id("rebuild-bar-text"))).contains("events (100%)");
        assertThat(driver.findElement(By.id("rebuild-start")).isEnabled()).isTrue();
        screenshot("rebuild");
        // ADMIN alone may not read the views, so the dashboard's own reads are refused; the
        // rebuild's calls are not.
        List<LogEntry> errors =
                driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                        .toList();
        assertThat(errors)
                .allSatisfy(
                        entry ->
                                assertThat(entry.getMessage())
                                        .contains("status of 403")
                                        .doesNotContain("/api/admin/"));
    }

    private void logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    private void waitForText(By what, String text) {
        new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    private String text(By what) {
        return driver.findElement(what).getText();
    }

    private List<String> rows(String body) {
        return driver.findElements(By.cssSelector(body + " tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors =
                driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                        .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
