package mou.group.airquality.internal;

import mou.testfixtures.SaidInBoth;
import static mou.group.airquality.internal.Fixtures.laboratory;
import static mou.group.airquality.internal.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;

class MonitoringSupportTypeTest {

    private final MonitoringSupportType type = new MonitoringSupportType();

    @Test
    void theLaboratorySupportOf2016IsValid() {
        assertThat(SaidInBoth.validate(type, laboratory())).isEmpty();
    }

    @Test
    void moreSamplesAnalysedThanReceivedIsAnError() {
        assertThat(SaidInBoth.validate(type, map("pollutant", "PM10", "samplesReceived", 300, "samplesAnalysed", 355))).singleElement()
                .satisfies(p -> {
                    assertThat(p.attribute()).isEqualTo("samplesAnalysed");
                    assertThat(p.severity()).isEqualTo(Severity.ERROR);
                    assertThat(p.message()).isEqualTo("'samplesAnalysed' (355) cannot exceed 'samplesReceived' (300): "
                            + "the laboratory cannot analyze more samples than it received");
                });
    }

    @Test
    void moreSpeciatedThanAnalysedIsAnError() {
        assertThat(SaidInBoth.validate(type, map("pollutant", "PM10", "samplesAnalysed", 50, "speciation", "ionic", "speciationSamples", 60)))
                .extracting(AttributeProblem::attribute).containsExactly("speciationSamples");
    }

    @Test
    void countsWithoutAPollutantOrSpeciationKindAreWarnings() {
        List<AttributeProblem> problems = SaidInBoth.validate(type, map("samplesAnalysed", 10, "speciationSamples", 5));
        assertThat(problems).extracting(AttributeProblem::attribute).containsExactlyInAnyOrder("pollutant", "speciation");
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void negativeCountsAndUnknownAttributesAreReported() {
        List<AttributeProblem> problems = SaidInBoth.validate(type, map("pollutant", "PM10", "samplesReceived", -1, "samples", 3));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.attribute()).isEqualTo("samplesReceived");
            assertThat(p.message()).isEqualTo("'samplesReceived' must be a whole number from 0 to 1,000,000,000, not -1");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.attribute()).isEqualTo("samples");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void summarisesTopicsAndLaboratoryWork() {
        Deliverable deliverable = new Deliverable("aq-3-1-1", type.id(), Text.of("Provide training"), null, laboratory());
        assertThat(type.summarise(deliverable, "en")).isEqualTo("Topics: field operations, quality control activities"
                + " · CARB laboratory: 355 PM10 samples received and analyzed, ionic speciation of 60 (2016)");
        assertThat(type.summarise(deliverable, "es")).isEqualTo("Temas: field operations, quality control activities"
                + " · Laboratorio de CARB: 355 muestras PM10 recibidas y analizadas, especiación ionic de 60 (2016)");
    }

    @Test
    void writesReceivedAndAnalysedApartWhenTheyDiffer() {
        Deliverable deliverable = new Deliverable("x", type.id(), Text.of("x"), null,
                map("pollutant", "PM10", "samplesReceived", 360, "samplesAnalysed", 355));
        assertThat(type.summarise(deliverable, "en")).isEqualTo("Laboratory: 360 PM10 samples received, 355 PM10 samples analyzed");
    }
}
