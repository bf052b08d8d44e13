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
    void helpExplainsTheReportingCyclesCommandsFromTheirOwnBundle() throws Exception {
        App.Run rate = mou.run("help", "rate");
        App.Run overview = mou.run("help");

        assertThat(rate.exit()).as(rate.toString()).isZero();
        assertThat(rate.out()).startsWith("Usage: rate ACTIVITY-ID LEVEL --rationale TEXT").contains("Exit status:");
        assertThat(overview.out()).contains("The yearly reporting cycle (a walk-through: ")
                .containsPattern("\n  rate +rate an activity on the Progress Key").containsPattern("\n  plan +list a group's goals");
    }

    @Test
    void versionNamesTheApplicationAndEachPluginWithItsGroupsWithoutReadingTheWorkspace() throws Exception {
        App.Run run = mou.run("version");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("mou-progress 1.").contains("plugin API mou.core.spi 1.")
                .containsPattern("\n  " + java.util.regex.Pattern.quote(App.GROUP_BUNDLE) + " +1\\.\\S+  1 working group: " + App.GROUP_ID);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void planListsAGroupsActivitiesWithTheirIdsAndLevels() throws Exception {
        App.Run run = mou.run("plan", App.GROUP_ID);
        App.Run unknown = mou.run("plan", "air-qualty");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("goal aq-1  1. ").contains("  activity aq-3-1  Strengthen the air quality monitoring network")
                .contains("    level in 2016: Significant Progress").contains("    deliverable aq-3-1-1  ");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("plan: there is no working group 'air-qualty'").contains("did you mean air-quality?");
    }

    @Test
    void anUnknownOptionOfACommandIsAUsageErrorNamingIt() throws Exception {
        App.Run command = mou.run("validate", "--strict");

        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("unknown option '--strict'");
    }
}
