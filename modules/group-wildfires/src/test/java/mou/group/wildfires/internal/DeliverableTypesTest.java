package mou.group.wildfires.internal;

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
        return new Deliverable("wf-9-9-9", type, Text.of("A deliverable"), null, attributes);
    }

    private static List<String> messages(List<AttributeProblem> problems) {
        return problems.stream().map(AttributeProblem::message).toList();
    }

    @Test
    void fieldObservationRecordsReadinessForAnImtObservation() {
        DeliverableType type = new FieldObservationType();
        Map<String, Object> attributes = Map.of(
                "team", "Incident Management Team",
                "host", List.of("cal-oes"),
                "observers", List.of("conafor"),
                "individualsIdentified", 3,
                "interpretersIdentified", true,
                "invitations", List.of("Soberanes Fire, Monterey County (September 2016): invited, unable to participate"),
                "status", "planned",
                "priorityYear", 2017);

        assertThat(SaidInBoth.validate(type, attributes)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), attributes), "en")).isEqualTo(
                "Incident Management Team · planned · 3 individuals identified · interpreters identified"
                        + " · Soberanes Fire, Monterey County (September 2016): invited, unable to participate · a priority for 2017");
        assertThat(type.summarise(deliverable(type.id(), attributes), "es"))
                .contains("prevista", "3 personas identificadas", "prioridad para 2017");
    }

    @Test
    void fieldObservationRejectsImpossibleValues() {
        DeliverableType type = new FieldObservationType();

        assertThat(SaidInBoth.validate(type, Map.of("individualsIdentified", -3))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(mou.core.spi.Problem.Severity.ERROR));
        assertThat(messages(SaidInBoth.validate(type, Map.of("individualsIdentified", -1))))
                .containsExactly("'individualsIdentified' must be a whole number from 0 to 1,000,000,000, not -1");
        assertThat(messages(SaidInBoth.validate(type, Map.of("status", "observed"))))
                .containsExactly("an observation with status 'observed' must say in 'date' when it took place, e.g. \"2017-08\"");
        assertThat(messages(SaidInBoth.validate(type, Map.of("priorityYear", 17))))
                .containsExactly("'priorityYear' must be a whole number from 1900 to 2200, not 17");
        assertThat(messages(SaidInBoth.validate(type, Map.of("individualsIdentified", "three"))))
                .containsExactly("'individualsIdentified' must be a whole number from 0 to 1,000,000,000, not \"three\"");
        assertThat(SaidInBoth.validate(type, Map.of("status", "observed", "date", "2017-08"))).isEmpty();
    }

    @Test
    void materialsHandoverNeedsItsMaterialsAndSaysWhenTheyWereDelivered() {
        DeliverableType type = new MaterialsHandoverType();
        Map<String, Object> attributes = Map.of(
                "materials", List.of("Cal OES FIRESCOPE Wildland Urban Interface (WUI) Structure Protection guide"),
                "from", List.of("cal-oes"),
                "to", List.of("conafor"),
                "translatedInto", Map.of("en", "Spanish", "es", "español"),
                "date", "2016-07-19",
                "status", "delivered");

        assertThat(SaidInBoth.validate(type, attributes)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), attributes), "en")).isEqualTo(
                "Cal OES FIRESCOPE Wildland Urban Interface (WUI) Structure Protection guide · translated into Spanish · delivered July 19, 2016");
        assertThat(type.summarise(deliverable(type.id(), attributes), "es"))
                .endsWith("traducido al español · entregado (19 de julio de 2016)");

        assertThat(messages(SaidInBoth.validate(type, Map.of())))
                .containsExactly("the attribute 'materials' (Materials) is required for a materials handover");
        assertThat(messages(SaidInBoth.validate(type, Map.of("materials", List.of()))))
                .containsExactly("'materials' is an empty list; name what is handed over, e.g. \"FIRESCOPE WUI Structure Protection guide\"");
        assertThat(SaidInBoth.validate(type, Map.of("materials", List.of("WUI Operating Principles"), "status", "delivered")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.attribute()).isEqualTo("date");
                });
    }

    @Test
    void capacityExchangeShowsTheHeadingItIsListedUnder() {
        DeliverableType type = new CapacityExchangeType();
        Map<String, Object> listed = Map.of("heading", "For Mexican trainers (each year):", "audience", "trainers", "frequency", "each-year");

        assertThat(SaidInBoth.validate(type, listed)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), listed), "en")).isEqualTo("For Mexican trainers (each year)");
        assertThat(type.summarise(deliverable(type.id(), Map.of("audience", "leaders-program", "frequency", "one-time")), "en"))
                .isEqualTo("For the Mexican Leader's Program · one time");

        assertThat(SaidInBoth.validate(type, Map.of("heading", "For Trainers:")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.message()).isEqualTo("the item is listed under a heading but has no 'audience'; add \"leaders-program\" or \"trainers\"");
                });
        assertThat(messages(SaidInBoth.validate(type, Map.of("audience", "leaders"))))
                .containsExactly("'audience' must be one of leaders-program, trainers, not \"leaders\"");
    }

    @Test
    void aDeliverableWithoutAttributesHasNothingToAdd() {
        for (DeliverableType type : new WildfiresGroup().deliverableTypes()) {
            assertThat(type.summarise(deliverable(type.id(), Map.of()), "en")).as(type.id()).isEmpty();
        }
    }

    @Test
    void aHeadingLosesItsTrailingColonsAndSpacesAsTheRegularExpressionDidBefore() {
        for (String heading : List.of("Training topics:", "Topics: \t\n", "Topics :: ", "No colon", "", ":", " : ",
                "Mid: colon", "Tab\u000B\f\r:", "Capacitación:\u00a0")) {
            assertThat(CapacityExchangeType.withoutTrailingColon(heading)).as(heading)
                    .isEqualTo(heading.replaceAll("[:\\s]+$", ""));
        }
    }
}
