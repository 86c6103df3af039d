package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium, used keyboard-only: links and buttons are pressed with Enter, fields typed into,
 * choices picked by typing; no mouse event is sent. Without Chromium the browser tests are
 * skipped, unless {@code -Dentente.browser.required=true} (CI), which makes them fail.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh browser with its own profile, in English; skips (or fails, when required) without Chromium. */
    static Browser open() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium is missing: install the Debian packages chromium and chromium-driver "
                + "(/usr/bin/chromium, /usr/bin/chromedriver) to run the browser tests";
        if (!present) {
            if (Boolean.getBoolean("entente.browser.required")) {
                throw new AssertionError(missing + " (entente.browser.required=true)");
            }
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("entente-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=en-US", "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits for a condition; failing, says what the page showed instead. */
    <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (TimeoutException e) {
            String shown = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError(e.getMessage().lines().findFirst().orElse("") + "\nat " + driver.getCurrentUrl()
                    + ", the page showed:\n" + shown, e);
        }
    }

    /** Presses a link or a button with the keyboard. */
    void press(By by) {
        find(by).sendKeys(Keys.ENTER);
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void type(String id, String text) {
        type(By.id(id), text);
    }

    /** Picks a choice in a select by its visible text, as the keyboard does (focus, then choose). */
    void choose(String id, String visibleText) {
        WebElement select = find(By.id(id));
        select.sendKeys(Keys.SPACE, Keys.ESCAPE);
        new Select(select).selectByVisibleText(visibleText);
    }

    /**
     * Types a date into an {@code <input type=date>}, in the order the browser's locale shows
     * its parts (headless Chromium keeps en-US whatever {@code --lang} says), and checks it took.
     */
    void date(String id, int day, int month, int year) {
        WebElement field = find(By.id(id));
        boolean monthFirst = String.valueOf(driver.executeScript("return navigator.language;")).equals("en-US");
        field.sendKeys(monthFirst ? String.format("%02d%02d%04d", month, day, year)
                : String.format("%02d%02d%04d", day, month, year));
        assertThat(field.getDomProperty("value")).as("date typed into %s", id)
                .isEqualTo(String.format("%04d-%02d-%02d", year, month, day));
    }

    /** Waits until a select offers exactly these many options (search-as-you-type has narrowed it). */
    void waitForOptions(String id, int count) {
        waitFor(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#" + id + " option"), count));
    }

    String text(By by) {
        return find(by).getText();
    }

    String pageText() {
        return find(By.tagName("body")).getText();
    }

    void waitForText(By by, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrlContaining(String part) {
        waitFor(ExpectedConditions.urlContains(part));
    }

    /** Marks the loaded page, so a test can tell that a change appeared without a reload. */
    void markPage() {
        driver.executeScript("window.ententeNotReloaded = true;");
    }

    boolean stillTheSamePage() {
        return Boolean.TRUE.equals(driver.executeScript("return window.ententeNotReloaded === true;"));
    }

    /** axe-core on the page as shown: no serious or critical violation. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> grave = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(grave).as("serious or critical accessibility violations on %s: %s", page,
                grave.stream().map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp()).toList())
                .isEmpty();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
