package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mou.itest.TestPlugins.Behaviour;
import mou.itest.TestPlugins.Plugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a plugin built outside this repository (by the test, with bnd), as its group would
 * live it: install, report, a newer version replacing the older, uninstall; and what happens to
 * a plugin that does not fit when it is put into the plugins folder by hand. In the real framework,
 * one for the class; how the launcher reports jars of the plugins folder that do not start is in
 * {@link LauncherIT}.
 */
class PluginLifecycleIT {

    static InProcessApp mou;

    @TempDir
    Path dir;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    private static String markdown(App app) throws Exception {
        return Files.readString(app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8);
    }

    @Test
    void installReportUpdateToANewerVersionThenUninstall() throws Exception {
        mou.reset();
        App app = mou.app;
        Path builds = Files.createDirectories(dir.resolve("builds"));
        Plugin first = new Plugin("lab", "Testing", "1.0.0", Behaviour.WRITES);
        Plugin second = new Plugin("lab", "Testing", "1.1.0", Behaviour.WRITES);
        Path firstJar = TestPlugins.build(first, builds, "group-lab-1.0.0.jar");
        Path secondJar = TestPlugins.build(second, builds, "group-lab-1.1.0.jar");

        App.Run install = mou.run("install", firstJar.toString());
        App.Run groupsBefore = mou.run("groups");
        App.Run reportBefore = mou.run("report", "--format", "md");
        String before = markdown(app);

        assertThat(install.exit()).as(install.toString()).isZero();
        assertThat(install.out()).as(install.toString()).startsWith("installed lab (Testing Working Group) " + first.symbolicName() + " 1.0.0 as ");
        assertThat(groupsBefore.out()).as(groupsBefore.toString()).contains("lab  Testing Working Group").contains("bundle: " + first.symbolicName() + " 1.0.0")
                .contains("lab.chapter  (order 695)");
        assertThat(reportBefore.exit()).as(reportBefore.toString()).isZero();
        assertThat(before).contains(first.chapterTitle()).contains(first.chapterText());

        App.Run update = mou.run("install", secondJar.toString());
        App.Run groupsAfter = mou.run("groups");
        App.Run reportAfter = mou.run("report", "--format", "md");
        String after = markdown(app);

        assertThat(update.exit()).as(update.toString()).isZero();
        assertThat(update.out()).as(update.toString()).startsWith("updated lab (Testing Working Group) " + second.symbolicName() + " 1.1.0 as ");
        assertThat(App.names(app.plugins)).as("an update, not a second copy, named for its version").containsExactly("group-lab-1.1.0.jar");
        assertThat(Files.readAllBytes(app.plugins.resolve("group-lab-1.1.0.jar"))).isEqualTo(Files.readAllBytes(secondJar));
        assertThat(groupsAfter.out()).as(groupsAfter.toString()).contains("bundle: " + second.symbolicName() + " 1.1.0")
                .doesNotContain(first.symbolicName() + " 1.0.0");
        assertThat(groupsAfter.out().split("lab  Testing Working Group", -1)).as("listed once").hasSize(2);
        assertThat(reportAfter.exit()).as(reportAfter.toString()).isZero();
        assertThat(after).contains(second.chapterText()).doesNotContain(first.chapterText());

        App.Run uninstall = mou.run("uninstall", "lab");
        App.Run reportGone = mou.run("report", "--format", "md");

        assertThat(uninstall.exit()).as(uninstall.toString()).isZero();
        assertThat(App.names(app.plugins)).isEmpty();
        assertThat(reportGone.exit()).as(reportGone.toString()).isZero();
        assertThat(markdown(app)).doesNotContain(second.chapterTitle());
    }

    @Test
    void aPluginBuiltForAnotherCoreIsRefusedByInstallAndNamedWhenItIsDroppedInByHand() throws Exception {
        mou.reset(App.groupJar());
        App app = mou.app;
        Path builds = Files.createDirectories(dir.resolve("builds"));
        // as if built against a core 2.x: bnd writes the import ranges the compiled-against API gives
        Plugin future = new Plugin("future", "Future", "1.0.0", Behaviour.WRITES,
                Map.of("Import-Package", "mou.core.*;version=\"[2.0,3)\",*"));
        Path jar = TestPlugins.build(future, builds, "group-future-1.0.0.jar");

        App.Run install = mou.run("install", jar.toString());

        assertThat(install.exit()).as(install.toString()).isEqualTo(2);
        assertThat(install.err()).as(install.toString()).contains("install: refused: group-future-1.0.0.jar (" + future.symbolicName() + " 1.0.0) needs mou.core.")
                .contains(" version [2.0.0,3.0.0), but the installed core provides mou.core.").contains("use a build of the plugin made for this core");
        assertThat(App.names(app.plugins)).containsExactly(App.groupJar().getFileName().toString());

        // put into the plugins folder by hand: the next run's start installs it, and it does not start
        mou.plug(jar);
        App.Run groups = mou.run("groups");
        App.Run report = mou.run("report", "--format", "md");

        assertThat(groups.out()).as(groups.toString()).contains("plugin problems (these plugins are installed but do not run):")
                .contains(future.symbolicName() + " 1.0.0: is not active: its bundle is not resolved: it needs mou.core.")
                // the range as the framework reads the manifest's [2.0,3): normalized versions
                .contains("[2.0.0,3.0.0) (installed: 1.");
        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(markdown(app)).contains("The plugin " + future.symbolicName() + " 1.0.0 is installed but not running")
                .contains("Cooperation on Air Quality");
    }

    @Test
    void aPluginWhoseGroupFailsToStartIsRefusedByInstallSayingWhy() throws Exception {
        mou.reset();
        App app = mou.app;
        Path builds = Files.createDirectories(dir.resolve("builds"));
        Plugin broken = new Plugin("unlicensed", "Unlicensed", "1.0.0", Behaviour.FAILS_TO_ACTIVATE);
        Path jar = TestPlugins.build(broken, builds, "group-unlicensed-1.0.0.jar");

        App.Run install = mou.run("install", jar.toString());

        assertThat(install.exit()).as(install.toString()).isEqualTo(2);
        assertThat(install.err()).as(install.toString()).contains("install: refused: " + broken.symbolicName() + " 1.0.0 started but registered no working group:"
                + " component " + broken.packageName() + ".TestGroup failed to activate:"
                + " IllegalStateException: no licence to report for Unlicensed; it was not installed");
        assertThat(App.names(app.plugins)).isEmpty();
    }
}
