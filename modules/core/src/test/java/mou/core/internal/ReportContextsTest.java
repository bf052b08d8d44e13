package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.report.Section;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportContexts;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.Test;

/** The core's report contexts for plugin tests: what is installed, the language, the workspace's years. */
class ReportContextsTest {

    @Test
    void groupsAreInChapterOrderAndTheirTypesAreInstalled() {
        WorkingGroupPlugin beta = Fixtures.group("beta", "Beta", 200);
        WorkingGroupPlugin alpha = withType(Fixtures.group("alpha", "Alpha", 100), type("alpha-visit"));
        ReportContext context = ReportContexts.forTest(Fixtures.workspace(), 2016, "en", beta, alpha);

        assertThat(context.groups()).extracting(WorkingGroupPlugin::id).containsExactly("alpha", "beta");
        assertThat(context.deliverableType("alpha-visit")).map(DeliverableType::id).contains("alpha-visit");
        assertThat(context.deliverableType("workshop")).as("only the given groups' types").isEmpty();
    }

    @Test
    void readsTheWorkspaceInTheReportsLanguage() {
        ReportContext context = ReportContexts.forTest(Fixtures.workspace(), 2016, "es", Fixtures.group("alpha", "Alpha", 100));

        assertThat(context.year()).isEqualTo(2016);
        assertThat(context.language()).isEqualTo("es");
        assertThat(context.labels().get("level.significant")).isEqualTo("Avance significativo");
        assertThat(context.groupYear("alpha")).map(GroupYear::year).contains(2016);
        assertThat(context.groupYear("alpha", 2015)).isPresent();
        assertThat(context.groupYears("alpha")).extracting(GroupYear::year).containsExactly(2015, 2016);
        assertThat(context.plan("beta")).isPresent();
        assertThat(context.organization("state")).as("an acronym without Spanish, marked untranslated")
                .isEqualTo(mou.core.report.TextMarks.UNTRANSLATED + "ST" + mou.core.report.TextMarks.END);
        assertThat(context.organization("nobody")).isEqualTo("nobody");
    }

    @Test
    void aGroupsChapterIsWrittenAsInTheReport() {
        WorkingGroupPlugin alpha = Fixtures.group("alpha", "Alpha", 100);
        List<Section> sections = alpha.sections().get(0).contribute(ReportContexts.forTest(Fixtures.workspace(), 2016, "en", alpha));

        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).title()).contains("Alpha");
    }

    @Test
    void refusesALanguageTheReportDoesNotHave() {
        assertThatThrownBy(() -> ReportContexts.forTest(Fixtures.workspace(), 2016, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"en\" or \"es\"");
    }

    private static DeliverableType type(String id) {
        return new DeliverableType() {
            public String id() {
                return id;
            }

            public Text label() {
                return Text.of(id);
            }

            public List<AttributeSpec> attributes() {
                return List.of();
            }
        };
    }

    private static WorkingGroupPlugin withType(WorkingGroupPlugin group, DeliverableType type) {
        return new WorkingGroupPlugin() {
            public String id() {
                return group.id();
            }

            public Text name() {
                return group.name();
            }

            public Text topic() {
                return group.topic();
            }

            public double order() {
                return group.order();
            }

            public List<String> memberOrganizations() {
                return group.memberOrganizations();
            }

            public List<DeliverableType> deliverableTypes() {
                return List.of(type);
            }

            public List<ReportSectionContributor> sections() {
                return group.sections();
            }
        };
    }
}
