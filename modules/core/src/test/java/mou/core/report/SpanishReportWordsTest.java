package mou.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import mou.core.model.DateSpan;
import mou.core.model.Text;
import mou.core.spi.Dates;
import mou.core.spi.Numbers;
import org.junit.jupiter.api.Test;

/** The Spanish report's own ways: marks of texts shown in English, dates, numbers, units and plural forms of the values it shows. */
class SpanishReportWordsTest {

    private final Labels es = Labels.forLanguage("es");
    private final Labels en = Labels.forLanguage("en");

    @Test
    void aTextWithoutSpanishIsMarkedUntranslatedAndATextMarkedAsIsIsMarkedAsSuch() {
        Text untranslated = Text.of("Border 2020 Program");
        Text name = new Text("Comité Cívico del Valle", null, Text.NAME);
        Text translated = Text.of("Workshop", "Taller");

        assertThat(TextMarks.shown(untranslated, "es")).isEqualTo(TextMarks.UNTRANSLATED + "Border 2020 Program" + TextMarks.END);
        assertThat(TextMarks.shown(name, "es")).isEqualTo(TextMarks.AS_IS + "Comité Cívico del Valle" + TextMarks.END);
        assertThat(TextMarks.shown(translated, "es")).isEqualTo("Taller");
        assertThat(TextMarks.shown(untranslated, "en")).as("an English report has no marks").isEqualTo("Border 2020 Program");
        assertThat(TextMarks.shown(name, "en")).isEqualTo("Comité Cívico del Valle");

        assertThat(untranslated.untranslatedIn("es")).isTrue();
        assertThat(name.untranslatedIn("es")).as("a proper name is not untranslated").isFalse();
        assertThat(translated.untranslatedIn("es")).isFalse();
        assertThat(untranslated.untranslatedIn("en")).isFalse();
    }

    @Test
    void marksInAWorkspaceTextAreRemovedSoThatNoFileCanMakeOne() {
        Text forged = Text.of("a " + TextMarks.END + "</span>" + TextMarks.AS_IS, "b" + TextMarks.UNTRANSLATED);

        assertThat(TextMarks.shown(forged, "es")).isEqualTo("b");
        assertThat(TextMarks.shown(forged, "en")).isEqualTo("a </span>");
    }

    @Test
    void markdownAndJsonShowAnUntranslatedTextWithTheVisibleMarkAndANameAsItIs() {
        String sentence = "Temas: " + TextMarks.shown(Text.of("Smog check"), "es") + ", " + TextMarks.shown(Text.asIs("CARB", Text.NAME), "es");

        assertThat(TextMarks.visible(sentence)).isEqualTo("Temas: [EN] Smog check, CARB");
        assertThat(TextMarks.plain(sentence)).isEqualTo("Temas: Smog check, CARB");
        assertThat(TextMarks.untranslated(sentence)).containsExactly("Smog check");
    }

    @Test
    void theNoticeCountsUntranslatedTextsInSpanishWithItsPluralForm() {
        assertThat(es.plural("notice.untranslated", 1)).startsWith("1 texto del espacio de trabajo aún no tiene versión en español");
        assertThat(es.plural("notice.untranslated", 3)).startsWith("3 textos del espacio de trabajo aún no tienen versión en español");
        assertThat(en.plural("notice.untranslated", 3)).startsWith("3 texts of the workspace have no version");
    }

    @Test
    void datesAreWrittenTheMexicanWay() {
        assertThat(Dates.format(DateSpan.parse("2014-07-28"), "es")).isEqualTo("28 de julio de 2014");
        assertThat(Dates.format(DateSpan.parse("2016-04"), "es")).isEqualTo("abril de 2016");
        assertThat(Dates.format(DateSpan.parse("2016-04-25/2016-04-29"), "es")).isEqualTo("25–29 de abril de 2016");
    }

    @Test
    void numbersAreWrittenAsMexicoWritesThem() {
        assertThat(Numbers.number(new BigDecimal("15000"), "es")).isEqualTo("15,000");
        assertThat(Numbers.number(new BigDecimal("33.3"), "es")).isEqualTo("33.3");
        assertThat(Numbers.number(new BigDecimal("1000000000"), "es")).isEqualTo("1,000,000,000");
        assertThat(Numbers.amount(new BigDecimal("252038"), "USD", "es")).isEqualTo("$252,038");
    }

    @Test
    void theUnitsOfTheShippedFiguresAreInSpanishWithTheirSingularForOne() {
        assertThat(Numbers.amount(new BigDecimal("15000"), "tires", "es")).isEqualTo("15,000 llantas");
        assertThat(Numbers.amount(new BigDecimal("15000"), "tires", "en")).isEqualTo("15,000 tires");
        assertThat(es.unit("states and provinces")).isEqualTo("estados y provincias");
        assertThat(es.unit("furlongs")).as("a unit without Spanish words stays as given").isEqualTo("furlongs");
        assertThat(en.unit("tires")).isEqualTo("tires");
        assertThat(es.countWords(es.unit("sites"), BigDecimal.ONE)).isEqualTo("sitio");
        assertThat(es.countWords(es.unit("jurisdictions"), BigDecimal.ONE)).isEqualTo("jurisdicción");
        assertThat(es.countWords(es.unit("firefighters"), BigDecimal.ONE)).isEqualTo("combatiente de incendios");
        assertThat(es.countWords(es.unit("instructors"), BigDecimal.ONE)).isEqualTo("instructor");
        assertThat(es.countWords(es.unit("priority levels"), BigDecimal.ONE)).isEqualTo("nivel de prioridad");
        assertThat(es.countWords(es.unit("instructors"), new BigDecimal("7"))).isEqualTo("instructores");
    }
}
