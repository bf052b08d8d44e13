package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old form that sends invalid values to a published year is told that the year is published and final (409), in the
 * page's language, not given field errors (400) to correct values that could never be saved; nothing changes.
 */
class LockedFirstPagesTest {

    static final String GROUP = "air-quality";

    @TempDir
    Path home;

    WebFixture web;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home);
    }

    @Test
    void invalidValuesPostedToAPublishedYearAreRefusedAsPublished() throws Exception {
        Path year = web.data.resolve("groups/" + GROUP + "/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\\{", "{\"review\": [{\"state\": \"published\", \"by\": \"Office\","
                + " \"at\": \"2017-03-20T10:00:00Z\"}],"));
        Map<String, Integer> before = ReviewPagesTest.files(web.data);
        WebFixture.Browser member = web.browser(WebFixture.member(GROUP));
        String base = "/group/" + GROUP + "/2016";
        List<String[]> posts = new ArrayList<>();
        posts.add(new String[] {base + "/rate/aq-1-1", "version", "x", "level", "excellent", "rationale", ""});
        posts.add(new String[] {base + "/narrative/summary", "version", "x", "text", "bell \u0007 here"});
        posts.add(new String[] {base + "/events", "readAt", "x", "eventId", "Not An Id!", "kind", "party", "title", "", "date", "yesterday",
                "participants", "many"});
        posts.add(new String[] {base + "/figures", "readAt", "x", "figureId", "aq-2016-fig", "label", "", "value", "12,5", "target", "lots"});
        posts.add(new String[] {base + "/updates/Q1", "readAt", "x", "happened", ""});
        for (String[] post : posts) {
            String path = post[0];
            String[] fields = java.util.Arrays.copyOfRange(post, 1, post.length);
            Response en = member.post(path, fields);
            assertThat(en.status()).as(path + "\n" + en.text()).isEqualTo(409);
            assertThat(en.text()).as(path).contains("air-quality 2016 was published (by Office on 2017-03-20T10:00:00Z) and is locked");
            member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
            Response es = member.post(path, fields);
            member.cookies.remove(WebApp.LANGUAGE_COOKIE);
            assertThat(es.status()).as(path).isEqualTo(409);
            assertThat(es.text()).as(path).contains("publicado").doesNotContain("was published");
        }
        assertThat(ReviewPagesTest.files(web.data)).isEqualTo(before);
    }
}
