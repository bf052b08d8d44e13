package mou.core.internal.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.Test;

class YearOverYearSectionTest {

    private static final WorkingGroupPlan PLAN = new WorkingGroupPlan("air", Text.of("Air Working Group"), List.of(), List.of(), true,
            List.of(new OverarchingGoal("air-1", 1, null, Text.of("Clean air."), List.of(
                    new Activity("air-1-1", Text.of("Monitor PM2.5."), List.of(), null),
                    new Activity("air-1-2", Text.of("Train staff."), List.of(), null),
                    new Activity("air-1-3", Text.of("Share data."), List.of(), null)))));

    private static GroupYear year(int year, ProgressLevel first, ProgressLevel second, ProgressLevel third) {
        List<Assessment> assessments = new java.util.ArrayList<>();
        if (first != null) {
            assessments.add(new Assessment("air-1-1", first, Text.of("why"), List.of(), false));
        }
        if (second != null) {
            assessments.add(new Assessment("air-1-2", second, Text.of("why"), List.of(), false));
        }
        if (third != null) {
            assessments.add(new Assessment("air-1-3", third, Text.of("why"), List.of(), false));
        }
        return new GroupYear("air", year, Narrative.EMPTY, assessments, List.of(), List.of());
    }

    private static Workspace workspace(GroupYear... years) {
        Agreement agreement = new Agreement("mou", Text.of("MOU"), null, DateSpan.parse("2014"), null, List.of(), null, List.of(), null,
                List.of(), null, List.of());
        return new Workspace(agreement, List.of(), List.of(), List.of(PLAN), List.of(years), List.of());
    }

    private static List<Section> contribute(Workspace workspace, int year, String language) {
        return new YearOverYearSection().contribute(context(workspace, year, language));
    }

    @Test
    void aYearWithNoPreviousYearSaysSo() {
        List<Section> sections = contribute(workspace(year(2016, ProgressLevel.INITIAL, null, null)), 2016, "en");

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).blocks()).singleElement().isInstanceOfSatisfying(Block.Notice.class,
                notice -> assertThat(notice.text()).contains("2016").contains("no previous year to compare with"));
    }

    @Test
    void changesAgainstThePreviousYearAreCountedAndListedWithTheirLevels() {
        Workspace workspace = workspace(
                year(2016, ProgressLevel.INITIAL, ProgressLevel.SIGNIFICANT, null),
                year(2017, ProgressLevel.MODERATE, ProgressLevel.SIGNIFICANT, ProgressLevel.INITIAL));

        Section section = contribute(workspace, 2017, "en").get(0);

        Block.Table summary = (Block.Table) section.blocks().get(1);
        assertThat(summary.rows()).containsExactly(List.of("Air", "1", "1", "0", "1", ""));
        Block.Table changes = (Block.Table) section.blocks().get(2);
        assertThat(changes.rows()).containsExactly(
                List.of("Air", "air-1-1 Monitor PM2.5.", "Initial Progress", "Moderate Progress", "Initial Progress → Moderate Progress"),
                List.of("Air", "air-1-3 Share data.", "Not rated", "Initial Progress", "new this year"));
    }

    @Test
    void theTrendChartHasOneBarPerRecordedYearUpToTheReportYear() {
        Workspace workspace = workspace(
                year(2015, ProgressLevel.NO_PROGRESS, null, null),
                year(2016, ProgressLevel.INITIAL, ProgressLevel.INITIAL, null),
                year(2017, ProgressLevel.MODERATE, ProgressLevel.ACHIEVED, ProgressLevel.INITIAL),
                year(2018, ProgressLevel.ACHIEVED, ProgressLevel.ACHIEVED, ProgressLevel.ACHIEVED));

        Block.LevelChart chart = (Block.LevelChart) contribute(workspace, 2017, "en").get(0).blocks().get(0);

        assertThat(chart.rows()).extracting(Block.ChartRow::label).containsExactly("Air 2015", "Air 2016", "Air 2017");
        assertThat(chart.rows().get(1).counts()).containsExactly(0, 2, 0, 0, 0);
        assertThat(chart.rows().get(2).counts()).containsExactly(0, 1, 1, 0, 1);
    }

    @Test
    void aGroupWithoutAPreviousYearBesideOneWithItIsMarkedAndSpanishWordsComeFromTheLabels() {
        Workspace workspace = workspace(year(2016, ProgressLevel.INITIAL, null, null), year(2017, ProgressLevel.INITIAL, null, null));

        Section section = contribute(workspace, 2017, "es").get(0);

        assertThat(section.title()).isEqualTo(Labels.forLanguage("es").get("section.year-over-year"));
        assertThat(section.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Paragraph.class,
                p -> assertThat(p.text()).contains("2016")));
    }

    private static ReportContext context(Workspace workspace, int year, String language) {
        WorkingGroupPlugin air = new WorkingGroupPlugin() {
            public String id() {
                return "air";
            }

            public Text name() {
                return Text.of("Air Working Group");
            }

            public Text topic() {
                return Text.of("Air");
            }

            public double order() {
                return 610;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of();
            }
        };
        Labels labels = Labels.forLanguage(language);
        return new ReportContext() {
            public Workspace workspace() {
                return workspace;
            }

            public int year() {
                return year;
            }

            public String language() {
                return language;
            }

            public Labels labels() {
                return labels;
            }

            public List<WorkingGroupPlugin> groups() {
                return List.of(air);
            }

            public Optional<DeliverableType> deliverableType(String id) {
                return Optional.empty();
            }
        };
    }
}
