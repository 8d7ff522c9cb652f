package org.jsis.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Base class of the browser tests: starts JSIS on a random port with the real database and drives a
 * real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through Selenium.
 * When either is absent, every test of the class is skipped with a message saying what to install.
 *
 * <p>One browser serves all tests of a class; its {@code Accept-Language} is English unless a test
 * class overrides it with {@link #startBrowser(String)}. Helpers: {@link #open(String)},
 * {@link #waitUpTo(Duration)}, {@link #screenshot(String)} (written to {@code target/screenshots}).
 * The driver can also be built on its own with {@link #newDriver(String)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTests {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    protected static @Nullable WebDriver browser;
    private static @Nullable Path profileDir;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        startBrowser("en-GB,en");
    }

    /** Starts the class's browser with this {@code Accept-Language}, replacing one already started. */
    protected static void startBrowser(String acceptLanguage) {
        assumeBrowserAvailable();
        stopBrowser();
        browser = newDriver(acceptLanguage);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profileDir != null) {
            FileSystemUtils.deleteRecursively(profileDir.toFile());
            profileDir = null;
        }
    }

    /** Skips the calling test (a JUnit assumption) when Chromium or ChromeDriver is not installed. */
    public static void assumeBrowserAvailable() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed "
                        + "(Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    /** A new headless Chromium with a fresh profile; the caller quits it. */
    public static WebDriver newDriver(String acceptLanguage) {
        try {
            profileDir = Files.createTempDirectory("jsis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                "--window-size=1400,1100",
                "--user-data-dir=" + profileDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    protected WebDriver browser() {
        if (browser == null) {
            throw new IllegalStateException("The browser was not started");
        }
        return browser;
    }

    /** The absolute URL of {@code path} on the running JSIS. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads {@code path} in the browser. */
    protected void open(String path) {
        browser().get(url(path));
    }

    /**
     * Logs in through the real login form (CSRF token included) and waits until the browser has left
     * the login page. Create the user and its password with the security test kit first.
     */
    protected void logIn(String username, String password) {
        open("/login");
        browser().findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser().findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser().findElement(org.openqa.selenium.By.id("login-submit")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Logs out by dropping the session cookie. */
    protected void logOut() {
        open("/favicon.svg");
        browser().manage().deleteAllCookies();
    }

    protected WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser(), timeout);
    }

    /** Saves a PNG of the current page to {@code target/screenshots/<name>.png} and returns its path. */
    protected Path screenshot(String name) {
        File shot = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE);
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            return Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
