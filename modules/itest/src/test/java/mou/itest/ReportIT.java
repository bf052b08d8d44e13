package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report` end to end in the real framework (one for the class), on a fresh copy of the shipped workspace each. */
class ReportIT {

    static InProcessApp mou;

    @TempDir
    Path dir;

    App app;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @BeforeEach
    void home() throws Exception {
        mou.reset(App.groupJar());
        app = mou.app;
    }

    @Test
    void writesHtmlMarkdownAndJsonForTheLatestYearAndPrintsTheirPaths() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("somewhere else"));
        Map<String, String> before = App.fingerprint(app.data);

        App.Run run = mou.runIn(cwd, "report");

        assertThat(run.exit()).as(run.toString()).isZero();
        Path out = cwd.resolve("out");
        assertThat(App.names(out)).as("every installed format but the PDF, written when asked for").containsExactlyInAnyOrder(
                "progress-report-2016.html", "progress-report-2016.md", "progress-report-2016.json");
        assertThat(run.outLines()).containsExactlyInAnyOrder(
                out.resolve("progress-report-2016.html").toString(),
                out.resolve("progress-report-2016.md").toString(),
                out.resolve("progress-report-2016.json").toString());
        String html = Files.readString(out.resolve("progress-report-2016.html"));
        assertThat(html).containsIgnoringCase("<html").contains("Air Quality").contains("2016");
        assertThat(Files.readString(out.resolve("progress-report-2016.md"))).startsWith("#").contains("Air Quality");
        assertThat(Files.readString(out.resolve("progress-report-2016.json")).strip()).startsWith("{").endsWith("}").contains("2016");
        assertThat(App.fingerprint(app.data)).as("the workspace is only read").isEqualTo(before);
    }

    @Test
    void writesTheChosenFormatsIntoTheChosenFolder() throws Exception {
        App.Run run = mou.run("report", "--year", "2016", "--format", "md", "--out", "site/reports with space");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(App.names(app.home.resolve("site/reports with space"))).containsExactly("progress-report-2016.md");
        assertThat(run.outLines()).containsExactly(app.home.resolve("site/reports with space/progress-report-2016.md").toString());
    }

    @Test
    void anUnknownFormatOrYearIsAUsageErrorAndWritesNothing() throws Exception {
        App.Run format = mou.run("report", "--format", "html,docx");
        App.Run year = mou.run("report", "--year", "1999");
        App.Run notAYear = mou.run("report", "--year", "next");

        assertThat(format.exit()).as(format.toString()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'docx'").contains("html").contains("json").contains("md");
        assertThat(year.exit()).as(year.toString()).isEqualTo(2);
        assertThat(year.err()).contains("no progress for 1999").contains("2016");
        assertThat(notAYear.exit()).isEqualTo(2);
        assertThat(notAYear.err()).contains("--year must be a year");
        assertThat(App.names(app.home.resolve("out"))).isEmpty();
    }

    @Test
    void aWorkspaceWithErrorsExitsOneAndWritesNothing() throws Exception {
        Broken.levelAndActivity(app.data);

        App.Run run = mou.run("report");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("groups/air-quality/2016.json:").contains("nothing was written");
        assertThat(run.out()).isEmpty();
        assertThat(App.names(app.home.resolve("out"))).isEmpty();
    }
}
