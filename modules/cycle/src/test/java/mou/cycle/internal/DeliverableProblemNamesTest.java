package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.cycle.Problem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import org.junit.jupiter.api.Test;

/**
 * A deliverable's problems name its attributes as fields ({@code {sites}}), so that a form shows its
 * label, where the store's and the types' messages name them by their key in quotes ('sites').
 */
class DeliverableProblemNamesTest {

    private static final List<AttributeSpec> SPECS = List.of(AttributeSpec.of("sites", "Monitoring sites", "Sitios de monitoreo", Kind.INTEGER),
            AttributeSpec.of("speciationSites", "Sites with speciation", "Sitios con especiación", Kind.INTEGER));

    @Test
    void eachAttributeInQuotesBecomesAFieldAndNothingElseDoes() {
        String named = Deliverables.named("'speciationSites' (3) cannot exceed 'sites' (2); not 'site' or 'two'", SPECS);
        assertThat(named).isEqualTo("{speciationSites} (3) cannot exceed {sites} (2); not 'site' or 'two'");
        assertThat(Problem.said("speciationSites", named, null).text("en", f -> f.equals("sites") ? "Monitoring sites" : "Sites with speciation"))
                .isEqualTo("Sites with speciation (3) cannot exceed Monitoring sites (2); not 'site' or 'two'");
        assertThat(Deliverables.named(null, SPECS)).isNull();
        // a required one, which the default validate names by its key and its label: the label once
        assertThat(Deliverables.named("the attribute 'sites' (Monitoring sites) is required for a monitoring study", SPECS))
                .isEqualTo("the attribute {sites} is required for a monitoring study");
        assertThat(Deliverables.named("el atributo 'sites' (Sitios de monitoreo) es obligatorio", SPECS)).isEqualTo("el atributo {sites} es obligatorio");
    }

    @Test
    void aNumberNotWrittenAsOneGetsAnExampleOfItsKind() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Deliverables.read(SPECS.get(0), "two", null)))
                .hasMessage("'sites' must be a whole number, written in digits, like 25 or 1500, not \"two\"");
        AttributeSpec share = AttributeSpec.of("share", "Share", "Porcentaje", Kind.PERCENT);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Deliverables.read(share, "half", null)))
                .hasMessage("'share' must be a number, like 12 or 3.5 (with a '.' before the decimals), not \"half\"");
    }

    @Test
    void aQuantityOutsideItsBoundsIsSaidByItsNumberNotByItsFormInTheFile() {
        AttributeSpec volume = AttributeSpec.of("volume", "Volume", "Volumen", Kind.QUANTITY);
        Object typed = Deliverables.read(volume, "1e20 m3", null);
        assertThat(Deliverables.misfit(volume, typed, "en")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("'volume': 1E+20 is outside the allowed range: give a number from").doesNotContain("{\"value\""));
        assertThat(Deliverables.misfit(volume, typed, "es")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("'volume': 1E+20 está fuera del intervalo permitido"));
        assertThat(volume.check(typed)).hasValueSatisfying(m -> assertThat(m).contains("{\"value\""));
    }
}
