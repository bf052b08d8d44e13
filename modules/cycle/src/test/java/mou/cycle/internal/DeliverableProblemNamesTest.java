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
                .hasMessage("'sites': type a whole number, in digits, like 25 or 1500, not \"two\"");
        AttributeSpec share = AttributeSpec.of("share", "Share", "Porcentaje", Kind.PERCENT);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Deliverables.read(share, "half", null)))
                .hasMessage("'share': type a number, like 12 or 3.5 (with a '.' before the decimals), not \"half\"");
    }

    /**
     * A form names an attribute by its label, which may be plural ("Muestras recibidas", "Sitios de monitoreo"): no message
     * makes the label the subject of a verb ("Muestras recibidas debe ser ..."), each says the label, a colon, and then what
     * to type or what the value must be, in English and in Spanish.
     */
    @Test
    void noMessageMakesTheLabelTheSubjectOfAVerbSoAPluralLabelReadsRight() {
        AttributeSpec samples = AttributeSpec.of("samplesReceived", "Samples received", "Muestras recibidas", Kind.INTEGER);
        AttributeSpec volume = AttributeSpec.of("volume", "Volume", "Volumen", Kind.QUANTITY);
        AttributeSpec counts = AttributeSpec.of("trained", "People trained", "Personas capacitadas", Kind.COUNTS);
        AttributeSpec done = AttributeSpec.of("done", "Done", "Terminado", Kind.BOOLEAN);
        AttributeSpec share = AttributeSpec.of("share", "Shares", "Porcentajes", Kind.PERCENT);
        List<AttributeSpec> specs = List.of(samples, volume, counts, done, share);
        List<java.util.Map.Entry<AttributeSpec, String>> typed = List.of(java.util.Map.entry(samples, "many"), java.util.Map.entry(volume, "6000"),
                java.util.Map.entry(counts, "cal-fire 10"), java.util.Map.entry(done, "maybe"), java.util.Map.entry(share, "half"),
                java.util.Map.entry(samples, "1" + "0".repeat(45)));
        for (java.util.Map.Entry<AttributeSpec, String> t : typed) {
            IllegalArgumentException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
                    () -> Deliverables.read(t.getKey(), t.getValue(), null));
            String field = "{" + t.getKey().name() + "}: ";
            assertThat(Deliverables.named(thrown.getMessage(), specs)).as(t.getValue()).startsWith(field);
            assertThat(Deliverables.named(mou.core.model.InvalidValueException.spanish(thrown), specs)).as(t.getValue()).startsWith(field)
                    .doesNotContain(" debe ").doesNotContain(" necesita ").doesNotContain(" lleva ");
        }
        // a value read but not fitting: the attribute's own check, which says "the value" must be
        assertThat(Deliverables.named(Deliverables.misfit(samples, new java.math.BigDecimal("1.5"), "es").orElseThrow(), specs))
                .startsWith("{samplesReceived}: el valor debe ser un número entero");
        assertThat(Problem.said("samplesReceived", "x", Deliverables.named(samples.check("many", "es").orElseThrow(), specs))
                .text("es", f -> "Muestras recibidas")).startsWith("Muestras recibidas: el valor debe ser un número entero");
        assertThat(Problem.said("samplesReceived", "x", Deliverables.named(Deliverables.misfit(samples, new java.math.BigDecimal("1.5"), "es")
                .orElseThrow(), specs)).text("es", f -> "Muestras recibidas")).doesNotContain("Muestras recibidas debe");
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
