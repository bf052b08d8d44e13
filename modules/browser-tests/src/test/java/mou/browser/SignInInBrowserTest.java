package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in to the real server ({@code ./mou serve} as a process over a copy of the shipped
 * workspace, an account made with {@code ./mou user add}) with the keyboard alone, and axe-core on
 * the sign-in page. Skipped like the other browser tests without Chromium, chromedriver or
 * axe-core ({@link Browser}).
 */
class SignInInBrowserTest {

    @TempDir
    static Path dir;
    private static Browser browser;
    private static Process server;
    private static String address;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        Path launcher = Path.of(System.getProperty("mou.launcher.dir", "../../launcher/target")).toAbsolutePath().normalize();
        Path home = Files.createDirectories(dir.resolve("home"));
        Path data = home.resolve("data");
        copy(Path.of(System.getProperty("mou.data", "../../data")).toAbsolutePath().normalize(), data);
        Files.createDirectories(home.resolve("plugins"));
        Process add = new ProcessBuilder(command(launcher, home, "user", "add", "Olivia Office", "--role", "program-office", "--data",
                data.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("user.txt").toFile()).start();
        try (var stdin = add.getOutputStream()) {
            stdin.write("office password 1\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(add.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(add.exitValue()).as(Files.readString(dir.resolve("user.txt"))).isZero();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = dir.resolve("serve.txt");
        server = new ProcessBuilder(command(launcher, home, "serve", "--port", String.valueOf(port), "--data", data.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        address = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(out).contains("is served at") && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(out)).contains("is served at");
        browser = Browser.start();
    }

    private static List<String> command(Path launcher, Path home, String... words) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(launcher)) {
            jar = files.filter(f -> f.getFileName().toString().matches("launcher-.*\\.jar") && !f.getFileName().toString().contains("-sources"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the application is not built: no launcher jar in " + launcher));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmou.home=" + home, "-jar", jar.toString(), "--plugins", home.resolve("plugins").toString()));
        command.addAll(List.of(words));
        return command;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (file.startsWith(from.resolve("access"))) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSignInPageHasNoSeriousOrCriticalAccessibilityViolation() {
        browser.open(address + "/sign-in");
        assertThat(browser.driver().getTitle()).startsWith("Sign in");
        assertThat(browser.axe()).as("axe-core on /sign-in").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.viewport(390, 844, true);
        browser.open(address + "/sign-in");
        assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        assertThat(browser.axe()).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        browser.desktop();
    }

    @Test
    void signsInWithTheKeyboardAlone() {
        browser.driver().manage().deleteAllCookies();
        browser.open(address + "/sign-in?back=%2Freport");
        // from the top of the page, Tab until the name field has the focus: every step a control of the page
        WebElement name = null;
        for (int i = 0; i < 30 && name == null; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if ("name".equals(focused.getAttribute("id"))) {
                name = focused;
            }
        }
        assertThat(name).as("Tab reaches the name field").isNotNull();
        name.sendKeys("Olivia Office");
        name.sendKeys(Keys.TAB);
        WebElement password = browser.driver().switchTo().activeElement();
        assertThat(password.getAttribute("id")).as("Tab goes from the name to the password").isEqualTo("password");
        password.sendKeys("office password 1");
        password.sendKeys(Keys.TAB);
        WebElement button = browser.driver().switchTo().activeElement();
        assertThat(button.getTagName()).isEqualTo("button");
        assertThat(button.getText()).isEqualTo("Sign in");
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Signed in as Olivia Office"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(address + "/report");
    }
}
