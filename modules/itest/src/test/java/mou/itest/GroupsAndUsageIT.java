package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * `groups`, a command's help and a command's usage errors, in the real framework (one for the
 * class). The launcher's own help and usage errors, which only a process shows, are in
 * {@link LauncherIT}.
 */
class GroupsAndUsageIT {

    static InProcessApp mou;

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
    }

    @Test
    void groupsListsTheInstalledGroupWithItsBundleTypesAndSections() throws Exception {
        App.Run run = mou.run("groups");

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
    void everyCommandExplainsItself() throws Exception {
        App.Run run = mou.run("report", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: report").contains("--format");
    }

    @Test
    void anUnknownOptionOfACommandIsAUsageErrorNamingIt() throws Exception {
        App.Run command = mou.run("validate", "--strict");

        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("unknown option '--strict'");
    }
}
