package mou.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Counts are written in the singular for one alone, in English and Spanish: "1 figure", "1 sitio". */
class PluralTest {

    private static final Labels EN = Labels.forLanguage("en");
    private static final Labels ES = Labels.forLanguage("es");

    @Test
    void aCountLabelIsSingularForOneAndPluralOtherwise() {
        assertThat(EN.plural("figures.count", 1)).isEqualTo("1 figure");
        assertThat(EN.plural("figures.count", 2)).isEqualTo("2 figures");
        assertThat(EN.plural("figures.count", 0)).isEqualTo("0 figures");
        assertThat(EN.plural("paragraphs.count", 1)).isEqualTo("1 paragraph");
        assertThat(EN.plural("paragraphs.count", 3)).isEqualTo("3 paragraphs");
        assertThat(EN.plural("events.count", 1500)).isEqualTo("1,500 events");
        assertThat(ES.plural("figures.count", 1)).isEqualTo("1 cifra");
        assertThat(ES.plural("figures.count", 2)).isEqualTo("2 cifras");
        assertThat(ES.plural("paragraphs.count", 1)).isEqualTo("1 párrafo");
        assertThat(ES.plural("events.count", 0)).isEqualTo("0 eventos");
        assertThat(EN.plural("event.participants", 1)).isEqualTo("1 participant");
        assertThat(EN.plural("event.participants", 71)).isEqualTo("71 participants");
        assertThat(ES.plural("event.participants", 1)).isEqualTo("1 participante");
        assertThat(EN.plural("fact.term-years", 1)).isEqualTo("1 year");
        assertThat(EN.plural("fact.term-years", 4)).isEqualTo("4 years");
        assertThat(ES.plural("fact.term-years", 1)).isEqualTo("1 año");
    }

    @Test
    void aKeyWithoutFormsServesEveryCountAndAMissingOneShows() {
        assertThat(EN.plural("chapter.progress", 1)).isEqualTo("Progress on 1");
        assertThat(EN.plural("no.such.key", 1)).isEqualTo("[no.such.key]");
    }

    @Test
    void unitWordsAreSingularForExactlyOneInEnglish() {
        assertThat(EN.countWords("sites", BigDecimal.ONE)).isEqualTo("site");
        assertThat(EN.countWords("sites", new BigDecimal("1.0"))).isEqualTo("site");
        assertThat(EN.countWords("sites", new BigDecimal("2"))).isEqualTo("sites");
        assertThat(EN.countWords("sites", new BigDecimal("0.5"))).isEqualTo("sites");
        assertThat(EN.countWords("priority levels", BigDecimal.ONE)).isEqualTo("priority level");
        assertThat(EN.countWords("metric tons CO2e per capita", BigDecimal.ONE)).isEqualTo("metric ton CO2e per capita");
        assertThat(EN.countWords("states and provinces", BigDecimal.ONE)).isEqualTo("state and provinces");
        assertThat(EN.countWords("individuals", BigDecimal.ONE)).isEqualTo("individual");
        assertThat(EN.countWords("activities", BigDecimal.ONE)).isEqualTo("activity");
        assertThat(EN.countWords("workshops", BigDecimal.ONE)).isEqualTo("workshop");
        assertThat(EN.countWords("batches", BigDecimal.ONE)).isEqualTo("batch");
        assertThat(EN.countWords("boxes", BigDecimal.ONE)).isEqualTo("box");
        // words that are not plural stay as they are
        assertThat(EN.countWords("m3", BigDecimal.ONE)).isEqualTo("m3");
        assertThat(EN.countWords("census", BigDecimal.ONE)).isEqualTo("census");
        assertThat(EN.countWords("% below 1990 levels", BigDecimal.ONE)).isEqualTo("% below 1990 levels");
        assertThat(EN.countWords(null, BigDecimal.ONE)).isNull();
    }

    @Test
    void unitWordsAreSingularForExactlyOneInSpanish() {
        assertThat(ES.countWords("sitios", BigDecimal.ONE)).isEqualTo("sitio");
        assertThat(ES.countWords("muestras", BigDecimal.ONE)).isEqualTo("muestra");
        assertThat(ES.countWords("años", BigDecimal.ONE)).isEqualTo("año");
        assertThat(ES.countWords("jurisdicciones", BigDecimal.ONE)).isEqualTo("jurisdicción");
        assertThat(ES.countWords("instructores", BigDecimal.ONE)).isEqualTo("instructor");
        assertThat(ES.countWords("unidades", BigDecimal.ONE)).isEqualTo("unidad");
        assertThat(ES.countWords("participantes", BigDecimal.ONE)).isEqualTo("participante");
        assertThat(ES.countWords("niveles de prioridad", BigDecimal.ONE)).isEqualTo("nivel de prioridad");
        assertThat(ES.countWords("veces", BigDecimal.ONE)).isEqualTo("vez");
        assertThat(ES.countWords("sitios", new BigDecimal("3"))).isEqualTo("sitios");
    }
}
