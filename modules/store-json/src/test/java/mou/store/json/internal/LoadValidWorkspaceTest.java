package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mou.core.model.Agreement;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Organization;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadValidWorkspaceTest {

    @TempDir
    Path temp;

    private LoadResult result;
    private Workspace workspace;

    @BeforeEach
    void load() {
        Path ws = TestWorkspace.copy(temp);
        result = new JsonWorkspaceStore(TestExtensions.airQuality()).load(ws);
        workspace = result.workspace();
    }

    @Test
    void theOnlyProblemIsTheWarningAboutTheGroupThatIsNotInstalled() {
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.problems()).hasSize(1);
        Problem warning = result.problems().get(0);
        assertThat(warning.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(warning.file()).isEqualTo("groups/water/plan.json");
        assertThat(warning.path()).isEqualTo("$.groupId");
        assertThat(warning.line()).isEqualTo(2);
        assertThat(warning.column()).isEqualTo(14);
        assertThat(warning.message()).contains("'water'", "not checked", "kept");
    }

    @Test
    void readsTheAgreement() {
        Agreement a = workspace.agreement();
        assertThat(a.id()).isEqualTo("ca-mx-mou-2014");
        assertThat(a.title().es()).startsWith("Memorándum de Entendimiento");
        assertThat(a.shortTitle()).isEqualTo(Text.of("California-Mexico MOU"));
        assertThat(a.signed()).isEqualTo(DateSpan.ofDay(LocalDate.of(2014, 7, 28)));
        assertThat(a.place()).isNull();
        assertThat(a.signatories()).extracting(Agreement.Signatory::organization).containsExactly("state-of-california", "semarnat");
        assertThat(a.signatories().get(1).role().es()).isEqualTo("Secretario de Medio Ambiente y Recursos Naturales");
        assertThat(a.termYears()).isEqualTo(4);
        assertThat(a.principles()).hasSize(4);
        assertThat(a.actionAreas()).extracting(Agreement.ActionArea::priority).containsExactly(true, false);
        assertThat(a.jointActionPlan().established().precision()).isEqualTo(DateSpan.Precision.MONTH);
        assertThat(a.jointActionPlan().link().url()).isEqualTo("https://example.org/joint-action-plan.pdf");
        assertThat(a.links()).hasSize(1);
    }

    @Test
    void readsOrganizationsAndRelatedAgreements() {
        assertThat(workspace.organizations()).hasSize(6);
        Organization semarnat = workspace.organization("semarnat").orElseThrow();
        assertThat(semarnat.kind()).isEqualTo(Organization.Kind.GOVERNMENT);
        assertThat(semarnat.country()).isEqualTo("MX");
        assertThat(semarnat.name().es()).isEqualTo("Secretaría de Medio Ambiente y Recursos Naturales");
        assertThat(workspace.organization("state-of-california").orElseThrow().acronym()).isNull();

        List<Metric> figures = workspace.relatedAgreements().get(0).figures();
        assertThat(figures.get(0).value()).isEqualTo(new BigDecimal("165"));
        assertThat(figures.get(0).value().scale()).isZero();
        assertThat(figures.get(1).value()).isEqualTo(new BigDecimal("37.50"));
        assertThat(workspace.relatedAgreements().get(0).date().precision()).isEqualTo(DateSpan.Precision.YEAR);
        assertThat(workspace.report(2016).orElseThrow().introduction()).hasSize(1);
    }

    @Test
    void readsPlansWithTheirDeliverables() {
        WorkingGroupPlan plan = workspace.plan("air-quality").orElseThrow();
        assertThat(plan.members()).containsExactly("carb", "semarnat", "spa");
        assertThat(plan.inJointActionPlan()).isTrue();
        assertThat(plan.goals()).extracting(g -> g.number()).containsExactly(1, 3);
        assertThat(plan.goals().get(1).title()).isEqualTo(Text.of("Monitoring"));
        Deliverable study = plan.activity("aq-3-2").orElseThrow().deliverables().get(0);
        assertThat(study.type()).isEqualTo("monitoring-study");
        assertThat(study.attributes()).containsEntry("pollutant", "PM2.5").containsEntry("sites", 2)
                .containsEntry("agencies", List.of("carb", "spa"))
                .containsEntry("instructors", Map.of("carb", 3, "semarnat", 2));
        assertThat(workspace.plan("water").orElseThrow().inJointActionPlan()).isFalse();
    }

    @Test
    void keepsTheAttributesOfATypeThatIsNotInstalledAsPlainValues() {
        Deliverable sampling = workspace.plan("water").orElseThrow().activity("w-1-1").orElseThrow().deliverables().get(0);
        assertThat(sampling.type()).isEqualTo("water-sampling");
        assertThat(sampling.attributes()).containsEntry("samples", 1200).containsEntry("share", new BigDecimal("12.50"));
        List<?> labs = (List<?>) sampling.attributes().get("labs");
        assertThat(labs.get(0)).isEqualTo("conagua");
        @SuppressWarnings("unchecked")
        Map<String, Object> lab = (Map<String, Object>) labs.get(1);
        assertThat(lab).containsEntry("accredited", true).containsEntry("since", null);
    }

    @Test
    void readsAGroupsYear() {
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        assertThat(year.narrative().accomplishments()).hasSize(2);
        assertThat(year.narrative().accomplishments().get(1).es()).startsWith("Los datos");
        assertThat(year.narrative().challenges()).isEmpty();
        assertThat(year.assessment("aq-3-2").orElseThrow().level()).isEqualTo(ProgressLevel.SIGNIFICANT);
        assertThat(year.assessment("aq-3-2").orElseThrow().inferred()).isTrue();
        assertThat(year.assessment("aq-3-2").orElseThrow().evidence().get(0).url()).isEqualTo("evidence/aq-monitoring.txt");
        Metric samples = year.metrics().get(0);
        assertThat(samples.value()).isEqualByComparingTo("53");
        assertThat(samples.target().toPlainString()).isEqualTo("3800");
        assertThat(samples.baseline()).isNull();
        Event meeting = year.events().get(0);
        assertThat(meeting.kind()).isEqualTo(Event.Kind.MEETING);
        assertThat(meeting.organizations()).hasSize(4);
        assertThat(meeting.participants()).isNull();
        assertThat(workspace.years()).hasSize(2);
        assertThat(workspace.latestYear()).hasValue(2016);
    }

    @Test
    void withNoGroupInstalledEveryGroupGetsOneWarningAndNothingElse() {
        LoadResult none = new JsonWorkspaceStore(TestExtensions.noGroups()).load(TestWorkspace.copy(temp.resolve("again")));
        assertThat(none.problems()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
        assertThat(none.problems()).extracting(Problem::file)
                .containsExactly("groups/air-quality/plan.json", "groups/water/plan.json");
    }
}
