package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.itest.TestPlugins.Behaviour;
import mou.itest.TestPlugins.Plugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken plugin beside the shipped Air Quality plugin: the report is still written with a
 * notice naming the plugin (bundle and group) and the cause where its part would be, `report`
 * exits 4, `--strict` writes nothing, and `groups` and `validate` show the problem. In the real
 * framework, one for the class; a section out of time is in {@link SectionTimeLimitIT}.
 */
class FaultIsolationIT {

    /** What the shipped Air Quality plugin's chapter is called: it must survive every fault. */
    static final String AIR_QUALITY_CHAPTER = "Cooperation on Air Quality";

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

    /** A plugin built by the test, put into the plugins folder as the next run finds it. */
    static Plugin dropIn(InProcessApp mou, Path builds, String groupId, String name, Behaviour behaviour) throws Exception {
        Plugin plugin = new Plugin(groupId, name, "1.0.0", behaviour);
        mou.plug(TestPlugins.build(plugin, builds, "group-" + groupId + "-1.0.0.jar"));
        return plugin;
    }

    private Plugin dropIn(String groupId, String name, Behaviour behaviour) throws Exception {
        return dropIn(mou, dir, groupId, name, behaviour);
    }

    private String read(String file) throws Exception {
        return Files.readString(app.home.resolve("out").resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void aGroupWhoseComponentFailsToActivateIsNamedInTheReportAndInGroupsAndValidate() throws Exception {
        Plugin broken = dropIn("unlicensed", "Unlicensed", Behaviour.FAILS_TO_ACTIVATE);

        App.Run report = mou.run("report", "--format", "md,json");
        App.Run groups = mou.run("groups");
        App.Run validate = mou.run("validate");

        String plugin = broken.symbolicName() + " 1.0.0";
        String cause = "IllegalStateException: no licence to report for Unlicensed";
        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(report.errLines()).as(report.toString()).contains("report: plugin failure: " + plugin + " (group unlicensed): component "
                + broken.packageName() + ".TestGroup failed to activate: " + cause);
        assertThat(report.err()).as(report.toString()).contains("the report was written, but 1 plugin failure left parts of it missing");
        assertThat(report.outLines()).as(report.toString()).hasSize(2);
        String markdown = read("progress-report-2016.md");
        assertThat(markdown).contains("Parts missing from this report")
                .contains("The plugin " + plugin + " (working group unlicensed) is installed but not running, so its part of this"
                        + " report is missing: its component " + broken.packageName() + ".TestGroup failed to start: " + cause)
                .contains(AIR_QUALITY_CHAPTER)
                .doesNotContain(broken.chapterTitle());
        assertThat(markdown.indexOf("Parts missing from this report")).as("the notice stands where the chapters begin")
                .isLessThan(markdown.indexOf(AIR_QUALITY_CHAPTER));
        assertThat(read("progress-report-2016.json")).contains("no licence to report for Unlicensed");

        assertThat(groups.exit()).as(groups.toString()).isZero();
        assertThat(groups.out()).as(groups.toString()).contains(App.GROUP_ID + "  ")
                .contains("plugin problems (these plugins are installed but do not run):")
                .contains("  " + plugin + " (group unlicensed): component " + broken.packageName() + ".TestGroup failed to activate: " + cause);
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.out()).as(validate.toString()).contains("failed to activate: " + cause).containsPattern("; 0 errors, \\d+ warnings?, 1 plugin problem\n");
    }

    @Test
    void aGroupWaitingForAServiceNobodyOffersIsNamedWithWhatItWaitsFor() throws Exception {
        Plugin waiting = dropIn("waiting", "Waiting", Behaviour.WAITS_FOR_A_SERVICE);

        App.Run groups = mou.run("groups");
        App.Run report = mou.run("report", "--format", "md");

        String problem = waiting.symbolicName() + " 1.0.0 (group waiting): component " + waiting.packageName()
                + ".TestGroup is not satisfied: it needs a " + waiting.packageName() + ".TestGroup$Licence service";
        assertThat(groups.out()).as(groups.toString()).contains("  " + problem).doesNotContain("waiting  Waiting Working Group");
        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(report.err()).as(report.toString()).contains("report: plugin failure: " + problem);
        assertThat(read("progress-report-2016.md")).contains("its component " + waiting.packageName()
                + ".TestGroup waits for something that is not there").contains(AIR_QUALITY_CHAPTER);
    }

    @Test
    void aSectionThatThrowsLeavesANoticeInEveryFormatAndStrictWritesNothing() throws Exception {
        Plugin throwing = dropIn("fragile", "Fragile", Behaviour.THROWS);

        App.Run strict = mou.run("report", "--strict");
        List<String> afterStrict = App.names(app.home.resolve("out"));
        App.Run report = mou.run("report");

        String notice = "The section \"fragile.chapter\" of Fragile Working Group (plugin " + throwing.symbolicName()
                + " 1.0.0, working group fragile) could not be written: IllegalStateException: the Fragile chapter broke on purpose";
        assertThat(strict.exit()).as(strict.toString()).isEqualTo(4);
        assertThat(strict.err()).as(strict.toString()).contains("section fragile.chapter failed: IllegalStateException: the Fragile chapter broke on purpose")
                .contains("report: --strict: 1 plugin failure, so nothing was written");
        assertThat(strict.out()).as(strict.toString()).isEmpty();
        assertThat(afterStrict).isEmpty();

        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(App.names(app.home.resolve("out"))).containsExactlyInAnyOrder(
                "progress-report-2016.html", "progress-report-2016.md", "progress-report-2016.json");
        String markdown = read("progress-report-2016.md");
        assertThat(markdown).contains(notice).contains(AIR_QUALITY_CHAPTER).contains("Final Comments");
        assertThat(read("progress-report-2016.html")).contains("Fragile Working Group (plugin " + throwing.symbolicName())
                .contains("the Fragile chapter broke on purpose").contains(AIR_QUALITY_CHAPTER);
        assertThat(read("progress-report-2016.json")).contains("the Fragile chapter broke on purpose").contains(AIR_QUALITY_CHAPTER);
    }

    @Test
    void aHealthyPluginBesideTheShippedOneChangesNothingButAddsItsChapter() throws Exception {
        Plugin healthy = dropIn("lab", "Testing", Behaviour.WRITES);

        App.Run report = mou.run("report", "--strict", "--format", "md");

        assertThat(report.exit()).as(report.toString()).isZero();
        assertThat(report.err()).as(report.toString()).doesNotContain("plugin failure");
        String markdown = read("progress-report-2016.md");
        assertThat(markdown).contains(healthy.chapterTitle()).contains(healthy.chapterText()).contains(AIR_QUALITY_CHAPTER)
                .doesNotContain("Parts missing from this report");
        assertThat(markdown.indexOf(AIR_QUALITY_CHAPTER)).as("chapters in their plugins' order (620, then 695)")
                .isLessThan(markdown.indexOf(healthy.chapterTitle()));
    }
}
