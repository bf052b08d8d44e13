package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows: `java -jar launcher.jar ...` as `./mou` runs it, in its own
 * application home. The launcher's help and usage errors, its one-line reports of plugins that
 * do not start, that it leaves no framework storage behind, and that each exit status of a
 * command (0 to 4) and its standard output and error reach the caller as they are. What the
 * commands do is tested in-process ({@link InProcessApp}).
 */
@Slow
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void aReportExitsZeroAndPrintsThePathsItWroteUnderTheCurrentDirectoryOnStandardOutput() throws Exception {
        App app = App.withGroup(dir);
        Path cwd = Files.createDirectories(dir.resolve("somewhere else"));

        App.Run run = app.runIn(cwd, List.of(), "report");

        assertThat(run.exit()).as(run.toString()).isZero();
        Path out = cwd.resolve("out");
        assertThat(run.outLines()).containsExactlyInAnyOrder(
                out.resolve("progress-report-2016.html").toString(),
                out.resolve("progress-report-2016.md").toString(),
                out.resolve("progress-report-2016.json").toString());
        assertThat(run.errLines()).as("only the warnings of the groups not installed").allSatisfy(line -> assertThat(line).contains(": warning: "));
        assertThat(Files.readString(out.resolve("progress-report-2016.md"))).contains("Air Quality");
    }

    @Test
    void aWorkspaceWithErrorsExitsOneAndWritesNothing() throws Exception {
        App app = App.withGroup(dir);
        Broken.levelAndActivity(app.data);

        App.Run run = app.run("report");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("groups/air-quality/2016.json:").contains("nothing was written");
        assertThat(run.out()).isEmpty();
        assertThat(App.names(app.home.resolve("out"))).isEmpty();
    }

    @Test
    void anUnknownOptionExitsTwoNamingIt() throws Exception {
        App app = App.withGroup(dir);

        App.Run command = app.run("validate", "--strict");
        App.Run launcher = app.run("--verbose", "groups");

        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("unknown option '--strict'");
        assertThat(launcher.exit()).isEqualTo(2);
        assertThat(launcher.err()).contains("unknown option '--verbose'");
    }

    @Test
    void aReportThatCannotBeWrittenExitsThree() throws Exception {
        App app = App.withGroup(dir);
        Path notAFolder = Files.writeString(dir.resolve("a file"), "in the way");

        App.Run run = app.run("report", "--format", "md", "--out", notAFolder.resolve("reports").toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains(notAFolder.resolve("reports").toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void aPluginFailureExitsFourWithTheReportWritten() throws Exception {
        App app = App.withGroup(dir);
        TestPlugins.Plugin fragile = new TestPlugins.Plugin("fragile", "Fragile", "1.0.0", TestPlugins.Behaviour.THROWS);
        TestPlugins.build(fragile, app.plugins, "group-fragile-1.0.0.jar");

        App.Run report = app.run("report", "--format", "md");

        assertThat(report.err()).contains("report: plugin failure: ");
        assertThat(report.exit()).as(report.toString()).isEqualTo(4);
        assertThat(report.outLines()).containsExactly(app.home.resolve("out/progress-report-2016.md").toString());
        assertThat(Files.readString(app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8))
                .contains("the Fragile chapter broke on purpose").contains("Cooperation on Air Quality");
    }

    @Test
    void aComponentThatFailsToActivateIsSaidInWordsWithoutTheRuntimesStackTrace() throws Exception {
        App app = App.withGroup(dir);
        TestPlugins.Plugin broken = new TestPlugins.Plugin("broken", "Broken", "1.0.0", TestPlugins.Behaviour.FAILS_TO_ACTIVATE);
        TestPlugins.build(broken, app.plugins, "group-broken-1.0.0.jar");

        App.Run groups = app.run("groups");

        assertThat(groups.out()).as(groups.toString())
                .contains("failed to activate: IllegalStateException: no licence to report for Broken");
        // the component runtime's own log (an ERROR line and a stack trace) only with MOU_DEBUG=1
        assertThat(groups.err()).as(groups.toString()).doesNotContain("\tat ").doesNotContain("InvocationTargetException");
    }

    @Test
    void helpListsTheCommandsFromTheRunningCommandsBundle() throws Exception {
        App app = App.withGroup(dir);

        App.Run run = app.run("--help");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: mou").contains("mou shell");
        for (String command : new String[] {"report", "validate", "groups", "install", "uninstall", "help"}) {
            assertThat(run.out()).contains("  " + command + " ");
        }
        assertThat(run.out()).contains("2 usage error");
        assertThat(run.out()).as("the reporting cycle's commands, from their own bundle, with their summaries and walk-through")
                .contains("The yearly reporting cycle (a walk-through: ").contains("docs/reporting-cycle.md")
                .containsPattern("\n  publish +publish a year").containsPattern("\n  year +open a reporting year")
                .doesNotContain("More commands from installed bundles");
    }

    @Test
    void theVersionIsAnOptionAndAMistypedCommandGetsTheNearestOne() throws Exception {
        App app = App.withGroup(dir);

        App.Run version = app.run("--version");
        App.Run typo = app.run("reprot", "--year", "2016");

        assertThat(version.exit()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("mou-progress ").contains(App.GROUP_BUNDLE).contains(App.GROUP_ID);
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).startsWith("mou: unknown command 'reprot'; did you mean report? Commands: help, report, ");
        assertThat(typo.out()).isEmpty();
    }

    @Test
    void noCommandPrintsTheUsageAndExitsTwo() throws Exception {
        App app = App.withGroup(dir);

        App.Run run = app.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: mou").contains("validate");
    }

    @Test
    void anUnknownCommandExitsTwoListingTheCommands() throws Exception {
        App app = App.withGroup(dir);

        App.Run run = app.run("frobnicate", "--now");

        assertThat(run.exit()).isEqualTo(2);
        // the commands bundle's own commands first, then the reporting cycle's and the web bundle's, then the launcher's own shell
        assertThat(run.err()).contains("unknown command 'frobnicate'")
                .contains("commands: help, report, validate, groups, install, uninstall, plan, version, year, rate, ")
                .contains(", publish, history, due, translations, serve, user, shell (mou --help explains them)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPluginThatDoesNotStartIsReportedInOneLineAndTheRunGoesOnAndLeavesNoFrameworkStorageBehind() throws Exception {
        App app = App.withGroup(dir);
        TestJars.jar(app.plugins.resolve("group-future.jar"), TestJars.claimsGroup("mou.group-future", "[2.0,3)"));
        Files.writeString(app.plugins.resolve("notes.jar"), "not a jar");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        App.Run run = app.runIn(app.home, List.of("-Djava.io.tmpdir=" + tmp, "-Dmou.storage=" + tmp), "groups");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains(App.GROUP_ID + "  ");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .contains("mou.group-future").contains("group-future.jar").contains("did not start").contains("mou.core.spi"));
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains("notes.jar").contains("was not installed"));
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(App.names(tmp)).as("the framework's storage is deleted at exit").isEmpty();
    }

    @Test
    void filesThatAreNoPluginsInThePluginsFolderNeitherStopNorSpoilTheReport() throws Exception {
        App app = App.withGroup(dir);
        Files.writeString(app.plugins.resolve("notes.jar"), "not a jar");
        TestJars.jar(app.plugins.resolve("library.jar"), Map.of("Created-By", "a plain jar, no OSGi headers"));

        App.Run report = app.run("report", "--format", "md");

        assertThat(report.exit()).as(report.toString()).isZero();
        assertThat(report.err()).as(report.toString()).contains("notes.jar was not installed");
        assertThat(Files.readString(app.home.resolve("out/progress-report-2016.md"), StandardCharsets.UTF_8))
                .contains("Cooperation on Air Quality").doesNotContain("Parts missing from this report");
        assertThat(List.of(report.err().split("\n"))).noneMatch(line -> line.startsWith("report: plugin failure"));
    }
}
