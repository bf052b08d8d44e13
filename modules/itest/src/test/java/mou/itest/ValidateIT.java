package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `validate` on the shipped workspace and on a copy with deliberate mistakes, in the real framework (one for the class). */
class ValidateIT {

    static InProcessApp mou;

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
    void theShippedWorkspaceIsValidAndSummedUpInOneLine() throws Exception {
        App.Run run = mou.run("validate");

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1))
                .matches("data: \\d+ working groups?, \\d+ goals?, \\d+ activit(y|ies), \\d+ deliverables?, progress for [0-9, ]+; 0 errors, \\d+ warnings?");
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).contains(": warning: "));
    }

    @Test
    void theShippedWorkspaceHasNoErrorsWithEveryShippedGroupInstalled() throws Exception {
        mou.reset(App.shippedGroupJars().toArray(java.nio.file.Path[]::new));

        App.Run run = mou.run("validate");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines().get(run.outLines().size() - 1))
                .startsWith("data: 5 working groups, ").endsWith("; 0 errors, 0 warnings");
    }

    @Test
    void aBadLevelAndADanglingActivityIdExitOneWithTheirFileLineAndColumnAndTouchNothing() throws Exception {
        List<Broken.Spot> spots = Broken.levelAndActivity(app.data);
        Map<String, String> before = App.fingerprint(app.home);

        App.Run run = mou.run("validate", "--data", "data");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        Broken.Spot level = spots.get(0);
        Broken.Spot activity = spots.get(1);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(Broken.FILE + ":" + level.line() + ":" + level.column() + ": ")
                .contains(Broken.BAD_LEVEL));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(Broken.FILE + ":" + activity.line() + ":" + activity.column() + ": ")
                .contains(Broken.DANGLING_ACTIVITY));
        assertThat(run.outLines().stream().filter(l -> !l.contains(": warning: "))).hasSize(2);
        assertThat(run.outLines()).allSatisfy(line -> assertThat(line).matches("[^:]+:\\d+:\\d+: .+"));
        assertThat(run.err()).contains("2 errors");
        assertThat(App.fingerprint(app.home)).as("validate changes no file").isEqualTo(before);
    }
}
