package mou.itest;

import static mou.itest.FaultIsolationIT.AIR_QUALITY_CHAPTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mou.itest.TestPlugins.Behaviour;
import mou.itest.TestPlugins.Plugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section that does not finish in time is left behind and the report is written without it:
 * the real framework with a section time limit of 1.5 s (mou.section.timeout), for this class only.
 */
class SectionTimeLimitIT {

    static InProcessApp mou;

    @TempDir
    Path dir;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot(Map.of("mou.section.timeout", "1500"));
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @Test
    void aSectionThatDoesNotFinishInTimeIsLeftBehindAndTheReportIsWritten() throws Exception {
        mou.reset(App.groupJar());
        Plugin stuck = FaultIsolationIT.dropIn(mou, dir, "stuck", "Stuck", Behaviour.HANGS);

        long started = System.nanoTime();
        App.Run report = mou.run("report", "--format", "md");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(took).as("the report does not wait for the stuck section").isLessThan(Duration.ofSeconds(60));
        assertThat(report.err()).as(report.toString()).contains("report: plugin failure: " + stuck.symbolicName()
                + " 1.0.0 (group stuck): section stuck.chapter did not finish in time: it did not finish within 1.5 s");
        assertThat(Files.readString(mou.app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8))
                .contains("The section \"stuck.chapter\" of Stuck Working Group (plugin " + stuck.symbolicName()
                        + " 1.0.0, working group stuck) could not be written: it did not finish within 1.5 s")
                .contains(AIR_QUALITY_CHAPTER)
                .contains("Final Comments");
    }
}
