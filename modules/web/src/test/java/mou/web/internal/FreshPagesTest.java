package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages kept between requests ({@link Snapshots}: the workspace, the dashboard's content) are
 * never served after a change of the workspace's files: a request made after a file was edited by
 * hand (even keeping its size and modification time) shows the edit, also while other requests
 * keep the server busy and share their looks at the files.
 */
class FreshPagesTest {

    @TempDir
    Path home;

    WebFixture web;
    Path year;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home);
        year = web.data.resolve("groups/air-quality/2016.json");
        assertThat(Files.readString(year)).contains("\"level\": \"moderate\"");
    }

    private String dashboard(WebFixture.Browser browser) {
        Response r = browser.get("/");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.text();
    }

    /** Edits the year file by hand, in place: one rating's level, to a word of the same length, the modification time kept. */
    private void edit(String from, String to) throws Exception {
        FileTime time = Files.getLastModifiedTime(year);
        String content = Files.readString(year);
        Files.writeString(year, content.replaceFirst("\"level\": \"" + from + "\"", "\"level\": \"" + to + "\""));
        Files.setLastModifiedTime(year, time);
    }

    /** As {@link #edit}, as an editor that saves into a new file and renames it over the old one (never half a file on disk). */
    private void replace(String from, String to) throws Exception {
        FileTime time = Files.getLastModifiedTime(year);
        Path edited = year.resolveSibling(".2016.json.edit");
        Files.writeString(edited, Files.readString(year).replaceFirst("\"level\": \"" + from + "\"", "\"level\": \"" + to + "\""));
        Files.setLastModifiedTime(edited, time);
        Files.move(edited, year, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aFileEditedByHandIsShownAtTheNextRequest() throws Exception {
        WebFixture.Browser office = web.browser(WebFixture.office());
        String before = dashboard(office);
        assertThat(dashboard(office)).as("kept and the same").isEqualTo(before);

        edit("moderate", "achieved");
        String after = dashboard(office);
        assertThat(after).isNotEqualTo(before);

        edit("achieved", "moderate");
        assertThat(dashboard(office)).isEqualTo(before);
    }

    @Test
    void noStalePageWhileManyRequestsShareTheirLooksAtTheFiles() throws Exception {
        WebFixture.Browser office = web.browser(WebFixture.office());
        String moderate = dashboard(office);
        edit("moderate", "achieved");
        String achieved = dashboard(office);
        assertThat(achieved).isNotEqualTo(moderate);

        AtomicBoolean busy = new AtomicBoolean(true);
        ExecutorService others = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                WebFixture.Browser other = web.browser(WebFixture.reader());
                running.add(others.submit(() -> {
                    while (busy.get()) {
                        assertThat(other.get("/").status()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (int round = 0; round < 20; round++) {
                boolean toModerate = round % 2 == 0;
                replace(toModerate ? "achieved" : "moderate", toModerate ? "moderate" : "achieved");
                assertThat(dashboard(office)).as("round %d", round).isEqualTo(toModerate ? moderate : achieved);
            }
            busy.set(false);
            for (Future<?> f : running) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            busy.set(false);
            others.shutdownNow();
        }
    }
}
