package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aSpanishVersionGivenWithItsEnglishTranslatesThatEnglish() {
        Text text = Text.of("Air Quality", "Calidad del Aire");

        assertThat(text.esOf()).isEqualTo(Text.fingerprint("Air Quality")).hasSize(12).matches("[0-9a-f]{12}");
        assertThat(text.spanishStale()).isFalse();
        assertThat(Text.of("Air Quality").esOf()).as("no Spanish, nothing translated").isNull();
    }

    @Test
    void changingTheEnglishKeepsTheSpanishButMakesItStaleUntilItIsGivenAgain() {
        Text translated = Text.of("Three meetings were held.", "Se celebraron tres reuniones.");

        Text changed = translated.withEnglish("Four meetings were held.");
        assertThat(changed.en()).isEqualTo("Four meetings were held.");
        assertThat(changed.es()).isEqualTo("Se celebraron tres reuniones.");
        assertThat(changed.spanishStale()).isTrue();
        assertThat(changed.withEnglish("Three meetings were held.").spanishStale())
                .as("the English back as it was translated").isFalse();

        Text retranslated = changed.withSpanish("Se celebraron cuatro reuniones.");
        assertThat(retranslated.spanishStale()).isFalse();
        assertThat(retranslated.esOf()).isEqualTo(Text.fingerprint("Four meetings were held."));
        assertThat(changed.withSpanish(" ").es()).as("a blank Spanish removes it").isNull();
        assertThat(changed.withSpanish(null).spanishStale()).isFalse();
    }

    @Test
    void theFingerprintChangesWithOneSpaceAndTextsWithTheSameTranslationAreEqual() {
        assertThat(Text.fingerprint("Air quality")).isNotEqualTo(Text.fingerprint("Air quality "));
        assertThat(Text.fingerprint("Año")).isNotEqualTo(Text.fingerprint("Ano"));
        assertThat(new Text("a", "b", null, null)).isEqualTo(Text.of("a", "b"));
        assertThat(new Text("a", "b", null, Text.fingerprint("c"))).isNotEqualTo(Text.of("a", "b"));
        assertThat(Text.asIs("CARB", Text.NAME).withEnglish("CARB ").esOf()).isNull();
    }
}
