package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A group's year in headless Chromium against {@code serve} started as a process ({@link Served}:
 * the launcher as {@code ./mou} runs it, over a copy of the shipped workspace): a member signs in and
 * rates an activity with an evidence link; two sessions edit the same activity and the second gets
 * the conflict page, both changes in the history; axe-core finds no serious or critical violation
 * on the group's page and the rate page; both are usable 390 px wide (no horizontal scrolling).
 * Skipped, with one line, where Chromium, chromedriver or axe-core are not installed, or the
 * launcher is not built ({@code MOU_BROWSER_TESTS=required} makes that a failure).
 */
@Slow
class GroupYearInBrowserTest {

    private static final int PHONE = 390;
    private static final String PASSWORD = "a long browser-test password 7";

    @TempDir
    static Path dir;
    private static Served served;
    private static Path data;
    private static String address;
    /** Ana's and Bruno's browsers, one each for the class; each test signs in afresh ({@link #signIn} clears the cookies first). */
    private static Browser ana;
    private static Browser bruno;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        served = Served.prepare(dir);
        // the browsers start while the server boots and the accounts are made
        CompletableFuture<Browser> anaStarting = CompletableFuture.supplyAsync(Browser::start);
        CompletableFuture<Browser> brunoStarting = CompletableFuture.supplyAsync(Browser::start);
        try {
            served.serve(new Served.Account(PASSWORD, "ana", "--role", "member", "--group", "air-quality"),
                    new Served.Account(PASSWORD, "bruno", "--role", "member", "--group", "air-quality"));
        } finally {
            // both kept for @AfterAll to close, whatever failed
            ana = anaStarting.exceptionally(e -> null).join();
            bruno = brunoStarting.exceptionally(e -> null).join();
        }
        anaStarting.join(); // a browser that failed to start fails the class here, with its cause
        brunoStarting.join();
        data = served.data();
        address = served.address();
        step("accounts added, serve started at " + address + ", browsers started");
    }

    /** Says where the test is (the browser tests are slow; a hang shows where it hangs). */
    private static void step(String what) {
        System.out.println("GroupYearInBrowserTest: " + what);
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[] {ana, bruno}) {
            if (b != null) {
                b.close();
            }
        }
        if (served != null) {
            served.close();
        }
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void aMemberRatesAnActivityWithAnEvidenceLinkAndThePagesPassAxeAndFitAPhone() {
        signIn(ana, "ana");
        ana.open(address + "/group/air-quality/2016");
        assertThat(ana.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Air Quality Working Group, 2016");
        assertUsable(ana, "the group's year");

        ana.follow(ana.driver().findElement(By.linkText("Rate aq-2-1")));
        assertThat(ana.driver().getCurrentUrl()).endsWith("/group/air-quality/2016/activity/aq-2-1");
        assertUsable(ana, "the rate page");

        new Select(ana.driver().findElement(By.id("level"))).selectByValue("significant");
        WebElement rationale = ana.driver().findElement(By.id("rationale"));
        rationale.clear();
        rationale.sendKeys("The emissions reporting system was tested with SPA.");
        ana.driver().findElement(By.id("evidenceTitle-0")).sendKeys("Test report");
        ana.driver().findElement(By.id("evidenceUrl-0")).sendKeys("https://example.org/emissions-test");
        ana.follow(ana.driver().findElement(By.cssSelector("form.rate button.primary")));

        assertThat(ana.driver().getCurrentUrl()).contains("/group/air-quality/2016?saved=aq-2-1");
        assertThat(ana.driver().findElement(By.cssSelector("p.saved")).getText()).contains("aq-2-1");
        WebElement activity = ana.driver().findElement(By.id("activity-aq-2-1"));
        assertThat(activity.getText()).contains("Significant Progress").contains("The emissions reporting system was tested with SPA.");
        assertThat(activity.findElement(By.linkText("Test report")).getAttribute("href")).isEqualTo("https://example.org/emissions-test");
        assertThat(history()).contains("ana").contains("aq-2-1");
    }

    @Test
    void twoSessionsEditTheSameActivityAndTheSecondGetsTheConflictPage() {
        signIn(ana, "ana");
        signIn(bruno, "bruno");
        String rate = address + "/group/air-quality/2016/activity/aq-3-1";
        ana.open(rate);
        bruno.open(rate);
        fill(ana, "moderate", "Ana: the workshop took place.");
        ana.follow(ana.driver().findElement(By.cssSelector("form.rate button.primary")));
        assertThat(ana.driver().getCurrentUrl()).contains("saved=aq-3-1");

        fill(bruno, "initial", "Bruno: only the invitation went out.");
        bruno.follow(bruno.driver().findElement(By.cssSelector("form.rate button.primary")));
        String page = bruno.driver().findElement(By.tagName("main")).getText();
        assertThat(bruno.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Someone else changed this since you read it");
        assertThat(page).contains("Ana: the workshop took place.").contains("Bruno: only the invitation went out.").contains("Saved by ana");
        assertThat(bruno.axe()).as("axe-core on the conflict page").noneMatch(v -> v.contains("(serious)") || v.contains("(critical)"));

        // apply Bruno's again: the form holds his values and the new version
        bruno.follow(bruno.driver().findElement(By.cssSelector("form.rate button.primary")));
        assertThat(bruno.driver().getCurrentUrl()).contains("saved=aq-3-1");
        assertThat(bruno.driver().findElement(By.id("activity-aq-3-1")).getText()).contains("Bruno: only the invitation went out.");
        String history = history();
        assertThat(history).contains("Ana: the workshop took place.").contains("Bruno: only the invitation went out.");
    }

    @Test
    void aFileOverTheLimitGets413FromTheServerAndNothingIsWritten() throws Exception {
        Path year = data.resolve("groups/air-quality/2016.json");
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
        assertThat(data.resolve("evidence")).doesNotExist();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A Mexican member, on the Spanish pages, gives an evidence link's title its Spanish, and when the English title changes
     * confirms with the box beside the stale Spanish that it still says the same: the page with the note and the box passes
     * axe-core and fits a phone.
     */
    @Test
    void inSpanishAMemberGivesALinksTitleItsSpanishAndConfirmsItWhenTheEnglishChanged() {
        signIn(ana, "ana");
        ana.open(address + "/language/es");
        String page = address + "/group/air-quality/2016/activity/aq-3-3";
        ana.open(page);
        fill(ana, "moderate", "Audits of the network continued.");
        ana.driver().findElement(By.id("evidenceTitle-0")).sendKeys("Audit report");
        ana.driver().findElement(By.id("evidenceUrl-0")).sendKeys("https://example.org/audit-2016");
        ana.driver().findElement(By.id("evidenceTitleEs-0")).sendKeys("Informe de auditoría");
        ana.follow(ana.driver().findElement(By.cssSelector("form.rate button.primary")));
        assertThat(ana.driver().findElement(By.id("activity-aq-3-3")).findElement(By.linkText("Informe de auditoría")).getAttribute("href"))
                .isEqualTo("https://example.org/audit-2016");

        ana.open(page);
        WebElement english = ana.driver().findElement(By.id("evidenceTitle-0"));
        english.clear();
        english.sendKeys("Audit report of 2016");
        ana.follow(ana.driver().findElement(By.cssSelector("form.rate button.primary")));
        ana.open(page);
        assertThat(ana.driver().findElement(By.id("evidenceTitleEs-0-stale")).getText()).startsWith("El inglés cambió después de escribirse");
        assertUsable(ana, "the rate page with a stale Spanish title");
        ana.driver().findElement(By.id("evidenceTitleEs-0-fits")).click();
        ana.follow(ana.driver().findElement(By.cssSelector("form.rate button.primary")));
        ana.open(page);
        assertThat(ana.driver().findElements(By.id("evidenceTitleEs-0-stale"))).isEmpty();
        assertThat(ana.driver().findElement(By.id("evidenceTitleEs-0")).getAttribute("value")).isEqualTo("Informe de auditoría");
        ana.open(address + "/language/en");
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
        // the same page laid out again in a phone's viewport (it has no script: what it shows depends on nothing else)
        b.viewport(PHONE, 844, true);
        try {
            double scroll = b.number("return document.documentElement.scrollWidth");
            double width = b.number("return window.innerWidth");
            assertThat(scroll).as(what + " at " + PHONE + " px: the page's width").isLessThanOrEqualTo(width);
        } finally {
            b.desktop();
        }
    }

    /** The history of the served workspace, as `history` prints it (the file the store appends to). */
    private static String history() {
        try (Stream<Path> files = Files.walk(data)) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("history") && Files.isRegularFile(f)).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
            return all.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in through the sign-in page, as a browser that has no session yet. */
    private static void signIn(Browser b, String name) {
        b.clearCookies();
        b.desktop();
        b.open(address + "/sign-in");
        b.driver().findElement(By.id("name")).sendKeys(name);
        b.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        b.follow(b.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(b.driver().getPageSource()).contains("Signed in as " + name);
        step("signed in as " + name);
    }
}
