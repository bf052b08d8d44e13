package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The records pages in headless Chromium against {@code serve} started as a process (the built
 * launcher jar, the five shipped group plugins) on a free port over a copy of the shipped
 * workspace: a member signs in, adds an event and a figure with the forms, and they are saved in
 * the workspace under the member's name; axe-core finds no serious or critical violation on the
 * events, figures and a deliverable page. Skipped, with one line, where Chromium, chromedriver or
 * axe-core are not installed ({@link Browser}), or the application is not built.
 */
class RecordsInBrowserTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final String PASSWORD = "a long enough password 1";

    @TempDir
    Path dir;

    static Path launcherJar() throws IOException {
        Path target = ROOT.resolve("launcher/target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "launcher-*.jar")) {
                for (Path jar : jars) {
                    String name = jar.getFileName().toString();
                    if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar")) {
                        return jar;
                    }
                }
            }
        }
        return null;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    List<String> command(Path home, Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmou.home=" + home, "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-jar", jar.toString(), "--plugins", home.resolve("plugins").toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void aMemberAddsAnEventAndAFigureInTheBrowserAndThePagesPassAxe() throws Exception {
        Browser.assumeAvailable();
        Path jar = launcherJar();
        if (jar == null && Browser.required()) {
            throw new AssertionError("the application is not built: run mvn install first");
        }
        assumeTrue(jar != null, "the application is not built (launcher/target): run mvn install first");
        Path home = dir.resolve("home");
        Path data = home.resolve("data");
        copy(ROOT.resolve("data"), data);
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(dir.resolve("tmp"));
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(ROOT.resolve("modules"), "group-*")) {
            for (Path module : groups) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(module.resolve("target"), module.getFileName() + "-*.jar")) {
                    for (Path plugin : jars) {
                        if (!plugin.getFileName().toString().endsWith("-sources.jar")) {
                            Files.copy(plugin, home.resolve("plugins").resolve(plugin.getFileName()));
                        }
                    }
                }
            }
        }
        Process add = new ProcessBuilder(command(home, jar, "user", "add", "Mara Member", "--role", "member", "--group", "air-quality",
                "--data", data.toString())).directory(home.toFile()).redirectErrorStream(true).start();
        add.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        String added = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(add.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(add.exitValue()).as(added).isZero();

        int port = freePort();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process serve = new ProcessBuilder(command(home, jar, "serve", "--port", String.valueOf(port), "--data", data.toString()))
                .directory(home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (Browser browser = Browser.start()) {
            String address = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(out).contains("is served at " + address) && serve.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out)).as("serve listens; stderr: %s", Files.readString(err)).contains("is served at " + address);
            WebDriver driver = browser.driver();
            String year = address + "/group/air-quality/2016";

            browser.open(year + "/events");
            assertThat(driver.getCurrentUrl()).contains("/sign-in");
            driver.findElement(By.id("name")).sendKeys("Mara Member");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/events");
            assertThat(serious(browser.axe())).as("axe-core on the events page").isEmpty();

            driver.findElement(By.id("f-eventId")).sendKeys("aq-2016-browser-meeting");
            new Select(driver.findElement(By.id("f-kind"))).selectByValue("workshop");
            driver.findElement(By.id("f-date")).sendKeys("2016-09-21");
            driver.findElement(By.id("f-title")).sendKeys("Workshop added in the browser");
            driver.findElement(By.id("f-participants")).sendKeys("18");
            driver.findElement(By.cssSelector("form.edit button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/events/aq-2016-browser-meeting?saved=1");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Workshop added in the browser");
            assertThat(serious(browser.axe())).as("axe-core on an event's page").isEmpty();

            browser.open(year + "/figures");
            assertThat(serious(browser.axe())).as("axe-core on the figures page").isEmpty();
            driver.findElement(By.id("f-figureId")).sendKeys("aq-2016-browser-samples");
            driver.findElement(By.id("f-label")).sendKeys("Samples counted in the browser");
            driver.findElement(By.id("f-value")).sendKeys("fifty");
            driver.findElement(By.cssSelector("form.edit button[type=submit]")).click();
            assertThat(driver.findElement(By.id("p-value")).getText()).contains("is not a number");
            assertThat(driver.findElement(By.id("f-label")).getAttribute("value")).isEqualTo("Samples counted in the browser");
            assertThat(serious(browser.axe())).as("axe-core on the figures page with a problem").isEmpty();
            driver.findElement(By.id("f-value")).clear();
            driver.findElement(By.id("f-value")).sendKeys("42");
            driver.findElement(By.cssSelector("form.edit button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/group/air-quality/2016/figures/aq-2016-browser-samples?saved=1");

            browser.open(year + "/deliverable/aq-3-2-1");
            assertThat(driver.findElement(By.id("f-attr-pollutant")).getAttribute("value")).isEqualTo("PM2.5");
            assertThat(serious(browser.axe())).as("axe-core on a deliverable's page").isEmpty();
            browser.viewport(390, 844, true);
            assertThat(serious(browser.axe())).as("axe-core on a deliverable's page, 390 px").isEmpty();
            assertThat(browser.number("return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
            browser.desktop();

            String saved = Files.readString(data.resolve("groups/air-quality/2016.json"));
            assertThat(saved).contains("aq-2016-browser-meeting", "Workshop added in the browser", "aq-2016-browser-samples");
            String history = Files.readString(data.resolve("history.jsonl"));
            assertThat(history).contains("Mara Member").contains("aq-2016-browser-samples");
        } finally {
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** The serious and critical violations of axe-core's. */
    static List<String> serious(List<String> violations) {
        return violations.stream().filter(v -> v.contains("(serious)") || v.contains("(critical)")).toList();
    }
}
