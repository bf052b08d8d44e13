package mou.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web application as people use it, in headless Chromium against {@code ./mou serve} as a
 * process over a copy of the shipped workspace with accounts made by {@code ./mou user add}
 * ({@link Served}): one server for the whole class, and two browsers: the office's, signed in
 * throughout, and one for the other person of each test (a visitor, then Carl, then Mara), its
 * cookies cleared at the start of each test.
 * <ol>
 * <li>axe-core on the dashboard, the report, a group's year, an activity, the review, history and
 * workbook pages, in English and in Spanish: no serious or critical violation; at 390 px no page
 * scrolls sideways;</li>
 * <li>markup in every text a form takes ({@code <script>}, {@code "><img onerror>},
 * {@code javascript:} links) shows as text on every page where it appears: no element injected,
 * no dialog, nothing run;</li>
 * <li>the whole cycle: a member signs in and rates by keyboard, rates a second activity with an
 * uploaded file, adds an event and a figure, submits by keyboard saying why the year is
 * incomplete; the office returns it with a reason; the member reads it, corrects the figure and
 * submits again; the office approves and publishes; the history names each person; a visitor
 * downloads the published report (where the markup of 2. is still text).</li>
 * </ol>
 * The tests run in this order: the cycle publishes the year the others write into.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Slow
class WholeCycleInBrowserTest {

    private static final String YEAR = "2016";
    private static final String AQ = "/group/air-quality/" + YEAR;
    private static final String CV = "/group/clean-vehicles/" + YEAR;
    private static final List<String> GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");
    private static final int PHONE = 390;

    /** What a hostile person types: a script, an attribute break-out with an image that runs code, a javascript: link. */
    private static final String SCRIPT = "<script>window.mouRan='script';alert('script')</script>";
    private static final String IMG = "\"><img src=x onerror=\"window.mouRan='img';alert('img')\">";
    private static final String LINK = "javascript:alert('link')";
    private static final String ANCHOR = "<a href=\"javascript:alert('anchor')\">a link</a>";
    /** What a person pastes: a long address with no place to break it, which must not widen a phone's page. */
    private static final String LONG = "https://example.org/" + "averylongpathsegmentwithnoplacetobreak".repeat(4);
    private static final String ALL = SCRIPT + " " + IMG + " " + ANCHOR + " [x](" + LINK + ") " + LONG;

    @TempDir
    static Path dir;
    private static Served served;
    private static Browser office;
    /** The other person's browser: a visitor in 1., Carl in 2., Mara in 3.; each test clears its cookies first. */
    private static Browser other;
    private static boolean hostileWritten;
    private static final long started = System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        served = Served.prepare(dir);
        // the browsers start while the server boots and the accounts are made
        CompletableFuture<Browser> officeStarting = CompletableFuture.supplyAsync(Browser::start);
        CompletableFuture<Browser> otherStarting = CompletableFuture.supplyAsync(Browser::start);
        try {
            served.serve(new Served.Account("member password 1", "Mara Member", "--role", "member", "--group", "air-quality"),
                    new Served.Account("member password 2", "Carl Member", "--role", "member", "--group", "clean-vehicles"),
                    new Served.Account("office password 1", "Olivia Office", "--role", "program-office"));
        } finally {
            // both kept for @AfterAll to close, whatever failed
            office = officeStarting.exceptionally(e -> null).join();
            other = otherStarting.exceptionally(e -> null).join();
        }
        officeStarting.join(); // a browser that failed to start fails the class here, with its cause
        otherStarting.join();
        step("served at " + served.address());
        served.signIn(office, "Olivia Office", "office password 1");
    }

    @AfterAll
    static void stop() {
        for (Browser b : new Browser[] {other, office}) {
            if (b != null) {
                b.close();
            }
        }
        if (served != null) {
            served.close();
        }
        step("done");
    }

    private static void step(String what) {
        System.out.printf("WholeCycleInBrowserTest %5.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    // ------------------------------------------------------------------ 1. axe-core, en and es, 390 px

    @Test
    @Order(1)
    void theDashboardReportGroupAndReviewPagesPassAxeInBothLanguagesAndFitAPhone() {
        List<String> pages = List.of("/", "/report/" + YEAR, AQ, AQ + "/activity/aq-1-1", "/review/" + YEAR, "/history?year=" + YEAR,
                AQ + "/workbook");
        for (String language : List.of("en", "es")) {
            office.open(served.address() + "/language/" + language + "?back=%2F");
            assertThat(office.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            for (String page : pages) {
                office.open(served.address() + page);
                assertThat(serious(office)).as("axe-core on %s (%s)", page, language).isEmpty();
                // the same page laid out again in a phone's viewport (the page has no script: what it shows depends on nothing else)
                office.viewport(PHONE, 844, true);
                assertThat(office.number("return document.documentElement.scrollWidth")).as("%s (%s) at %d px", page, language, PHONE)
                        .isLessThanOrEqualTo(PHONE);
                office.desktop();
            }
        }
        office.open(served.address() + "/language/en?back=%2F");
        // the visitor's home and sign-in page, at 390 px too
        Browser visitor = other;
        visitor.clearCookies();
        for (String page : List.of("/", "/report")) {
            visitor.open(served.address() + page);
            assertThat(visitor.driver().getPageSource()).as("%s: a visitor, not signed in", page).doesNotContain("Signed in as");
            assertThat(serious(visitor)).as("axe-core on %s for a visitor", page).isEmpty();
            visitor.viewport(PHONE, 844, true);
            assertThat(visitor.number("return document.documentElement.scrollWidth")).as("%s for a visitor at %d px", page, PHONE)
                    .isLessThanOrEqualTo(PHONE);
            visitor.desktop();
        }
        step("axe-core and 390 px");
    }

    // ------------------------------------------------------------------ 2. markup as text

    @Test
    @Order(2)
    void markupInEveryTextAFormTakesShowsAsTextOnEveryPageAndNothingRuns() throws Exception {
        Browser carl = other;
        carl.clearCookies();
        served.signIn(carl, "Carl Member", "member password 2");
        var d = carl.driver();

        // a rating: the rationales, an evidence link's title, a javascript: link
        carl.open(served.address() + CV + "/activity/cv-1-1");
        new Select(d.findElement(By.id("level"))).selectByValue("moderate");
        replace(d.findElement(By.id("rationale")), ALL);
        replace(d.findElement(By.id("rationaleEs")), IMG);
        d.findElement(By.id("evidenceTitle-0")).sendKeys(IMG);
        d.findElement(By.id("evidenceUrl-0")).sendKeys(LINK);
        press(carl, "form.rate button.primary");
        inert(carl, "the rate page with a javascript: link");
        assertThat(d.findElement(By.tagName("main")).getText()).as("the javascript: link is refused beside its field").containsIgnoringCase("http");
        assertThat(d.findElement(By.id("evidenceTitle-0")).getAttribute("value")).isEqualTo(IMG);
        assertThat(d.findElement(By.id("rationale")).getAttribute("value")).isEqualTo(ALL);
        // the same with an address: saved
        replace(d.findElement(By.id("evidenceUrl-0")), "https://example.org/cv?a=1&b=%22%3E%3Cimg%20src=x%3E");
        press(carl, "form.rate button.primary");
        assertThat(d.getCurrentUrl()).as(text(carl)).contains("saved=cv-1-1");

        // the narrative
        carl.open(served.address() + CV + "/narrative/summary");
        replace(d.findElement(By.id("paragraphs")), SCRIPT + "\n\n" + IMG + "\n\n" + ANCHOR);
        d.findElement(By.id("paragraphsEs")).clear();
        press(carl, "form.narrative button.primary");
        assertThat(d.getCurrentUrl()).as(text(carl)).doesNotContain("/narrative/");
        inert(carl, "after saving the narrative");
        // the accomplishments emptied: the year has a gap, its submission a reason
        write(carl, CV, "accomplishments", "");

        // an event and a figure
        carl.open(served.address() + CV + "/events");
        d.findElement(By.id("f-eventId")).sendKeys("cv-2016-hostile");
        new Select(d.findElement(By.id("f-kind"))).selectByIndex(1);
        d.findElement(By.id("f-date")).sendKeys("2016-05-04");
        d.findElement(By.id("f-title")).sendKeys(IMG);
        d.findElement(By.id("f-place")).sendKeys(SCRIPT);
        d.findElement(By.id("f-organizations")).sendKeys(ANCHOR);
        d.findElement(By.id("f-description")).sendKeys(ALL);
        press(carl, "form.edit button[type=submit]");
        // no organization is written so: refused beside the field, named as typed, which the field shows again
        inert(carl, "the events page refusing the organizations");
        assertThat(d.findElement(By.id("p-organizations")).getText()).contains("no organization '" + ANCHOR + "'");
        assertThat(d.findElement(By.id("f-organizations")).getAttribute("value")).isEqualTo(ANCHOR);
        replace(d.findElement(By.id("f-organizations")), "carb");
        press(carl, "form.edit button[type=submit]");
        assertThat(d.getCurrentUrl()).as(text(carl)).endsWith("/events/cv-2016-hostile?saved=1");
        carl.open(served.address() + CV + "/figures");
        d.findElement(By.id("f-figureId")).sendKeys("cv-2016-hostile-figure");
        d.findElement(By.id("f-label")).sendKeys(IMG);
        d.findElement(By.id("f-value")).sendKeys("7");
        d.findElement(By.id("f-unit")).sendKeys(SCRIPT);
        d.findElement(By.id("f-note")).sendKeys(ALL);
        press(carl, "form.edit button[type=submit]");
        assertThat(d.getCurrentUrl()).as(text(carl)).endsWith("/figures/cv-2016-hostile-figure?saved=1");

        // submitted with a hostile reason for the gaps; returned with a hostile reason
        carl.open(served.address() + "/review/" + YEAR);
        assertThat(d.findElements(By.id("clean-vehicles-submit-incomplete"))).as("the gap asks for a reason").hasSize(1);
        send(carl, "clean-vehicles-submit", "incomplete", IMG + " " + SCRIPT);
        office.open(served.address() + "/review/" + YEAR);
        send(office, "clean-vehicles-return", "reason", ALL);
        assertThat(office.driver().findElement(By.id("group-clean-vehicles-section")).getText()).contains(SCRIPT, IMG);
        hostileWritten = true;

        // every page where they appear, for the member and for the office
        List<String[]> pages = List.of(
                new String[] {CV, "rationale, evidence title, figure"},
                new String[] {CV + "/activity/cv-1-1", "rate form"},
                new String[] {CV + "/narrative/summary", "narrative form"},
                new String[] {CV + "/events", "events"},
                new String[] {CV + "/events/cv-2016-hostile", "event"},
                new String[] {CV + "/figures", "figures"},
                new String[] {CV + "/figures/cv-2016-hostile-figure", "figure"},
                new String[] {"/review/" + YEAR, "review"},
                new String[] {"/history?group=clean-vehicles&year=" + YEAR, "history"},
                new String[] {"/", "dashboard"},
                new String[] {"/report/" + YEAR, "report"});
        List<String> seen = new ArrayList<>();
        for (Browser b : List.of(carl, office)) {
            for (String[] page : pages) {
                b.open(served.address() + page[0]);
                inert(b, page[0]);
                assertThat(all(b)).as("the %s page shows the texts as text", page[1]).contains(IMG);
                seen.add(page[0] + ": " + shown(b));
                if (b == carl) {
                    // the long address wraps on a phone instead of widening the page
                    b.viewport(PHONE, 844, true);
                    assertThat(b.number("return document.documentElement.scrollWidth")).as("%s at %d px with a long address", page[0], PHONE)
                            .isLessThanOrEqualTo(PHONE);
                    b.desktop();
                }
            }
        }
        step("hostile texts on " + seen.size() + " pages, shown as text: " + seen);
        // the escaped text is there to read: on the pages that show it as text (the forms hold it as their value)
        for (String[] page : pages) {
            if (page[0].contains("/activity/") || page[0].contains("/narrative/")) {
                carl.open(served.address() + page[0]);
                String field = page[0].contains("/activity/") ? "rationale" : "paragraphs";
                assertThat(carl.driver().findElement(By.id(field)).getAttribute("value")).as(page[0]).contains(SCRIPT, IMG);
            }
        }
        office.open(served.address() + CV);
        assertThat(text(office)).as("the group's year").contains(SCRIPT, IMG, ANCHOR);
        office.open(served.address() + CV + "/narrative/summary");
        String narrative = office.driver().findElement(By.id("paragraphs")).getAttribute("value");
        assertThat(narrative).contains(SCRIPT, IMG, ANCHOR);
        for (String page : List.of(CV + "/events/cv-2016-hostile", CV + "/figures/cv-2016-hostile-figure")) {
            carl.open(served.address() + page);
            assertThat(carl.driver().findElement(By.tagName("h1")).getText()).as(page).isEqualTo(IMG);
        }
        for (String page : List.of(CV + "/events", CV + "/figures")) {
            carl.open(served.address() + page);
            assertThat(text(carl)).as(page).contains(IMG);
        }
        carl.open(served.address() + "/review/" + YEAR);
        assertThat(carl.driver().findElement(By.id("group-clean-vehicles-section")).getText()).as("the return reason the member reads")
                .contains(SCRIPT, IMG, ANCHOR);
        carl.open(served.address() + "/history?group=clean-vehicles&year=" + YEAR);
        assertThat(text(carl)).as("the history").contains(IMG);
        carl.open(served.address() + "/report/" + YEAR);
        assertThat(all(carl)).as("the draft report page").contains(SCRIPT, IMG);
    }

    // ------------------------------------------------------------------ 3. the whole cycle

    @Test
    @Order(3)
    void aMemberRatesAddsSubmitsTheOfficeReturnsTheMemberCorrectsTheOfficePublishesAVisitorDownloads() throws Exception {
        Browser member = other;
        member.clearCookies();
        var d = member.driver();

        // sign in with the keyboard alone: Tab from the top of the page, type, Enter
        member.open(served.address() + "/sign-in");
        tabTo(member, e -> "name".equals(e.getAttribute("id")), "the name field").sendKeys("Mara Member");
        WebElement password = tabTo(member, e -> "password".equals(e.getAttribute("id")), "the password field");
        member.leaving();
        password.sendKeys("member password 1", Keys.ENTER);
        member.awaitNextPage();
        Browser.waiting(d, Duration.ofSeconds(30)).until(x -> x.getPageSource().contains("Signed in as Mara Member"));
        step("member signed in by keyboard");

        // the first rating with the keyboard alone: from the group's page Tab to the activity's link, Enter; the level by typing; a link
        member.open(served.address() + AQ);
        WebElement rate = tabTo(member, e -> "a".equals(e.getTagName()) && e.getText().equals("Rate aq-2-1"), "the link Rate aq-2-1");
        member.leaving();
        rate.sendKeys(Keys.ENTER);
        member.awaitNextPage();
        Browser.waiting(d, Duration.ofSeconds(30)).until(x -> x.getCurrentUrl().endsWith(AQ + "/activity/aq-2-1"));
        tabTo(member, e -> "level".equals(e.getAttribute("id")), "the level").sendKeys("Significant");
        assertThat(new Select(d.findElement(By.id("level"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("significant");
        WebElement rationale = tabTo(member, e -> "rationale".equals(e.getAttribute("id")), "the rationale");
        rationale.sendKeys(Keys.chord(Keys.CONTROL, "a"), "The emissions reporting system was tested with SPA.");
        tabTo(member, e -> "evidenceTitle-0".equals(e.getAttribute("id")), "the first link's title").sendKeys("Test report", Keys.TAB);
        WebElement url = active(member);
        assertThat(url.getAttribute("id")).isEqualTo("evidenceUrl-0");
        member.leaving();
        url.sendKeys("https://example.org/emissions-test", Keys.ENTER);
        member.awaitNextPage();
        Browser.waiting(d, Duration.ofSeconds(30)).until(x -> x.getCurrentUrl().contains("saved=aq-2-1"));
        WebElement rated = d.findElement(By.id("activity-aq-2-1"));
        assertThat(rated.getText()).contains("Significant Progress", "The emissions reporting system was tested with SPA.");
        assertThat(rated.findElement(By.linkText("Test report")).getAttribute("href")).isEqualTo("https://example.org/emissions-test");
        step("rated by keyboard");

        // the second with an uploaded file
        Path file = Files.writeString(dir.resolve("survey-2016.csv"), "station,samples\nSan Diego,42\n");
        member.open(served.address() + AQ + "/activity/aq-3-3");
        new Select(d.findElement(By.id("level"))).selectByValue("achieved");
        replace(d.findElement(By.id("rationale")), "The monitoring survey was completed; its results are attached.");
        d.findElement(By.id("file1")).sendKeys(file.toString());
        d.findElement(By.id("fileTitle1")).sendKeys("Survey results 2016");
        press(member, "form.rate button.primary");
        assertThat(d.getCurrentUrl()).as(text(member)).contains("saved=aq-3-3");
        WebElement evidence = d.findElement(By.id("activity-aq-3-3")).findElement(By.linkText("Survey results 2016"));
        HttpResponse<String> attached = get(evidence.getAttribute("href"), d.manage().getCookies());
        assertThat(attached.statusCode()).isEqualTo(200);
        assertThat(attached.body()).isEqualTo("station,samples\nSan Diego,42\n");

        // an event and a figure
        member.open(served.address() + AQ + "/events");
        d.findElement(By.id("f-eventId")).sendKeys("aq-2016-cycle-workshop");
        new Select(d.findElement(By.id("f-kind"))).selectByValue("workshop");
        d.findElement(By.id("f-date")).sendKeys("2016-09-21");
        d.findElement(By.id("f-title")).sendKeys("Workshop on the emissions inventory");
        d.findElement(By.id("f-participants")).sendKeys("18");
        press(member, "form.edit button[type=submit]");
        assertThat(d.getCurrentUrl()).as(text(member)).endsWith(AQ + "/events/aq-2016-cycle-workshop?saved=1");
        member.open(served.address() + AQ + "/figures");
        d.findElement(By.id("f-figureId")).sendKeys("aq-2016-cycle-stations");
        d.findElement(By.id("f-label")).sendKeys("Monitoring stations reporting");
        d.findElement(By.id("f-value")).sendKeys("12");
        press(member, "form.edit button[type=submit]");
        assertThat(d.getCurrentUrl()).as(text(member)).endsWith(AQ + "/figures/aq-2016-cycle-stations?saved=1");
        step("rated with a file, event and figure added");

        // the next steps emptied (they are rewritten after the survey): the year has a gap
        write(member, AQ, "next-steps", "");
        // submit with the keyboard alone, saying why the year's gaps are there
        member.open(served.address() + "/review/" + YEAR);
        tabTo(member, e -> "air-quality-submit-incomplete".equals(e.getAttribute("id")), "the reason for the gaps")
                .sendKeys("The survey's second half comes in March.", Keys.TAB);
        WebElement submit = active(member);
        assertThat(submit.getTagName()).isEqualTo("button");
        member.leaving();
        submit.sendKeys(Keys.ENTER);
        member.awaitNextPage();
        Browser.waiting(d, Duration.ofSeconds(30)).until(x -> x.findElements(By.id("form-air-quality-submit")).isEmpty());
        assertThat(section(member, "air-quality")).containsIgnoringCase("submitted");
        step("submitted by keyboard");

        // the office returns it with a reason
        office.open(served.address() + "/review/" + YEAR);
        send(office, "air-quality-return", "reason", "Please give the stations figure for December, not June.");
        assertThat(section(office, "air-quality")).containsIgnoringCase("returned");

        // the member reads the reason, corrects the figure, submits again
        member.open(served.address() + "/review/" + YEAR);
        assertThat(section(member, "air-quality")).contains("Please give the stations figure for December, not June.", "Olivia Office");
        member.open(served.address() + AQ + "/figures/aq-2016-cycle-stations");
        replace(d.findElement(By.id("f-value")), "14");
        d.findElement(By.id("f-asOf")).sendKeys("2016-12-31");
        press(member, "form.edit button[type=submit]");
        assertThat(d.getCurrentUrl()).as(text(member)).endsWith("/figures/aq-2016-cycle-stations?saved=1");
        assertThat(d.findElement(By.id("f-value")).getAttribute("value")).isEqualTo("14");
        write(member, AQ, "next-steps", "Finish the monitoring survey in March 2017.");
        member.open(served.address() + "/review/" + YEAR);
        assertThat(d.findElements(By.id("air-quality-submit-incomplete"))).as("no gap left, no reason asked").isEmpty();
        send(member, "air-quality-submit");
        assertThat(d.findElements(By.id("form-air-quality-submit"))).isEmpty();
        step("returned, corrected, resubmitted");

        // the office approves every group and publishes
        for (String group : GROUPS) {
            office.open(served.address() + "/review/" + YEAR);
            if (!office.driver().findElements(By.id("form-" + group + "-submit")).isEmpty()) {
                send(office, group + "-submit", "incomplete", "Submitted by the program office for the test.");
                office.open(served.address() + "/review/" + YEAR);
            }
            send(office, group + "-approve");
        }
        // publishing without a reason for the texts written in English only is refused, on a phone in Spanish: each text is
        // named by its group, year and part in the page's words, linked to the page where it is written (not by file and path)
        office.open(served.address() + "/language/es?back=%2F");
        office.viewport(PHONE, 844, true);
        office.open(served.address() + "/review/" + YEAR);
        send(office, "publish", "allowMissing", "Published with the parts the shipped workspace misses.");
        WebElement untranslated = office.driver().findElement(By.cssSelector("#publish-problems a[href='" + AQ + "/narrative/next-steps']"));
        assertThat(untranslated.getText()).endsWith(", " + YEAR + ": la narrativa, próximos pasos");
        assertThat(text(office)).doesNotContain(".json:").doesNotContain("$.narrative");
        assertThat(office.number("return document.documentElement.scrollWidth")).as("the refusal at %d px", PHONE).isLessThanOrEqualTo(PHONE);
        assertThat(serious(office)).as("axe-core on the refused publication").isEmpty();
        office.follow(untranslated);
        assertThat(office.driver().getCurrentUrl()).endsWith(AQ + "/narrative/next-steps");
        office.desktop();
        office.open(served.address() + "/language/en?back=%2F");
        step("publication refused for untranslated texts, each linked");
        office.open(served.address() + "/review/" + YEAR);
        send(office, "publish", "allowMissing", "Published with the parts the shipped workspace misses.",
                "allowUntranslated", "The texts written in English during the test are translated later.");
        assertThat(text(office)).contains(YEAR + " is published");
        assertThat(office.driver().findElements(By.id("form-publish"))).isEmpty();
        step("approved and published");

        // the history names each person beside what they did
        office.open(served.address() + "/history?group=air-quality&year=" + YEAR);
        List<String> rows = office.driver().findElements(By.cssSelector("ol.history > li")).stream().map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("aq-2-1", "Mara Member"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("aq-2016-cycle-stations", "Mara Member"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsIgnoringCase("return").contains("Olivia Office"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsIgnoringCase("approve").contains("Olivia Office"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("aq-2-1").contains("Olivia Office"));

        // a visitor, not signed in: the published report page and its download
        Browser visitor = member;
        d.manage().deleteAllCookies();
        visitor.open(served.address() + "/report/" + YEAR);
        assertThat(d.getPageSource()).doesNotContain("Signed in as");
        // (the rationales are in the report's details: the text of the page, shown or folded)
        assertThat(all(visitor)).contains("The emissions reporting system was tested with SPA.", "Survey results 2016");
        inert(visitor, "the published report page");
        if (hostileWritten) {
            assertThat(all(visitor)).as("the markup in the published report").contains(SCRIPT, IMG);
        }
        assertThat(serious(visitor)).as("axe-core on the published report page").isEmpty();
        WebElement download = d.findElements(By.tagName("a")).stream()
                .filter(a -> String.valueOf(a.getAttribute("href")).endsWith("/report/" + YEAR + "/progress-report-" + YEAR + ".html"))
                .findFirst().orElseThrow(() -> new AssertionError("no link to the published HTML file on " + d.getCurrentUrl()));
        HttpResponse<String> file1 = get(download.getAttribute("href"), java.util.Set.of());
        assertThat(file1.statusCode()).isEqualTo(200);
        assertThat(file1.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(file1.body()).contains("Air Quality", "The emissions reporting system was tested with SPA.", "Survey results 2016");
        assertThat(Files.isDirectory(served.data().resolve("reports"))).isTrue();
        step("a visitor downloaded the published report");
    }

    // ------------------------------------------------------------------ helpers

    /** Tab from the element that has the focus until one matching {@code which} has it (at most 150 steps). */
    private static WebElement tabTo(Browser b, Predicate<WebElement> which, String what) {
        for (int i = 0; i < 150; i++) {
            WebElement focused = active(b);
            if (which.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab does not reach " + what + " on " + b.driver().getCurrentUrl() + ": " + text(b));
    }

    /** Clicks the button and waits until the page it sends the form to has replaced this one. */
    private static void press(Browser b, String button) {
        b.follow(b.driver().findElement(By.cssSelector(button)));
    }

    private static WebElement active(Browser b) {
        return b.driver().switchTo().activeElement();
    }

    /** Writes a part of the narrative (English only; empty empties it) with its form. */
    private static void write(Browser b, String year, String part, String english) {
        b.open(served.address() + year + "/narrative/" + part);
        replace(b.driver().findElement(By.id("paragraphs")), english);
        b.driver().findElement(By.id("paragraphsEs")).clear();
        press(b, "form.narrative button.primary");
        assertThat(b.driver().getCurrentUrl()).as(text(b)).doesNotContain("/narrative/");
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Fills in a review form's text fields that are there (the reason for gaps only where there are) and sends it with its button. */
    private static void send(Browser b, String form, String... fields) {
        WebElement element = b.driver().findElement(By.id("form-" + form));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String value = fields[i + 1];
            element.findElements(By.name(fields[i])).forEach(f -> f.sendKeys(value));
        }
        b.follow(element.findElement(By.cssSelector("button[type=submit]")));
    }

    private static String section(Browser b, String group) {
        return b.driver().findElement(By.id("group-" + group + "-section")).getText();
    }

    private static String text(Browser b) {
        return b.driver().findElement(By.tagName("body")).getText();
    }

    /** The text of the whole page, folded parts included (textContent; the page has no script element, see {@link #inert}). */
    private static String all(Browser b) {
        return (String) b.script("return document.body.textContent");
    }

    /** What the page shows of the hostile texts (for the log). */
    private static String shown(Browser b) {
        String text = text(b);
        return (text.contains(SCRIPT) ? "script " : "") + (text.contains(IMG) ? "img " : "") + (text.contains(ANCHOR) ? "anchor" : "");
    }

    /** Nothing of the hostile texts became markup, and nothing ran: no dialog, no script, no handler, no javascript: address. */
    private static void inert(Browser b, String page) {
        try {
            String alert = b.driver().switchTo().alert().getText();
            throw new AssertionError("a dialog opened on " + page + ": " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing opened
        }
        assertThat(b.script("return window.mouRan === undefined")).as("nothing ran on %s", page).isEqualTo(true);
        assertThat(b.number("return document.querySelectorAll('script').length")).as("no script element on %s", page).isZero();
        assertThat(b.number("return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"))
                .as("no element with an event handler on %s", page).isZero();
        assertThat(b.number("return document.querySelectorAll('img[src=x], img[src$=\"/x\"]').length")).as("no injected img on %s", page).isZero();
        assertThat(b.number("return [...document.querySelectorAll('[href],[src],[action],[formaction]')].filter(e =>"
                + " /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction') || '')).length"))
                .as("no javascript: address on %s", page).isZero();
    }

    private static List<String> serious(Browser b) {
        List<String> violations = b.axe();
        assertThat(violations).as("axe-core ran").noneMatch(v -> v.startsWith("axe-core failed"));
        return violations.stream().filter(v -> v.contains("(serious)") || v.contains("(critical)")).toList();
    }

    /** A GET with the browser's cookies (none for a visitor). */
    private static HttpResponse<String> get(String address, java.util.Set<org.openqa.selenium.Cookie> cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.stream().map(c -> c.getName() + "=" + c.getValue()).toList()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
