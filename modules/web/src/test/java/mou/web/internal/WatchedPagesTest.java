package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change signal of a server ({@link WorkspaceWatch}, as {@code serve} starts it): a request
 * compares the watch's generation and the store's count of its commits instead of looking at every
 * file, and still never shows a page older than a change made before it: the application's own save,
 * a hand edit, a new file in a new folder (and a later edit of it), a removed file, another process's
 * save (another store of its own over the same folder, which this store's count does not see).
 */
class WatchedPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");

    @TempDir
    Path home;

    WebFixture web;
    WebFixture.Browser office;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home).watched();
        office = web.browser(WebFixture.office());
    }

    @AfterEach
    void tearDown() {
        web.app.snapshots.close();
    }

    private String get(WebFixture.Browser browser, String path) {
        Response r = browser.get(path);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.text();
    }

    /** The rating form's version, to post a change that is not a conflict. */
    private static String version(Response page) {
        Matcher m = VERSION.matcher(page.text());
        assertThat(m.find()).as("the page has a form with a version").isTrue();
        return m.group(1);
    }

    private static void rate(WebFixture.Browser member, String level) {
        Response saved = member.post("/group/air-quality/2016/rate/aq-1-1", "version", version(member.get("/group/air-quality/2016/activity/aq-1-1")),
                "level", level, "rationale", "Why it stands at " + level + ".", "evidenceTitle", "", "evidenceUrl", "");
        assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    }

    @Test
    void requestsCompareANumberAndLookAtNoFile() throws Exception {
        long looks = web.app.snapshots.looks();
        String before = get(office, "/");
        for (int i = 0; i < 5; i++) {
            assertThat(get(office, "/")).isEqualTo(before);
            get(office, "/report/2016");
        }
        Path year = web.data.resolve("groups/air-quality/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\"level\": \"moderate\"", "\"level\": \"achieved\""));
        assertThat(get(office, "/")).isNotEqualTo(before);
        assertThat(web.app.snapshots.looks()).as("no look at every file while the watch is trusted").isEqualTo(looks);
    }

    /** A page as an application that keeps nothing yet (a store and pages of its own) shows it now, its CSRF tokens left out. */
    private String fresh(String path) throws Exception {
        WebFixture fresh = new WebFixture(web.data, false);
        return withoutTokens(get(fresh.browser(WebFixture.office()), path));
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }

    /** The watched application's page equals a fresh one's. */
    private void current(String path) throws Exception {
        assertThat(withoutTokens(get(office, path))).as(path).isEqualTo(fresh(path));
    }

    @Test
    void theApplicationsOwnSaveIsOnTheNextPage() throws Exception {
        WebFixture.Browser member = web.browser(WebFixture.member("air-quality"));
        String before = get(office, "/");
        String report = get(office, "/report/2016");
        rate(member, "significant");
        assertThat(get(office, "/")).isNotEqualTo(before);
        assertThat(get(office, "/report/2016")).isNotEqualTo(report);
        current("/");
        current("/report/2016");
    }

    @Test
    void anotherProcesssSaveIsOnTheNextPage() throws Exception {
        // another application with a store of its own over the same folder: this store's count of its commits does not change
        WebFixture other = new WebFixture(web.data, false);
        long commits = web.app.store.commits(web.data);
        String before = get(office, "/report/2016");
        rate(other.browser(WebFixture.member("air-quality")), "significant");
        assertThat(web.app.store.commits(web.data)).isEqualTo(commits);
        assertThat(get(office, "/report/2016")).isNotEqualTo(before);
        current("/report/2016");
        current("/");
        // and again, through this application's own store
        rate(web.browser(WebFixture.member("air-quality")), "initial");
        assertThat(web.app.store.commits(web.data)).isGreaterThan(commits);
        current("/report/2016");
        current("/");
    }

    @Test
    void aHandEditKeepingSizeAndTimeIsOnTheNextPage() throws Exception {
        Path year = web.data.resolve("groups/air-quality/2016.json");
        String before = get(office, "/");
        for (int round = 0; round < 10; round++) {
            var time = Files.getLastModifiedTime(year);
            String content = Files.readString(year);
            boolean up = round % 2 == 0;
            Files.writeString(year, content.replaceFirst("\"level\": \"" + (up ? "moderate" : "achieved") + "\"",
                    "\"level\": \"" + (up ? "achieved" : "moderate") + "\""));
            Files.setLastModifiedTime(year, time);
            String page = get(office, "/");
            if (up) {
                assertThat(page).as("round %d", round).isNotEqualTo(before);
            } else {
                assertThat(page).as("round %d", round).isEqualTo(before);
            }
        }
    }

    @Test
    void aNewFileInANewFolderIsOnTheNextPageAndSoIsItsNextEdit() throws Exception {
        String rendered = get(office, "/report/2016");
        Path folder = web.data.resolve("published/2016");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("progress-report-2016.html"), "<!DOCTYPE html><html><head></head><body><p>First published text</p></body></html>");
        assertThat(get(office, "/report/2016")).isNotEqualTo(rendered).contains("First published text");
        // the new folder is watched now: an edit in it is seen
        Files.writeString(folder.resolve("progress-report-2016.html"), "<!DOCTYPE html><html><head></head><body><p>Second published text</p></body></html>");
        assertThat(get(office, "/report/2016")).contains("Second published text").doesNotContain("First published text");
        // and a file removed: the year is still published (its folder is there), without its English report
        Files.delete(folder.resolve("progress-report-2016.html"));
        Response gone = office.get("/report/2016");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text()).contains("2016 was published without its report in English").doesNotContain("published text");
    }

    @Test
    void aRemovedFileIsOnTheNextPage() throws Exception {
        String before = get(office, "/");
        assertThat(before).doesNotContain(Ui.of("en").t("dashboard.notOpened"));
        Files.delete(web.data.resolve("groups/air-quality/2016.json"));
        assertThat(get(office, "/")).contains(Ui.of("en").t("dashboard.notOpened"));
    }

    @Test
    void hiddenFilesChangeNothingKept() throws Exception {
        get(office, "/report/2016");
        long generation = watchGeneration();
        Files.writeString(web.data.resolve(".mou.scratch"), "a save's temporary file");
        Files.delete(web.data.resolve(".mou.scratch"));
        get(office, "/report/2016");
        assertThat(watchGeneration()).isEqualTo(generation);
        Files.writeString(web.data.resolve("notes.txt"), "a file of the workspace");
        get(office, "/report/2016");
        assertThat(watchGeneration()).isGreaterThan(generation);
    }

    private long watchGeneration() {
        return web.app.snapshots.current().hash();
    }

    @Test
    void keptPagesAreKeptPerLanguageAndShowEachViewerTheirOwnFrame() throws Exception {
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        String english = get(office, "/");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = get(office, "/");
        assertThat(spanish).contains("<html lang=\"es\">").contains(Ui.of("es").t("dashboard.review"))
                .doesNotContain(Ui.of("en").t("dashboard.review"));
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);
        assertThat(get(office, "/")).isEqualTo(english);
        // the office's page was kept: a reader gets the same content in a frame of their own (no plugins page, their own token)
        String read = get(reader, "/");
        assertThat(english).contains("href=\"/plugins\"").contains(WebFixture.csrfOf(office.get("/")));
        assertThat(read).doesNotContain("href=\"/plugins\"").doesNotContain(WebFixture.csrfOf(office.get("/")));
        assertThat(withoutTokens(read)).isEqualTo(withoutTokens(fresh(WebFixture.reader(), "/")));
        // the report page in each language of the report and of the bar
        String report = get(office, "/report/2016");
        assertThat(get(office, "/report/2016")).isEqualTo(report);
        Response es = office.get("/report/2016", "lang", "es");
        assertThat(es.text()).isNotEqualTo(report).contains("lang=\"es\"");
        assertThat(withoutTokens(es.text())).isEqualTo(withoutTokens(fresh(WebFixture.office(), "/report/2016", "lang", "es")));
    }

    private String fresh(User user, String path, String... query) throws Exception {
        WebFixture fresh = new WebFixture(web.data, false);
        return fresh.browser(user).get(path, query).text();
    }
}
