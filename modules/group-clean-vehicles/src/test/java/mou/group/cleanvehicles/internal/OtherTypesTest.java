package mou.group.cleanvehicles.internal;

import mou.testfixtures.SaidInBoth;
import static mou.group.cleanvehicles.internal.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;

class OtherTypesTest {

    private final EquivalenceGuideType guide = new EquivalenceGuideType();
    private final InventoryMethodologyType methodology = new InventoryMethodologyType();

    @Test
    void aPlannedGuideViaDgfautIsValid() {
        assertThat(SaidInBoth.validate(guide, map("publisher", List.of("dgfaut"), "status", "planned"))).isEmpty();
    }

    @Test
    void aGuidesPublicationDateMustAgreeWithItsStatus() {
        assertThat(SaidInBoth.validate(guide, map("status", "published"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has no 'publicationDate'"));
        assertThat(SaidInBoth.validate(guide, map("status", "planned", "publicationDate", "2017"))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aGuideComparingOneSetOfStandardsIsAWarningAndABadAddressAnError() {
        assertThat(SaidInBoth.validate(guide, map("standardsCompared", List.of("Tier 2"), "url", "www.semarnat.gob.mx")))
                .extracting(p -> p.attribute() + ":" + p.severity())
                .containsExactlyInAnyOrder("standardsCompared:WARNING", "url:ERROR");
    }

    @Test
    void summarisesAGuide() {
        Deliverable d = new Deliverable("cv-2-1-1", guide.id(), Text.of("Guide"), null,
                map("publisher", List.of("dgfaut"), "status", "published", "publicationDate", "2017-03",
                        "standardsCompared", List.of("US EPA Tier 2", "Euro 4")));
        assertThat(guide.summarise(d, "en")).isEqualTo("via DGFAUT · published March 2017 · compares US EPA Tier 2, Euro 4");
        assertThat(guide.summarise(d, "es")).isEqualTo("por medio de DGFAUT · publicada marzo de 2017 · compara US EPA Tier 2, Euro 4");
    }

    @Test
    void aMethodologyNeedsSourcesAndADateOnlyWhenCompleted() {
        assertThat(SaidInBoth.validate(methodology, map("sources", List.of("vehicular", "off road"), "country", "Mexico", "status", "planned")))
                .isEmpty();
        assertThat(SaidInBoth.validate(methodology, map("sources", List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("'sources' is empty"));
        assertThat(SaidInBoth.validate(methodology, map("status", "completed"))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(SaidInBoth.validate(methodology, map("status", "in-development", "completionDate", "2016"))).singleElement()
                .satisfies(p -> assertThat(p.attribute()).isEqualTo("completionDate"));
    }

    @Test
    void summarisesAMethodology() {
        Deliverable d = new Deliverable("cv-3-2-1", methodology.id(), Text.of("Methodology"), null,
                map("sources", List.of("vehicular", "off road"), "country", "Mexico", "status", "planned"));
        assertThat(methodology.summarise(d, "en")).isEqualTo("vehicular and off road sources · for Mexico · planned");
        assertThat(methodology.summarise(d, "es")).isEqualTo("fuentes vehicular y off road · para Mexico · planeada");
    }
}
