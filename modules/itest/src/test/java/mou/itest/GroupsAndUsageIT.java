package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `groups`, help and the usage errors of the launcher and the commands. */
class GroupsAndUsageIT {

    @TempDir
    Path dir;

    App app;

    @BeforeEach
    void home() throws Exception {
        app = App.withGroup(dir);
    }

    @Test
    void groupsListsTheInstalledGroupWithItsBundleTypesAndSections() throws Exception {
        App.Run run = app.run("groups");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains(App.GROUP_ID + "  Air Quality")
                .contains("  bundle: " + App.GROUP_BUNDLE + " ")
                .contains("  deliverable types:")
                .contains("  report sections:")
                .contains(App.GROUP_ID + ".")
                .contains("common deliverable types (core):");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRunLeavesNoFrameworkStorageBehind() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        App.Run run = app.runIn(app.home, java.util.List.of("-Djava.io.tmpdir=" + tmp), "groups");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(App.names(tmp)).isEmpty();
    }

    @Test
    void helpListsTheCommandsFromTheRunningCommandsBundle() throws Exception {
        App.Run run = app.run("--help");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: mou").contains("mou shell");
        for (String command : new String[] {"report", "validate", "groups", "install", "uninstall", "help"}) {
            assertThat(run.out()).contains("  " + command + " ");
        }
        assertThat(run.out()).contains("2 usage error");
        assertThat(run.out()).as("the reporting cycle's commands, from their own bundle")
                .contains("More commands from installed bundles").contains("publish").contains("year");
    }

    @Test
    void everyCommandExplainsItself() throws Exception {
        App.Run run = app.run("report", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: report").contains("--format");
    }

    @Test
    void noCommandPrintsTheUsageAndExitsTwo() throws Exception {
        App.Run run = app.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: mou").contains("validate");
    }

    @Test
    void anUnknownCommandExitsTwoListingTheCommands() throws Exception {
        App.Run run = app.run("frobnicate", "--now");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'frobnicate'")
                .contains("help, report, validate, groups, install, uninstall, shell");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownOptionExitsTwoNamingIt() throws Exception {
        App.Run command = app.run("validate", "--strict");
        App.Run launcher = app.run("--verbose", "groups");

        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("unknown option '--strict'");
        assertThat(launcher.exit()).isEqualTo(2);
        assertThat(launcher.err()).contains("unknown option '--verbose'");
    }

    @Test
    void aPluginThatDoesNotStartIsReportedInOneLineAndTheRunGoesOn() throws Exception {
        TestJars.jar(app.plugins.resolve("group-future.jar"), TestJars.claimsGroup("mou.group-future", "[2.0,3)"));
        Files.writeString(app.plugins.resolve("notes.jar"), "not a jar");

        App.Run run = app.run("groups");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains(App.GROUP_ID + "  ");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .contains("mou.group-future").contains("group-future.jar").contains("did not start").contains("mou.core.spi"));
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains("notes.jar").contains("was not installed"));
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
