package mou.group.cleanvehicles.internal;

import mou.testfixtures.SaidInBoth;
import static mou.group.cleanvehicles.internal.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmissionStandardTypeTest {

    private final EmissionStandardType type = new EmissionStandardType();

    @Test
    void thePublishedEmergencyStandardAndTheDraftsAreValid() {
        assertThat(SaidInBoth.validate(type, Fixtures.emergencyStandard())).isEmpty();
        assertThat(SaidInBoth.validate(type, Fixtures.drafts())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOM-EM-167-SEMARNAT-2016", "NOM-163-SEMARNAT-ENER-SCFI-2013", "PROY-NOM-044-SEMARNAT-2014"})
    void acceptsMexicanOfficialStandardCodes(String code) {
        assertThat(SaidInBoth.validate(type, map("code", code, "status", "in-modification"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOM 167", "NOM-EM-167-semarnat-2016", "NOM-167-SEMARNAT", "EURO-6", "NOM-EM-67-SEMARNAT-2016"})
    void rejectsWhatIsNotACode(String code) {
        assertThat(SaidInBoth.validate(type, map("code", code, "status", "draft"))).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("code");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).startsWith("'code' \"" + code + "\" is not a Mexican Official Standard code")
                    .contains("NOM-EM-167-SEMARNAT-2016");
        });
    }

    @Test
    void theStatusIsRequiredAndChecked() {
        assertThat(SaidInBoth.validate(type, map("code", "NOM-EM-167-SEMARNAT-2016"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'status'").contains("required"));
        assertThat(SaidInBoth.validate(type, map("status", "final"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "'status' must be one of in-preparation, draft, proposed, published, in-modification, not \"final\""));
    }

    @Test
    void aPublishedStandardNeedsItsDateAndADraftHasNone() {
        assertThat(SaidInBoth.validate(type, map("status", "published"))).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("publicationDate");
            assertThat(p.message()).contains("has no 'publicationDate'");
        });
        assertThat(SaidInBoth.validate(type, map("status", "draft", "publicationDate", "2016-06-07"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("a standard that is 'draft' has not been published"));
    }

    @Test
    void aPublicationYearOtherThanTheCodesIsAWarning() {
        assertThat(SaidInBoth.validate(type, map("code", "NOM-EM-167-SEMARNAT-2016", "status", "published", "publicationDate", "2017-01-10")))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.message()).contains("carries the year 2016").contains("in 2017");
                });
    }

    @Test
    void anExpectedProposalOfAPublishedStandardAndAnImplausibleAlignmentYearAreReported() {
        List<AttributeProblem> problems = SaidInBoth.validate(type, map("code", "NOM-EM-167-SEMARNAT-2016", "status", "published",
                "publicationDate", "2016-06-07", "expectedProposal", "2016-01/2016-06", "alignmentYear", 25));
        assertThat(problems).extracting(AttributeProblem::attribute, AttributeProblem::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("expectedProposal", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("alignmentYear", Severity.ERROR));
    }

    @Test
    void relatedStandardsAreCheckedOneByOne() {
        List<AttributeProblem> problems = SaidInBoth.validate(type, map("status", "draft", "relatedStandards", List.of(
                "NOM-163-SEMARNAT-ENER-SCFI-2013", "NOM-163-SEMARNAT-ENER-SCFI-2013 (revised)", "fuel economy standard",
                Map.of("en", "NOM-163 (draft)", "es", "NOM-163 (anteproyecto)"))));
        assertThat(problems).extracting(AttributeProblem::attribute)
                .containsExactly("relatedStandards/1", "relatedStandards/2", "relatedStandards/3");
        assertThat(problems.get(0).message()).contains("\"revised\"").contains("in-modification");
        assertThat(problems.get(1).message()).contains("\"CODE (status): subject\"");
    }

    @Test
    void summarisesAPublishedStandard() {
        Deliverable deliverable = new Deliverable("cv-3-5-1", type.id(), Text.of("Criteria"), null, Fixtures.emergencyStandard());
        assertThat(type.summarise(deliverable, "en")).isEqualTo("NOM-EM-167-SEMARNAT-2016 · published June 7, 2016 in the Official Journal"
                + " · applies in Mexico City, Hidalgo");
        assertThat(type.summarise(deliverable, "es")).isEqualTo("NOM-EM-167-SEMARNAT-2016 · publicada el 7 de junio de 2016"
                + " en el Official Journal · se aplica en Mexico City, Hidalgo");
    }

    @Test
    void aCodeWrittenAsATextObjectIsReadCheckedAndShownLikeAString() {
        Map<String, Object> marked = new LinkedHashMap<>(Fixtures.emergencyStandard());
        marked.put("code", Map.of("en", "NOM-EM-167-SEMARNAT-2016", "asIs", "name"));
        Deliverable deliverable = new Deliverable("cv-3-5-1", type.id(), Text.of("Criteria"), null, marked);

        assertThat(SaidInBoth.validate(type, marked)).isEmpty();
        assertThat(type.summarise(deliverable, "en")).startsWith("NOM-EM-167-SEMARNAT-2016 · published June 7, 2016");
        assertThat(type.summarise(deliverable, "es")).startsWith("NOM-EM-167-SEMARNAT-2016 · publicada el 7 de junio de 2016");
        assertThat(SaidInBoth.validate(type, map("code", Map.of("en", "NOM 167", "es", "NOM 167"), "status", "draft"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("'code' \"NOM 167\" is not a Mexican Official Standard code"));
    }

    @Test
    void summarisesDraftsWithTheirExpectedProposalAndRelatedStandards() {
        Deliverable deliverable = new Deliverable("cv-1-1-1", type.id(), Text.of("Drafts"), null, Fixtures.drafts());
        assertThat(type.summarise(deliverable, "en")).isEqualTo("criteria pollutants, greenhouse gases"
                + " · draft prepared, not yet formally proposed (formal proposal expected January–June 2016)"
                + " · to align with US standards by 2025"
                + " · related: NOM-163-SEMARNAT-ENER-SCFI-2013 (modification in process)");
    }

    @Test
    void parsesRelatedStandardsInTheirThreeForms() {
        assertThat(EmissionStandard.Related.parse("NOM-163-SEMARNAT-ENER-SCFI-2013")).hasValue(
                new EmissionStandard.Related("NOM-163-SEMARNAT-ENER-SCFI-2013", null, null));
        assertThat(EmissionStandard.Related.parse("NOM-163-SEMARNAT-ENER-SCFI-2013 (in-modification): fuel economy")).hasValue(
                new EmissionStandard.Related("NOM-163-SEMARNAT-ENER-SCFI-2013", "in-modification", "fuel economy"));
        assertThat(EmissionStandard.codeYear("NOM-EM-167-SEMARNAT-2016")).hasValue(2016);
    }

    @Test
    void wronglyTypedAttributesAreReportedByKind() {
        Map<String, Object> attributes = map("status", "draft", "pollutants", "criteria", "alignmentYear", "2025");
        assertThat(SaidInBoth.validate(type, attributes)).extracting(AttributeProblem::attribute).containsExactly("pollutants", "alignmentYear");
    }
}
