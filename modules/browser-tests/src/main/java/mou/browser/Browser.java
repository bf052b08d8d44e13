package mou.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for tests, through Selenium, with axe-core at hand: start it with
 * {@link #start()} in a test class's {@code @BeforeAll} (after {@link #assumeAvailable()}), open a
 * page, set the viewport ({@link #viewport}), run axe-core ({@link #axe()}), print to PDF
 * ({@link #pdf()}), and {@link #close()} it in {@code @AfterAll}.
 *
 * <p>A test JVM starts a Chromium only when no other one is free: {@link #close()} brings the
 * browser back to a fresh one's state (no cookies, nothing cached, no emulated viewport or media,
 * a blank page) and keeps it for the next {@link #start()}, of this class or another (the classes of
 * a module may run at the same time, each with browsers of its own); the browsers still kept are
 * quit when the JVM ends.
 *
 * <p>Chromium and its driver are Debian's ({@code apt-get install chromium chromium-driver}), named
 * explicitly so that Selenium never looks for (or downloads) a browser of its own; axe-core is npm's
 * ({@code npm install axe-core} into {@code .ci/} of the repository, or any folder named by the system
 * property {@value #AXE_PROPERTY}). A machine without them skips the browser tests with one line
 * saying what is missing; with the environment variable {@value #REQUIRED_ENV}{@code =required}
 * (CI sets it) a missing tool fails them instead.
 */
public final class Browser implements AutoCloseable {

    /** The environment variable that makes the browser tests required: {@code MOU_BROWSER_TESTS=required}. */
    public static final String REQUIRED_ENV = "MOU_BROWSER_TESTS";
    /** System property: the Chromium binary (default /usr/bin/chromium). */
    public static final String CHROMIUM_PROPERTY = "mou.chromium";
    /** System property: the chromedriver binary (default /usr/bin/chromedriver). */
    public static final String DRIVER_PROPERTY = "mou.chromedriver";
    /** System property: axe.min.js, or a folder holding node_modules/axe-core/axe.min.js. */
    public static final String AXE_PROPERTY = "mou.axe";

    /** How often {@link #waiting} asks whether what it waits for is there. */
    static final int POLL_MILLIS = 20;
    /** The property of a page's window that {@link #leaving()} sets. */
    private static final String LEAVING = "mouLeaving";
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static boolean told;
    /** Browsers that a test class closed, brought back to a fresh state, for the next {@link #start()}. */
    private static final java.util.Deque<Browser> IDLE = new java.util.ArrayDeque<>();
    private static boolean quitAtExit;

    private final ChromeDriver driver;
    private final String axe;

    private Browser(ChromeDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    // ---------------------------------------------------------------- the tools

    static Path chromium() {
        return Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    }

    /**
     * axe.min.js: where {@value #AXE_PROPERTY} says, else in {@code .ci/node_modules} or
     * {@code node_modules} of the working folder or a folder above it (a module's tests run in
     * the module's folder, below the repository's).
     */
    static Optional<Path> axeScript() {
        String given = System.getProperty(AXE_PROPERTY);
        List<Path> candidates = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            Path path = Path.of(given);
            candidates.add(path);
            candidates.add(path.resolve("axe.min.js"));
            candidates.add(path.resolve("node_modules/axe-core/axe.min.js"));
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve(".ci/node_modules/axe-core/axe.min.js"));
                candidates.add(dir.resolve("node_modules/axe-core/axe.min.js"));
            }
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    /** What is missing to run the browser tests, one phrase each; empty when nothing is. */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium())) {
            missing.add("Chromium (" + chromium() + ")");
        }
        if (!Files.isExecutable(chromedriver())) {
            missing.add("chromedriver (" + chromedriver() + ")");
        }
        if (axeScript().isEmpty()) {
            missing.add("axe-core (.ci/node_modules/axe-core/axe.min.js)");
        }
        return missing;
    }

    /** Whether {@value #REQUIRED_ENV}{@code =required} is set. */
    public static boolean required() {
        return "required".equalsIgnoreCase(String.valueOf(System.getenv(REQUIRED_ENV)).strip());
    }

    /**
     * Skips the calling test (class) when a tool is missing, saying so in one line, once per run;
     * fails it instead when {@value #REQUIRED_ENV}{@code =required}.
     */
    public static void assumeAvailable() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String what = String.join(", ", missing);
        if (required()) {
            Assertions.fail("The browser tests are required (" + REQUIRED_ENV + "=required) but " + what
                    + (missing.size() == 1 ? " is" : " are") + " missing: apt-get install chromium chromium-driver; "
                    + "npm install --prefix .ci --no-save --no-package-lock axe-core@4.14.1 (see .ci/run)");
        }
        synchronized (Browser.class) {
            if (!told) {
                told = true;
                System.out.println("Browser tests skipped: " + what + (missing.size() == 1 ? " is" : " are")
                        + " not installed (.ci/run installs them; " + REQUIRED_ENV + "=required makes this a failure)");
            }
        }
        Assumptions.abort("browser tests skipped: " + what + " missing");
    }

    /**
     * Headless Chromium, a 1280 × 900 window, as a fresh one: one that a test class closed (see the
     * class comment), else a new one; {@link #assumeAvailable()} first.
     */
    public static Browser start() {
        synchronized (IDLE) {
            Browser idle = IDLE.poll();
            if (idle != null) {
                return idle;
            }
        }
        return launch();
    }

    private static Browser launch() {
        Path axePath = axeScript().orElseThrow(() -> new IllegalStateException("axe-core is missing: " + missing()));
        String axe;
        try {
            axe = Files.readString(axePath, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--allow-file-access-from-files", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, axe);
    }

    // ---------------------------------------------------------------- using it

    /**
     * Clicks what leads to another page (a link, a form's button) and waits, up to a minute, until
     * that page has replaced this one and has loaded: on a busy machine the click returns before the
     * next page is there.
     */
    public void follow(org.openqa.selenium.WebElement element) {
        leaving();
        element.click();
        awaitNextPage();
    }

    /**
     * Marks the page open now as the one being left, before what replaces it (a click, a key); then
     * {@link #awaitNextPage()}. The mark is a property of the page's window, gone with the page.
     */
    public void leaving() {
        script("window." + LEAVING + " = true");
    }

    /**
     * Waits, up to a minute, until the page marked by {@link #leaving()} has been replaced and the next
     * one has loaded. The wait is Chromium's, not a poll: a script on the page being left returns when
     * the page goes (Chromium ends a script whose page unloads), and the next command waits for the
     * next page's load. (A poll of the page every 20 ms cost the browser and its driver some 7 ms of
     * processor time each: a third of a processor while a page was awaited.)
     */
    public void awaitNextPage() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            long left = Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
            Object still;
            try {
                still = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "if (window." + LEAVING + " !== true) { done(false); return; }"
                        + "window.addEventListener('pagehide', () => done(false));"
                        + "setTimeout(() => done(true), arguments[0]);", left);
            } catch (org.openqa.selenium.TimeoutException e) {
                throw e;
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page went while the script waited on it ("document unloaded while waiting for result"): ask the page there now
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                continue;
            }
            if (Boolean.TRUE.equals(still)) {
                throw new org.openqa.selenium.TimeoutException("the page " + driver.getCurrentUrl() + " was not replaced within 60 s");
            }
            break;
        }
        // the next page is there: a command waits for its load under way, so this asks once or twice
        waiting(driver, Duration.ofSeconds(60))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * A wait of at most {@code timeout} that asks every {@value #POLL_MILLIS} ms (Selenium's own
     * {@code WebDriverWait} asks every 500 ms: most of a page's wait was spent asleep after it was there).
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waiting(org.openqa.selenium.WebDriver driver, Duration timeout) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout, Duration.ofMillis(POLL_MILLIS));
    }

    /**
     * Signs the browser out of every site: its cookies deleted (Chromium's, through the DevTools
     * protocol, whatever page is open), so that one browser can be a visitor or another person in
     * the next test instead of starting a new one.
     */
    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The driver itself, for what this class does not wrap. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a file (an HTML page written by a test) and waits for it to load. */
    public void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
    }

    /** Opens an address (the web application's page). */
    public void open(String address) {
        driver.get(address);
    }

    /**
     * The viewport as a phone or a desktop has it: {@code width} × {@code height} CSS pixels, a
     * mobile one (the page's viewport meta applies) where {@code mobile}.
     */
    public void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Back to the window's own viewport. */
    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * The page as it is laid out for {@code media} ("print", "screen"), for computed styles;
     * {@code ""} ends the emulation (a page emulated as "screen" would print with its screen styles).
     */
    public void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Runs JavaScript in the page ({@code return ...}); numbers come back as Long or Double. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A number that a script returns. */
    public double number(String script, Object... args) {
        return ((Number) script(script, args)).doubleValue();
    }

    /**
     * axe-core's violations on the page as it is now, every rule axe-core runs by default, each as
     * "rule (impact): help — the elements". Empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public List<String> axe() {
        script(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                        + " v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.length + ' element(s): '"
                        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))),"
                        + " e => done(['axe-core failed: ' + e]));");
        return (List<String>) result;
    }

    /** The page printed to PDF as Chromium prints it (A4 unless the page's CSS says otherwise). */
    public byte[] pdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** How many pages a PDF that Chromium wrote has (its page objects). */
    public static int pages(byte[] pdf) {
        Matcher matcher = PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    /** A PNG of the viewport, for a person to look at (written where the test says). */
    public void screenshot(Path png) {
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode((String) result.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Done with the browser: brought back to a fresh browser's state (every site's cookies and the
     * cache cleared, the viewport and media as the window has them, a blank page) and kept
     * for the next {@link #start()} of this JVM; quit when that fails, and at the JVM's end.
     */
    @Override
    public void close() {
        try {
            driver.get("about:blank");
            clearCookies();
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            desktop();
            media("");
            if (driver.getWindowHandles().size() != 1) {
                throw new IllegalStateException("a window was left open");
            }
        } catch (RuntimeException e) {
            driver.quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.push(this);
            if (!quitAtExit) {
                quitAtExit = true;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    synchronized (IDLE) {
                        IDLE.forEach(b -> {
                            try {
                                b.driver.quit();
                            } catch (RuntimeException e) {
                                // the JVM ends: chromedriver goes with it
                            }
                        });
                        IDLE.clear();
                    }
                }, "quit idle browsers"));
            }
        }
    }
}
