package mou.group.airquality.internal;

import mou.testfixtures.SaidInBoth;
import static mou.group.airquality.internal.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.Problem.Severity;
import org.junit.jupiter.api.Test;

class AuditTrainingTypeTest {

    private final AuditTrainingType type = new AuditTrainingType();

    @Test
    void aCertificationWithItsEquipmentIsValid() {
        assertThat(SaidInBoth.validate(type, map("instruments", List.of("air monitoring instruments", "samplers"),
                "certifiedEquipment", List.of("SPA calibration equipment"), "certificationDate", "2016"))).isEmpty();
    }

    @Test
    void aCertificationMustSayWhatWasCertified() {
        assertThat(SaidInBoth.validate(type, map("certificationDate", "2016"))).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("certifiedEquipment");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains("does not say what was certified");
        });
    }

    @Test
    void anUnknownStatusIsAnErrorNamingTheAllowedOnes() {
        assertThat(SaidInBoth.validate(type, map("status", "done"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'status' must be one of planned, in-progress, completed, not \"done\""));
    }

    @Test
    void aCompletedTrainingWithoutDateAndAPlannedOneWithParticipantsAreWarnings() {
        assertThat(SaidInBoth.validate(type, map("status", "completed"))).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo("date");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(SaidInBoth.validate(type, map("status", "planned", "participants", 4))).singleElement()
                .satisfies(p -> assertThat(p.attribute()).isEqualTo("participants"));
        assertThat(SaidInBoth.validate(type, map("participants", 0))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void summarisesAuditsAndCertification() {
        Deliverable deliverable = new Deliverable("aq-3-3-1", type.id(), Text.of("Provide training"), null,
                map("instruments", List.of("air monitoring instruments", "samplers"), "status", "completed", "date", "2016-09",
                        "certifiedEquipment", List.of("SPA calibration equipment"), "certifiedBy", List.of("carb"),
                        "certificationDate", "2016"));
        assertThat(type.summarise(deliverable, "en")).isEqualTo("Audits of air monitoring instruments, samplers"
                + " · training given September 2016 · certified: SPA calibration equipment by CARB (2016)");
        assertThat(type.summarise(deliverable, "es")).startsWith("Auditorías de ").contains("capacitación impartida septiembre de 2016");
    }
}
