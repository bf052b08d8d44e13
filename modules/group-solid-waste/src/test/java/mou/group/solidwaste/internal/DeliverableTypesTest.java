package mou.group.solidwaste.internal;

import mou.testfixtures.SaidInBoth;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.DeliverableType;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;

class DeliverableTypesTest {

    private static Deliverable deliverable(String type, Map<String, Object> attributes) {
        return new Deliverable("sw-9-9-9", type, Text.of("A deliverable"), null, attributes);
    }

    private static List<String> messages(List<AttributeProblem> problems) {
        return problems.stream().map(AttributeProblem::message).toList();
    }

    private static Map<String, Object> quantity(Number value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    @Test
    void aWasteTireProjectsStatusIsSaidInThePluginsWords() {
        mou.core.spi.AttributeSpec status = new WasteTireProjectType().attributes().stream().filter(a -> a.name().equals("status")).findFirst()
                .orElseThrow();
        assertThat(status.choiceWords("in-progress", "es")).isEqualTo("en curso");
        assertThat(status.choiceWords("in-progress", "en")).isEqualTo("in progress");
    }

    @Test
    void cleanupProjectSumsUpProgressAgainstItsTarget() {
        DeliverableType type = new CleanupProjectType();
        Map<String, Object> drains = Map.of(
                "lead", List.of("sonoran-institute"),
                "sites", List.of("Tula", "Mexicali", "Colector del Norte"),
                "sitesPlanned", 5,
                "target", quantity(6000, "m3"),
                "achieved", quantity(3800, "m3"),
                "start", "2016",
                "completion", "2017",
                "status", "in-progress");

        assertThat(SaidInBoth.validate(type, drains)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), drains), "en"))
                .isEqualTo("3,800 m³ of 6,000 m³ (63%) · Tula, Mexicali, Colector del Norte (3 of 5 sites) · in progress · completion 2017");
        assertThat(type.summarise(deliverable(type.id(), drains), "es"))
                .isEqualTo("3,800 m³ de 6,000 m³ (63%) · Tula, Mexicali, Colector del Norte (3 de 5 sitios) · en curso · conclusión 2017");
    }

    @Test
    void cleanupProjectRejectsIncomparableOrImpossibleQuantities() {
        DeliverableType type = new CleanupProjectType();

        assertThat(messages(SaidInBoth.validate(type, Map.of("target", quantity(6000, "m3"), "achieved", quantity(3800, "tonnes")))))
                .containsExactly("'achieved' is in tonnes but 'target' in m3; give both in the same unit so that progress can be measured");
        assertThat(messages(SaidInBoth.validate(type, Map.of("achieved", quantity(-1, "m3")))))
                .containsExactly("'achieved' must be a quantity such as {\"value\": 6000, \"unit\": \"m3\"} whose value is a number from 0 to 999,999,999,999,999 with at most 6 decimals, not -1 m3");
        assertThat(messages(SaidInBoth.validate(type, Map.of("achieved", 3800))))
                .containsExactly("'achieved' must be a quantity such as {\"value\": 6000, \"unit\": \"m3\"} whose value is a number"
                        + " from 0 to 999,999,999,999,999 with at most 6 decimals, not 3800");
        // a negative count of sites is refused like every count (issue 12, point 8: it was only warned about)
        assertThat(SaidInBoth.validate(type, Map.of("sitesPlanned", -5, "sites", List.of("a", "b")))).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo("'sitesPlanned' must be a whole number from 0 to 1,000,000,000, not -5");
        });
        assertThat(messages(SaidInBoth.validate(type, Map.of("start", "2017", "completion", "2016"))))
                .containsExactly("'completion' (2016) is before 'start' (2017)");
        assertThat(SaidInBoth.validate(type, Map.of("sites", List.of("a", "b", "c"), "sitesPlanned", 2)))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.message()).isEqualTo("3 sites are listed but 'sitesPlanned' is 2; raise 'sitesPlanned' or check the list");
                });
        assertThat(SaidInBoth.validate(type, Map.of("target", quantity(6000, "m3"), "achieved", quantity(3800, "m3"), "status", "completed")))
                .singleElement().satisfies(p -> assertThat(p.message())
                        .isEqualTo("the project is marked 'completed' with 3800 m3 of its target of 6000 m3; check 'achieved' or the status"));
    }

    @Test
    void wasteTireProjectCountsWholeTires() {
        DeliverableType type = new WasteTireProjectType();
        Map<String, Object> tires = Map.of(
                "lead", List.of("wildcoast"),
                "partners", List.of("pasa"),
                "achieved", quantity(15000, "tires"),
                "destination", "a storage site",
                "endUse", "tire-derived-products",
                "status", "in-progress",
                "completion", "2017");

        assertThat(SaidInBoth.validate(type, tires)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), tires), "en"))
                .isEqualTo("15,000 tires collected · taken to a storage site · for tire-derived products · in progress · completion 2017");
        assertThat(messages(SaidInBoth.validate(type, Map.of("achieved", quantity(1500.5, "tires")))))
                .containsExactly("'achieved' counts tires, so it must be a whole number, not 1500.5");
        assertThat(messages(SaidInBoth.validate(type, Map.of("endUse", "landfill"))))
                .containsExactly("'endUse' must be one of tire-derived-products, remanufacturing, fuel, other, not \"landfill\"");
        assertThat(type.summarise(deliverable(type.id(), Map.of("achieved", quantity(15000, "tires"), "target", quantity(20000, "tires"))), "en"))
                .isEqualTo("15,000 tires of 20,000 tires (75%) collected");
    }

    @Test
    void strategicPlanChecksItsWorkshopsAndItsPresentation() {
        DeliverableType type = new StrategicPlanType();
        Map<String, Object> plan = Map.of(
                "workshopsPlanned", 4,
                "workshopsHeld", 4,
                "firstWorkshop", "2016-08",
                "presentTo", List.of("cmbrc"),
                "presentation", "2017-01",
                "status", "in-preparation");

        assertThat(SaidInBoth.validate(type, plan)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), plan), "en"))
                .isEqualTo("In preparation · 4 of 4 workshops held · the first in August 2016 · presentation January 2017");
        assertThat(SaidInBoth.validate(type, Map.of("workshopsHeld", 5, "workshopsPlanned", 4)))
                .singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(messages(SaidInBoth.validate(type, Map.of("status", "presented"))))
                .containsExactly("a plan with status 'presented' must say in 'presentation' when it was presented");
        assertThat(messages(SaidInBoth.validate(type, Map.of("workshopsHeld", -2))))
                .containsExactly("'workshopsHeld' must be a whole number from 0 to 1,000,000,000, not -2");
    }

    @Test
    void aDeliverableWithoutAttributesHasNothingToAdd() {
        for (DeliverableType type : new SolidWasteGroup().deliverableTypes()) {
            assertThat(SaidInBoth.validate(type, Map.of())).as(type.id()).isEmpty();
            assertThat(type.summarise(deliverable(type.id(), Map.of()), "en")).as(type.id()).isEmpty();
        }
    }
}
