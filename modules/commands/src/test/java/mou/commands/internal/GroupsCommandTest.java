package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.spi.AttributeSpec;
import org.junit.jupiter.api.Test;
import mou.testfixtures.TestGroup;
import mou.testfixtures.TestType;
import mou.testfixtures.TestSection;
import mou.testfixtures.CapturedIo;

/** {@code groups} through the commands as the shell runs them. */
class GroupsCommandTest extends CommandTestBase {

    @Test
    void listsEachGroupWithBundleTypesAndSectionsThenTheCommonTypes() {
        TestType study = new TestType("monitoring-study", "Monitoring study", List.of(
                AttributeSpec.required("pollutant", "Pollutant", AttributeSpec.Kind.TEXT),
                AttributeSpec.of("sites", "Sites", AttributeSpec.Kind.INTEGER)));
        TestGroup air = new TestGroup("air-quality", "Air Quality Working Group", List.of(study),
                List.of(new TestSection("air-quality.chapter", 610), new TestSection("air-quality.summary", 410.5)));
        groups.add(air);
        commonTypes.add(new TestType("workshop", "Workshop", List.of(AttributeSpec.of("participants", "Participants", AttributeSpec.Kind.INTEGER))));
        platform.bundles.put(air, new Platform.BundleInfo(9, "mou.group-air-quality", "1.0.0.SNAPSHOT", "file:/p/aq.jar"));

        assertThat(run("groups")).isZero();

        assertThat(captured.outLines()).containsSubsequence(
                "air-quality  Air Quality Working Group",
                "  bundle: mou.group-air-quality 1.0.0.SNAPSHOT",
                "  deliverable types:",
                "    monitoring-study  Monitoring study: pollutant*, sites",
                "  report sections:",
                "    air-quality.chapter  (order 610)",
                "    air-quality.summary  (order 410.5)",
                "common deliverable types (core):",
                "    workshop  Workshop: participants");
        assertThat(captured.out().indexOf("monitoring-study")).isEqualTo(captured.out().lastIndexOf("monitoring-study"));
    }

    @Test
    void listsPluginsThatDoNotRunAndTheSectionsThatFailedInTheLastReport() {
        platform.problems.add(NOT_ACTIVATED);
        installAGroupWhoseChapterFails();
        run("report", "--format", "md");
        captured = new CapturedIo();

        assertThat(run("groups")).isZero();

        assertThat(captured.outLines()).containsSubsequence(
                "plugin problems (these plugins are installed but do not run):",
                "  " + NOT_ACTIVATED.describe(),
                "failed in the last report (2016):",
                "  " + NOT_ACTIVATED.describe(),
                "  " + CHAPTER_FAILED);
    }

    @Test
    void saysWhereToPutPluginsWhenNoneIsInstalled() {
        assertThat(run("groups")).isZero();
        assertThat(captured.out()).contains("No working groups are installed").contains(platform.plugins().toString());
    }

    @Test
    void warnsOfTwoGroupsWithTheSameChapterOrder() {
        // the fake groups all place their chapter at 610
        groups.add(new TestGroup("air-quality", "Air Quality Working Group", List.of(), List.of()));
        assertThat(run("groups")).isZero();
        assertThat(captured.out()).doesNotContain("warning:");

        groups.add(new TestGroup("energy", "Energy Working Group", List.of(), List.of()));
        captured = new CapturedIo();

        assertThat(run("groups")).isZero();
        assertThat(captured.outLines()).contains("warning: the working groups air-quality and energy have the same chapter order, 610,"
                + " so their chapters follow each other by id; give one of them another order()");
    }
}
