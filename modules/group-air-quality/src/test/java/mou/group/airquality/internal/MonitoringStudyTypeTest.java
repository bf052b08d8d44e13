package mou.group.airquality.internal;

import mou.testfixtures.SaidInBoth;
import static mou.group.airquality.internal.Fixtures.map;
import static mou.group.airquality.internal.Fixtures.study;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;

class MonitoringStudyTypeTest {

    private final MonitoringStudyType type = new MonitoringStudyType();

    private List<AttributeProblem> validate(Map<String, Object> attributes) {
        return SaidInBoth.validate(type, attributes);
    }

    @Test
    void theMexicaliStudyIsValid() {
        assertThat(validate(study())).isEmpty();
    }

    @Test
    void thePollutantIsRequired() {
        Map<String, Object> attributes = study();
        attributes.remove("pollutant");
        assertThat(validate(attributes)).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("pollutant");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains("'pollutant'").contains("required").contains("monitoring study");
        });
    }

    @Test
    void anUnknownPollutantIsAWarningThatSuggestsTheReportsSpelling() {
        assertThat(validate(map("pollutant", "pm 2.5"))).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("\"pm 2.5\"").contains("PM2.5");
        });
    }

    @Test
    void moreSpeciationSitesThanSitesIsAnError() {
        assertThat(validate(map("pollutant", "PM2.5", "sites", 2, "speciationSites", 3))).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("speciationSites");
            assertThat(p.message()).contains("(3) cannot exceed 'sites' (2)");
        });
    }

    @Test
    void wronglyTypedValuesAreReportedByTheirKind() {
        assertThat(validate(map("pollutant", "PM2.5", "sites", "two", "shareAuthorised", 152, "startDate", "April 2016")))
                .extracting(AttributeProblem::attribute, AttributeProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("sites", "'sites' must be a whole number from 0 to 1,000,000,000, not \"two\""),
                        org.assertj.core.groups.Tuple.tuple("shareAuthorised", "'shareAuthorised' must be a number from 0 to 100 with at most 6 decimals, not 152"))
                .anySatisfy(t -> assertThat(t.toList()).contains("startDate"));
    }

    /** A form shows an attribute by its label, often plural ("Sitios de monitoreo"): the Spanish never makes it the subject of a verb. */
    @Test
    void theSpanishNamesTheAttributeBeforeAColonSoAPluralLabelNeedsNoAgreement() {
        assertThat(validate(map("pollutant", "PM2.5", "sites", 0, "durationYears", 0, "shareAuthorised", 152)))
                .filteredOn(p -> p.severity() == Severity.ERROR).extracting(AttributeProblem::messageEs)
                .contains("'sites': el valor debe ser al menos 1, no 0", "'durationYears': el valor debe ser mayor que 0, no 0")
                .anySatisfy(m -> assertThat(m).startsWith("'shareAuthorised': el valor debe ser un número"))
                .allSatisfy(m -> assertThat(m).doesNotContainPattern("^'[A-Za-z]+' debe"));
    }

    @Test
    void aStudyCannotEndBeforeItBegins() {
        assertThat(validate(map("pollutant", "PM2.5", "startDate", "2016-04", "endDate", "2015-12"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'endDate' 2015-12 is before 'startDate' 2016-04; a study ends after it begins"));
    }

    @Test
    void moreAuthorisedThanTheContractIsAnError() {
        assertThat(validate(map("pollutant", "PM2.5", "contractAmount", 100000, "amountAuthorised", 252038))).singleElement()
                .satisfies(p -> {
                    assertThat(p.attribute()).isEqualTo("amountAuthorised");
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                });
    }

    @Test
    void aShareThatDisagreesWithTheAmountsIsAWarning() {
        assertThat(validate(map("pollutant", "PM2.5", "contractAmount", 484688, "amountAuthorised", 252038, "shareAuthorised", 52)))
                .isEmpty();
        assertThat(validate(map("pollutant", "PM2.5", "contractAmount", 484688, "amountAuthorised", 252038, "shareAuthorised", 60)))
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.message()).contains("60%").contains("52.0%");
                });
    }

    @Test
    void summarisesTheStudyInEnglishAndSpanish() {
        Deliverable deliverable = new Deliverable("aq-3-2-1", type.id(), Text.of("Enhance stations"), null, study());
        assertThat(type.summarise(deliverable, "en")).isEqualTo("PM2.5 · 2 sites (two schools in Mexicali) · 2-year study"
                + " · since April 2016 · 53 speciation samples analyzed · funded by US-EPA · $252,038 authorized (52% of the contract)");
        assertThat(type.summarise(deliverable, "es")).contains("2 sitios").contains("estudio de 2 años")
                .contains("desde abril de 2016").contains("(52% del contrato)");
    }

    @Test
    void summarisesOnlyWhatIsGiven() {
        Deliverable deliverable = new Deliverable("x", type.id(), Text.of("x"), null, map("pollutant", "PM10", "shareAuthorised", 10));
        assertThat(type.summarise(deliverable, "en")).isEqualTo("PM10 · 10% of the contract authorized");
    }
}
