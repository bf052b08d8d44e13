package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A group's year in headless Chromium against {@code serve} started as a process (the launcher as
 * {@code ./mou} runs it) on a free port over a copy of the shipped workspace: a member signs in and
 * rates an activity with an evidence link; two sessions edit the same activity and the second gets
 * the conflict page, both changes in the history; axe-core finds no serious or critical violation
 * on the group's page and the rate page; both are usable 390 px wide (no horizontal scrolling).
 * Skipped, with one line, where Chromium, chromedriver or axe-core are not installed, or the
 * launcher is not built ({@code MOU_BROWSER_TESTS=required} makes that a failure).
 */
class GroupYearInBrowserTest {

    private static final int PHONE = 390;
    private static final String PASSWORD = "a long browser-test password 7";

    private static Path root;
    private static Path home;
    private static Process serve;
    private static String address;
    private static final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        root = repository();
        Path launcher = launcherJar(root);
        home = Files.createTempDirectory("mou-browser-year");
        copy(root.resolve("data"), home.resolve("data"));
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        for (Path jar : groupJars(root)) {
            Files.copy(jar, plugins.resolve(jar.getFileName()));
        }
        for (String[] user : new String[][] {{"ana", "air-quality"}, {"bruno", "air-quality"}}) {
            users(launcher, user[0], user[1]);
        }
        step("accounts added");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path out = home.resolve("serve-out.txt");
        List<String> command = command(launcher, List.of("serve", "--port", String.valueOf(port), "--data", home.resolve("data").toString()));
        serve = new ProcessBuilder(command).directory(home.toFile()).redirectOutput(out.toFile())
                .redirectError(home.resolve("serve-err.txt").toFile()).start();
        address = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(out).contains("is served at " + address + "/") && serve.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(out)).as("serve started; stderr: %s", Files.readString(home.resolve("serve-err.txt")))
                .contains("is served at " + address + "/");
        step("serve started at " + address);
    }

    /** Says where the test is (the browser tests are slow; a hang shows where it hangs). */
    private static void step(String what) {
        System.out.println("GroupYearInBrowserTest: " + what);
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser b : browsers) {
            b.close();
        }
        browsers.clear();
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
        if (home != null) {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void aMemberRatesAnActivityWithAnEvidenceLinkAndThePagesPassAxeAndFitAPhone() {
        Browser ana = browser();
        signIn(ana, "ana");
        ana.open(address + "/group/air-quality/2016");
        assertThat(ana.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Air Quality Working Group, 2016");
        assertUsable(ana, "the group's year");

        ana.driver().findElement(By.linkText("Rate aq-2-1")).click();
        assertThat(ana.driver().getCurrentUrl()).endsWith("/group/air-quality/2016/activity/aq-2-1");
        assertUsable(ana, "the rate page");

        new Select(ana.driver().findElement(By.id("level"))).selectByValue("significant");
        WebElement rationale = ana.driver().findElement(By.id("rationale"));
        rationale.clear();
        rationale.sendKeys("The emissions reporting system was tested with SPA.");
        ana.driver().findElement(By.id("evidenceTitle-0")).sendKeys("Test report");
        ana.driver().findElement(By.id("evidenceUrl-0")).sendKeys("https://example.org/emissions-test");
        ana.driver().findElement(By.cssSelector("form.rate button.primary")).click();

        assertThat(ana.driver().getCurrentUrl()).contains("/group/air-quality/2016?saved=aq-2-1");
        assertThat(ana.driver().findElement(By.cssSelector("p.saved")).getText()).contains("aq-2-1");
        WebElement activity = ana.driver().findElement(By.id("activity-aq-2-1"));
        assertThat(activity.getText()).contains("Significant Progress").contains("The emissions reporting system was tested with SPA.");
        assertThat(activity.findElement(By.linkText("Test report")).getAttribute("href")).isEqualTo("https://example.org/emissions-test");
        assertThat(history()).contains("ana").contains("aq-2-1");
    }

    @Test
    void twoSessionsEditTheSameActivityAndTheSecondGetsTheConflictPage() {
        Browser ana = browser();
        Browser bruno = browser();
        signIn(ana, "ana");
        signIn(bruno, "bruno");
        String rate = address + "/group/air-quality/2016/activity/aq-3-1";
        ana.open(rate);
        bruno.open(rate);
        fill(ana, "moderate", "Ana: the workshop took place.");
        ana.driver().findElement(By.cssSelector("form.rate button.primary")).click();
        assertThat(ana.driver().getCurrentUrl()).contains("saved=aq-3-1");

        fill(bruno, "initial", "Bruno: only the invitation went out.");
        bruno.driver().findElement(By.cssSelector("form.rate button.primary")).click();
        String page = bruno.driver().findElement(By.tagName("main")).getText();
        assertThat(bruno.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Someone else changed this since you read it");
        assertThat(page).contains("Ana: the workshop took place.").contains("Bruno: only the invitation went out.").contains("Saved by ana");
        assertThat(bruno.axe()).as("axe-core on the conflict page").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));

        // apply Bruno's again: the form holds his values and the new version
        bruno.driver().findElement(By.cssSelector("form.rate button.primary")).click();
        assertThat(bruno.driver().getCurrentUrl()).contains("saved=aq-3-1");
        assertThat(bruno.driver().findElement(By.id("activity-aq-3-1")).getText()).contains("Bruno: only the invitation went out.");
        String history = history();
        assertThat(history).contains("Ana: the workshop took place.").contains("Bruno: only the invitation went out.");
    }

    @Test
    void aFileOverTheLimitGets413FromTheServerAndNothingIsWritten() throws Exception {
        Path year = home.resolve("data/groups/air-quality/2016.json");
        String before = Files.readString(year);
        String boundary = "mouBoundary7";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file1\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[21 << 20]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(address + "/group/air-quality/2016/rate/aq-1-1"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 20 MB").doesNotContain("Exception");
        assertThat(Files.readString(year)).isEqualTo(before);
        assertThat(home.resolve("data/evidence")).doesNotExist();
    }

    // ------------------------------------------------------------------ helpers

    private static Browser browser() {
        Browser b = Browser.start();
        browsers.add(b);
        step("browser started");
        return b;
    }

    private static void fill(Browser b, String level, String rationale) {
        new Select(b.driver().findElement(By.id("level"))).selectByValue(level);
        WebElement field = b.driver().findElement(By.id("rationale"));
        field.clear();
        field.sendKeys(rationale);
    }

    /** axe-core finds no serious or critical violation, and at 390 px the page does not scroll sideways. */
    private static void assertUsable(Browser b, String what) {
        step("axe-core on " + what);
        assertThat(b.axe()).as("axe-core on " + what).noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));
        String url = b.driver().getCurrentUrl();
        b.viewport(PHONE, 844, true);
        try {
            b.open(url);
            double scroll = b.number("return document.documentElement.scrollWidth");
            double width = b.number("return window.innerWidth");
            assertThat(scroll).as(what + " at " + PHONE + " px: the page's width").isLessThanOrEqualTo(width);
        } finally {
            b.desktop();
            b.open(url);
        }
    }

    /** The history of the served workspace, as `history` prints it (the file the store appends to). */
    private static String history() {
        try (Stream<Path> files = Files.walk(home.resolve("data"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("history") && Files.isRegularFile(f)).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
            return all.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in through the sign-in page. */
    private static void signIn(Browser b, String name) {
        b.open(address + "/sign-in");
        b.driver().findElement(By.id("name")).sendKeys(name);
        b.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        b.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(b.driver().getPageSource()).contains("Signed in as " + name);
        step("signed in as " + name);
    }

    /** Adds an account with the launcher's `user add` (its password from standard input). */
    private static void users(Path launcher, String name, String group) throws Exception {
        Process p = new ProcessBuilder(command(launcher, List.of("user", "add", name, "--role", "member", "--group", group, "--data",
                home.resolve("data").toString()))).directory(home.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write((PASSWORD + "\n" + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("user add %s: %s", name, out).isZero();
    }

    /** {@code java [./mou's options] -Dmou.home=HOME -jar launcher.jar --plugins PLUGINS ARGS}. */
    private static List<String> command(Path launcher, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Matcher m = Pattern.compile("(?m)^JAVA_OPTS=\"\\$\\{MOU_JAVA_OPTS:-([^}\"]*)\\}\"").matcher(Files.readString(root.resolve("mou")));
        if (m.find()) {
            command.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        command.add("-Dmou.home=" + home);
        command.add("-Dmou.storage=" + home.resolve("storage"));
        command.add("-jar");
        command.add(launcher.toString());
        command.add("--plugins");
        command.add(home.resolve("plugins").toString());
        command.addAll(args);
        return command;
    }

    private static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mou")) && Files.isDirectory(dir.resolve("launcher"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the repository (the folder with ./mou) is not above " + Path.of("").toAbsolutePath());
    }

    /** The built launcher; without it the test is skipped (or fails, when the browser tests are required). */
    private static Path launcherJar(Path root) throws IOException {
        Path target = root.resolve("launcher/target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target) && Files.isDirectory(target.resolve("bundles"))) {
            try (Stream<Path> list = Files.list(target)) {
                list.filter(p -> p.getFileName().toString().matches("launcher-.*\\.jar") && !p.getFileName().toString().matches(
                        ".*-(sources|tests|javadoc)\\.jar")).forEach(jars::add);
            }
        }
        if (jars.isEmpty()) {
            String message = "the launcher is not built (" + target + "); build it with mvn install";
            if (Browser.required()) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return jars.get(0);
    }

    private static List<Path> groupJars(Path root) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root.resolve("modules"))) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("group-")).sorted().toList()) {
                Path target = module.resolve("target");
                if (!Files.isDirectory(target)) {
                    continue;
                }
                try (Stream<Path> list = Files.list(target)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().matches(
                            ".*-(sources|tests|javadoc)\\.jar")).forEach(jars::add);
                }
            }
        }
        return jars;
    }

    private static void copy(Path from, Path to) throws IOException {
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
}
