package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request is answered with when its bytes were kept between requests: the report page's
 * gzip form (compressed once, when the page was kept) is the page itself, and after a change of
 * the workspace both the page and its gzip form show the change at the next request; the frame's
 * kept head and menu ({@link Page#head}, {@link WebApp#menu}) give each person their own name and
 * token, each role its own menu, each language its own words, and the menu follows the plugins.
 */
class KeptBytesTest {

    @TempDir
    Path home;

    WebFixture web;
    Path year;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home);
        year = web.data.resolve("groups/air-quality/2016.json");
    }

    static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theReportPagesGzipFormIsThePageAndFollowsAChange() throws Exception {
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response first = office.get("/report/2016");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        first = untilGzipped(office, "/report/2016"); // made in the background: meanwhile the page goes as it is
        assertThat(first.gzipped()).as("kept beside the page").isNotNull();
        assertThat(first.gzipped().length).as("smaller than the page").isLessThan(first.body().length / 2);
        assertThat(gunzip(first.gzipped())).isEqualTo(first.text());
        assertThat(office.get("/report/2016").gzipped()).as("the same kept bytes, not compressed again").isSameAs(first.gzipped());

        // a rating of the report changed by hand, the file's size and time kept: the next page and its gzip form show it
        FileTime time = Files.getLastModifiedTime(year);
        String content = Files.readString(year);
        assertThat(content).contains("\"level\": \"moderate\"");
        Files.writeString(year, content.replaceFirst("\"level\": \"moderate\"", "\"level\": \"achieved\""));
        Files.setLastModifiedTime(year, time);
        Response after = untilGzipped(office, "/report/2016");
        assertThat(after.text()).isNotEqualTo(first.text());
        assertThat(gunzip(after.gzipped())).isEqualTo(after.text());
    }

    /** The page once its gzip form is ready (made on a thread of its own after the page was first asked for). */
    private static Response untilGzipped(WebFixture.Browser browser, String path) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        Response page = browser.get(path);
        while (page.gzipped() == null && System.nanoTime() < deadline) {
            assertThat(page.status()).isEqualTo(200);
            Thread.sleep(5);
            page = browser.get(path);
        }
        return page;
    }

    @Test
    void aPageMadeForTheRequestHasNoGzipForm() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response dashboard = office.get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.gzipped()).as("the frame is made per request: nothing to compress once").isNull();
    }

    @Test
    void theDashboardIsWrittenInPartsItsKeptContentNotCopied() throws IOException {
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response first = office.get("/");
        Response second = office.get("/");
        assertThat(first.parts().length).as("head, who is signed in, the kept content, the end").isEqualTo(4);
        assertThat(second.parts()[2]).as("the kept content itself").isSameAs(first.parts()[2]);
        assertThat(second.parts()[0]).as("the kept head").isSameAs(first.parts()[0]);
        assertThat(first.length()).isEqualTo(first.body().length);
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        first.writeBody(written);
        assertThat(written.toByteArray()).isEqualTo(first.body());
        assertThat(first.text()).startsWith("<!DOCTYPE html>").contains("Olivia Office").endsWith("</html>\n");
        // the security headers and a cookie added after the page was made keep its parts
        assertThat(first.headers()).containsKey("Content-Security-Policy");
        assertThat(first.cookie("x", "y", 1).parts()).isSameAs(first.parts());
    }

    @Test
    void theKeptFrameIsEveryonesOwn() {
        User other = new User("Oscar <Other> & Co", Role.PROGRAM_OFFICE, java.util.Set.of());
        for (String language : List.of("en", "es")) {
            WebFixture.Browser olivia = web.browser(WebFixture.office());
            WebFixture.Browser oscar = web.browser(other);
            WebFixture.Browser rita = web.browser(WebFixture.reader());
            WebFixture.Browser visitor = web.browser(null);
            for (WebFixture.Browser b : List.of(olivia, oscar, rita, visitor)) {
                b.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            }
            for (String path : List.of("/", "/report")) { // the dashboard's kept content, and a page written for the request
                String oliviaPage = olivia.get(path).text();
                String oscarPage = oscar.get(path).text();
                assertThat(oliviaPage).startsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">").contains("Olivia Office")
                        .contains(olivia.csrf()).doesNotContain("Oscar").doesNotContain(oscar.csrf());
                assertThat(oscarPage).contains("Oscar &lt;Other&gt; &amp; Co").contains(oscar.csrf()).doesNotContain("Olivia")
                        .doesNotContain(olivia.csrf()).doesNotContain("<Other>");
                assertThat(oscarPage).as("the same page but for who is signed in").isEqualTo(oliviaPage.replace("Olivia Office",
                        "Oscar &lt;Other&gt; &amp; Co").replace(olivia.csrf(), oscar.csrf()));
                assertThat(oliviaPage).contains("href=\"/plugins\"");
                String ritaPage = rita.get(path).text();
                assertThat(ritaPage).contains("Rita Reader").contains(rita.csrf()).doesNotContain("href=\"/plugins\"").doesNotContain("Olivia");
            }
            String visitorPage = visitor.get("/report").text();
            assertThat(visitorPage).contains("href=\"/sign-in?back=%2Freport\"").doesNotContain("href=\"/review\"")
                    .doesNotContain("Olivia").doesNotContain("Rita");
        }
    }

    @Test
    void theKeptMenuFollowsThePlugins() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        assertThat(office.get("/report").text()).doesNotContain("/panel/");
        web.contributions.add(new Installed.Contributed(WebAppTest.contribution("air-panel", "Air panel", (c, html) -> { }), "mou.group-air 1.0.0"));
        web.generation.incrementAndGet();
        assertThat(office.get("/report").text()).contains("href=\"/panel/air-panel\"").contains("Air panel");
        web.contributions.clear();
        web.generation.incrementAndGet();
        assertThat(office.get("/report").text()).doesNotContain("/panel/");
    }

    @Test
    void aBodyIsCompressedInTheBackgroundAndGoesAsItIsUntilThen() throws Exception {
        byte[] body = "<p>a large report</p>\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        KeptGzip small = new KeptGzip(body, body.length);
        byte[] atOnce = small.now();
        assertThat(atOnce).as("compressed when first asked for").isNotNull();
        assertThat(small.now()).as("once").isSameAs(atOnce);
        assertThat(gunzip(atOnce).getBytes(StandardCharsets.UTF_8)).isEqualTo(body);

        KeptGzip large = new KeptGzip(body, body.length - 1);
        byte[] later = large.now();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (later == null && System.nanoTime() < deadline) {
            Thread.sleep(5); // meanwhile the body goes uncompressed
            later = large.now();
        }
        assertThat(later).as("made in the background").isNotNull();
        assertThat(large.now()).isSameAs(later);
        assertThat(gunzip(later).getBytes(StandardCharsets.UTF_8)).isEqualTo(body);

        // with nothing more to do, the background thread ends: none is left behind when the bundle stops
        long idle = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(KeptGzip.IDLE_SECONDS + 20);
        while (gzipThreads() > 0 && System.nanoTime() < idle) {
            Thread.sleep(50);
        }
        assertThat(gzipThreads()).isZero();
    }

    private static long gzipThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mou-web-gzip") && t.isAlive()).count();
    }

    @Test
    void gzipIsSentOnlyToAClientThatAcceptsIt() {
        assertThat(accepts("gzip, deflate, br")).isTrue();
        assertThat(accepts("deflate", "gzip;q=0.5")).as("over two headers").isTrue();
        assertThat(accepts("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts("gzip;q=0")).as("refused").isFalse();
        assertThat(accepts("gzip; q=0.000")).as("refused").isFalse();
        assertThat(accepts("*, gzip;q=0")).as("named and refused, whatever * says").isFalse();
        assertThat(accepts("*;q=0")).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts()).as("no header").isFalse();
        assertThat(WebServlet.acceptsGzip(null)).isFalse();
    }

    private static boolean accepts(String... headers) {
        return WebServlet.acceptsGzip(Collections.enumeration(List.of(headers)));
    }
}
