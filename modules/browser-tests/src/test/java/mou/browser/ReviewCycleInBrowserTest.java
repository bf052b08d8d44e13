package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review cycle in headless Chromium against {@code serve} as a process (the launcher as
 * {@code ./mou} runs it, the five shipped plugins, a copy of the shipped workspace, accounts made
 * with {@code user add}): a member submits saying why the year is incomplete; the program office
 * returns it with a reason; the member reads the reason and submits again; the office approves
 * every group and publishes; a visitor who is not signed in downloads the published report. The
 * review page has no serious or critical axe-core violation. Skipped where the browser tools or
 * the built launcher are missing.
 */
class ReviewCycleInBrowserTest {

    private static final String YEAR = "2016";
    private static final List<String> GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    @TempDir
    Path dir;
    Process server;
    Browser browser;
    String address;

    static Path launcherDir() {
        return Path.of(System.getProperty("mou.launcher.dir", "../../launcher/target")).toAbsolutePath().normalize();
    }

    static Path modulesDir() {
        return Path.of(System.getProperty("mou.modules.dir", "..")).toAbsolutePath().normalize();
    }

    static Path only(Path folder, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar")) {
                        found.add(file);
                    }
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    List<String> command(Path home, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmou.home=" + home, "-jar", only(launcherDir(), "launcher-*.jar").toString(), "--plugins", home.resolve("plugins").toString()));
        command.addAll(args);
        return command;
    }

    void addUser(Path home, String password, String name, String... args) throws Exception {
        List<String> words = new ArrayList<>(List.of("user", "add", name));
        words.addAll(List.of(args));
        words.addAll(List.of("--data", home.resolve("data").toString()));
        Process process = new ProcessBuilder(command(home, words)).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("user-" + name.replace(' ', '-') + ".txt").toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("user-" + name.replace(' ', '-') + ".txt"))).isZero();
    }

    @BeforeEach
    void serve() throws Exception {
        Browser.assumeAvailable();
        boolean built = only(launcherDir(), "launcher-*.jar") != null;
        if (!built && Browser.required()) {
            throw new AssertionError("the launcher is not built in " + launcherDir());
        }
        Assumptions.assumeTrue(built, "the launcher is not built");
        Path home = dir.resolve("home");
        Path shipped = modulesDir().getParent().resolve("data");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = home.resolve("data").resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.createDirectories(home.resolve("plugins"));
        for (String group : GROUPS) {
            Path jar = only(modulesDir().resolve("group-" + group).resolve("target"), "group-" + group + "-*.jar");
            assertThat(jar).as("the plugin of %s is built", group).isNotNull();
            Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
        }
        addUser(home, "member password 1", "Mara Member", "--role", "member", "--group", "air-quality");
        addUser(home, "office password 1", "Olivia Office", "--role", "program-office");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = dir.resolve("out.txt");
        server = new ProcessBuilder(command(home, List.of("serve", "--port", String.valueOf(port), "--data", home.resolve("data").toString())))
                .directory(home.toFile()).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        address = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(out).contains("is served at") && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(out)).as(Files.readString(dir.resolve("err.txt"))).contains("is served at");
        browser = Browser.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private void signIn(String name, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(address + "/sign-in");
        browser.driver().findElement(By.id("name")).sendKeys(name);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.driver().getPageSource()).as("signed in as %s", name).contains("Signed in as " + name);
    }

    private String review() {
        browser.open(address + "/review/" + YEAR);
        return browser.driver().getPageSource();
    }

    /** Fills in the form's text fields that are there (a field appears only where it applies) and sends it with its button. */
    private void send(String form, String... fields) {
        WebElement element = browser.driver().findElement(By.id("form-" + form));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            List<WebElement> field = element.findElements(By.name(fields[i]));
            if (!field.isEmpty()) {
                field.get(0).sendKeys(fields[i + 1]);
            }
        }
        element.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private List<String> serious() {
        List<String> violations = browser.axe();
        assertThat(violations).as("axe-core ran").noneMatch(v -> v.startsWith("axe-core failed"));
        return violations.stream().filter(v -> v.contains("(serious)") || v.contains("(critical)")).toList();
    }

    @Test
    void memberSubmitsOfficeReturnsMemberResubmitsOfficeApprovesAndPublishesAVisitorDownloadsTheReport() throws Exception {
        signIn("Mara Member", "member password 1");
        assertThat(review()).contains("id=\"form-air-quality-submit\"").doesNotContain("id=\"form-clean-vehicles-submit\"");
        // the review page, the history and the workbook page with the member's upload form: no serious or critical violation, and at 390 px no sideways scrolling
        for (String page : List.of("/review/" + YEAR, "/history?year=" + YEAR, "/group/air-quality/" + YEAR + "/workbook")) {
            browser.open(address + page);
            assertThat(serious()).as("axe-core on %s", page).isEmpty();
            browser.viewport(390, 844, true);
            assertThat(browser.number("return document.documentElement.scrollWidth")).as("%s at 390 px", page).isLessThanOrEqualTo(390);
            browser.desktop();
        }
        review();
        send("air-quality-submit", "incomplete", "The survey results come in March.");
        assertThat(browser.driver().getPageSource()).contains("submitted").doesNotContain("id=\"form-air-quality-submit\"");

        signIn("Olivia Office", "office password 1");
        review();
        assertThat(serious()).as("axe-core on the review page with the office's forms").isEmpty();
        send("air-quality-return", "reason", "Please add the <b>March</b> figures.");
        assertThat(browser.driver().getPageSource()).contains("returned");

        signIn("Mara Member", "member password 1");
        String returned = review();
        assertThat(returned).contains("Please add the &lt;b&gt;March&lt;/b&gt; figures.");
        assertThat(browser.driver().findElements(By.tagName("b"))).isEmpty();
        send("air-quality-submit", "incomplete", "The March figures follow in Q1.");

        signIn("Olivia Office", "office password 1");
        for (String group : GROUPS) {
            review();
            if (!browser.driver().findElements(By.id("form-" + group + "-submit")).isEmpty()) {
                send(group + "-submit", "incomplete", "Submitted by the program office for the test.");
            }
            review();
            send(group + "-approve");
        }
        review();
        send("publish", "allowMissing", "Published for the test with the parts the shipped workspace misses.");
        String published = browser.driver().getPageSource();
        assertThat(published).contains(YEAR + " is published").doesNotContain("id=\"form-publish\"");

        HttpClient visitor = HttpClient.newHttpClient();
        HttpResponse<byte[]> download = visitor.send(HttpRequest.newBuilder(URI.create(address + "/report/" + YEAR + "/progress-report-" + YEAR
                + ".html")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("Air Quality");
    }
}
