package mou.group.climatechange.internal;

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
        return new Deliverable("cc-9-9-9", type, Text.of("A deliverable"), null, attributes);
    }

    private static List<String> messages(List<AttributeProblem> problems) {
        return problems.stream().map(AttributeProblem::message).toList();
    }

    @Test
    void offsetMethodologyAcceptsTheSourcesExplorationAndSumsItUp() {
        DeliverableType type = new OffsetMethodologyType();
        Map<String, Object> attributes = Map.of(
                "methodologies", List.of("California's forestry offsets protocol", "sector-based offset crediting"),
                "origin", "california",
                "stage", "exploring",
                "organizations", List.of("carb", "conafor"));

        assertThat(SaidInBoth.validate(type, attributes)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), attributes), "en"))
                .isEqualTo("Methodologies from California · being explored · California's forestry offsets protocol, sector-based offset crediting");
        assertThat(type.summarise(deliverable(type.id(), attributes), "es"))
                .startsWith("Metodologías de California · en exploración");
    }

    @Test
    void offsetMethodologyRejectsAnEmptyListAnUnknownStageAndAnAdoptionWithoutPurpose() {
        DeliverableType type = new OffsetMethodologyType();

        assertThat(messages(SaidInBoth.validate(type, Map.of("methodologies", List.of()))))
                .containsExactly("'methodologies' is an empty list; name at least one methodology (e.g. \"California's forestry offsets protocol\") or leave the attribute out");
        assertThat(messages(SaidInBoth.validate(type, Map.of("stage", "finished"))))
                .containsExactly("'stage' must be one of planned, exploring, analysing, adopted, not \"finished\"");
        assertThat(SaidInBoth.validate(type, Map.of("stage", "adopted")))
                .extracting(AttributeProblem::attribute, AttributeProblem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("purpose", Severity.ERROR));
    }

    @Test
    void linkageAssessmentRecordsAPossibilityDiscussedButNotPursued() {
        DeliverableType type = new LinkageAssessmentType();
        Map<String, Object> attributes = Map.of(
                "systems", List.of("Mexico's registry system", "California's Annual GHG Reporting System"),
                "status", "discussed-not-pursued");

        assertThat(SaidInBoth.validate(type, attributes)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), attributes), "en"))
                .isEqualTo("Mexico's registry system, California's Annual GHG Reporting System · discussed, not pursued");
    }

    @Test
    void anAgreedLinkageMustNameTwoSides() {
        DeliverableType type = new LinkageAssessmentType();

        assertThat(messages(SaidInBoth.validate(type, Map.of("status", "agreed", "jurisdictions", List.of("Chiapas")))))
                .containsExactly("a linkage that is 'agreed' joins at least two sides; list them in 'systems' or 'jurisdictions' (found 1)");
        assertThat(SaidInBoth.validate(type, Map.of("status", "agreed", "jurisdictions", List.of("Chiapas"), "systems", List.of("California's Cap-and-Trade Program"))))
                .isEmpty();
    }

    @Test
    void technicalMeetingChecksItsLengthAgainstItsDates() {
        DeliverableType type = new TechnicalMeetingType();
        Map<String, Object> good = Map.of(
                "date", "2016-10-20/2016-10-21",
                "days", 2,
                "place", "Sacramento, California",
                "organizations", List.of("conafor", "carb"),
                "topics", List.of("data collection", "MRV"),
                "siteVisits", List.of("UC Berkeley's Blodgett Demonstration Forest"));

        assertThat(SaidInBoth.validate(type, good)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), good), "en"))
                .isEqualTo("October 20–21, 2016 · Sacramento, California · topics: data collection, MRV · site visit: UC Berkeley's Blodgett Demonstration Forest");

        List<AttributeProblem> mismatch = SaidInBoth.validate(type, Map.of("date", "2016-10-20/2016-10-21", "days", 3));
        assertThat(mismatch).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("'days' is 3 but 'date' 2016-10-20/2016-10-21 covers 2 days; correct one of them");
        });
        assertThat(messages(SaidInBoth.validate(type, Map.of("days", 0)))).containsExactly("'days' must be 1 or more, not 0");
        assertThat(messages(SaidInBoth.validate(type, Map.of("date", "October 2016"))))
                .containsExactly("'date' must be a date such as 2016-06-07, 2016-06 or 2016-10-20/2016-10-21, not \"October 2016\"");
    }

    @Test
    void technologyTransferNeedsARecipientOnceCompleted() {
        DeliverableType type = new TechnologyTransferType();

        assertThat(SaidInBoth.validate(type, Map.of("status", "possible"))).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), Map.of("status", "possible", "technologies", List.of("early warning systems"))), "en"))
                .isEqualTo("Early warning systems · possible");
        assertThat(messages(SaidInBoth.validate(type, Map.of("status", "completed"))))
                .containsExactly("a 'completed' technology transfer must say in 'to' which organizations received it");
    }

    @Test
    void coreTeamNeedsMembersOnceEstablishedAndWarnsOfUnknownAttributes() {
        DeliverableType type = new CoreTeamType();

        assertThat(messages(SaidInBoth.validate(type, Map.of("status", "established"))))
                .containsExactly("an 'established' core team must list its 'members' (organization ids)",
                        "an 'established' core team should say when it was established, e.g. \"2017-03\"");
        Map<String, Object> good = Map.of("status", "established", "members", List.of("carb", "conafor"), "established", "2017-03");
        assertThat(SaidInBoth.validate(type, good)).isEmpty();
        assertThat(type.summarise(deliverable(type.id(), good), "en")).isEqualTo("Established · since March 2017 · carb, conafor");
        assertThat(SaidInBoth.validate(type, Map.of("leader", "carb")))
                .singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aDeliverableWithoutAttributesHasNothingToAdd() {
        for (DeliverableType type : new ClimateChangeGroup().deliverableTypes()) {
            assertThat(SaidInBoth.validate(type, Map.of())).as(type.id()).isEmpty();
            assertThat(type.summarise(deliverable(type.id(), Map.of()), "en")).as(type.id()).isEmpty();
        }
    }
}
