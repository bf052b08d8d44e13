package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import mou.core.model.Metric;
import mou.core.model.Text;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

/** A figure's unit in the reader's language: its own Spanish where given, the reports' words, or a symbol as it is. */
class UnitInSpanishTest {

    private static Metric figure(String unit, Text unitText, String value) {
        return new Metric("f-1", Text.of("Boxes delivered", "Cajas entregadas"), new BigDecimal(value), unit, new BigDecimal("20"), null,
                null, null, null, null, unitText);
    }

    @Test
    void aFiguresUnitIsInTheReportsLanguage() {
        var w = Fixtures.workspace();
        var es = ReportContexts.forTest(w, 2016, "es");
        var en = ReportContexts.forTest(w, 2016, "en");
        Metric boxes = figure("boxes", Text.of("boxes", "cajas"), "12");
        Block.FigureRow spanish = Chapters.figureRow(es, boxes, "", null, null);
        assertThat(spanish.value()).isEqualTo("12 cajas");
        assertThat(spanish.target()).isEqualTo("20 cajas");
        assertThat(Chapters.figureRow(en, boxes, "", null, null).value()).isEqualTo("12 boxes");
        assertThat(Chapters.figureRow(es, figure("boxes", Text.of("boxes", "cajas"), "1"), "", null, null).value())
                .as("in the singular for one, as the reports' own words").isEqualTo("1 caja");
        assertThat(spanish.unit()).as("the unit as data stays the workspace's").isEqualTo("boxes");
        assertThat(Chapters.figureRow(es, figure("tires", null, "12"), "", null, null).value()).as("the reports' own words")
                .isEqualTo("12 llantas");
        assertThat(Chapters.figureRow(es, figure("%", Text.of("%", "por ciento"), "12"), "", null, null).value()).as("a symbol as it is")
                .isEqualTo("12%");
        assertThat(Chapters.figureRow(es, figure("boxes", null, "12"), "", null, null).value())
                .as("a unit that needs Spanish and has none: in English, marked as every untranslated text")
                .isEqualTo("12 " + mou.core.report.TextMarks.UNTRANSLATED + "boxes" + mou.core.report.TextMarks.END);
        assertThat(Chapters.figureRow(en, figure("boxes", null, "12"), "", null, null).value()).isEqualTo("12 boxes");
        assertThat(Chapters.figureRow(es, figure("%", null, "12"), "", null, null).value()).isEqualTo("12%");
    }

    @Test
    void theUnitsTextFollowsItsEnglishAndOldConstructorsGiveItTheEnglishAlone() {
        Metric old = new Metric("f-1", Text.of("Boxes"), BigDecimal.ONE, "boxes", null, null, null, null, null);
        assertThat(old.unitText()).isEqualTo(Text.of("boxes"));
        assertThat(old).isEqualTo(new Metric("f-1", Text.of("Boxes"), BigDecimal.ONE, "boxes", null, null, null, null, null, null));
        assertThat(new Metric("f-1", Text.of("Boxes"), BigDecimal.ONE, null, null, null, null, null, null).unitText()).isNull();
        Metric moved = new Metric("f-1", Text.of("Boxes"), BigDecimal.ONE, "crates", null, null, null, null, null, null, Text.of("boxes", "cajas"));
        assertThat(moved.unitText().en()).isEqualTo("crates");
        assertThat(moved.unitText().spanishStale()).isTrue();
        assertThat(old.withUnitSpanish("cajas").unitIn("es")).isEqualTo("cajas");
        assertThat(old.withUnitSpanish("cajas").keepingWordsOf(null).unitText().es()).isEqualTo("cajas");
        assertThat(Metric.unitNeedsSpanish("boxes")).isTrue();
        assertThat(Metric.unitNeedsSpanish("USD")).isFalse();
        assertThat(Metric.unitNeedsSpanish("drains")).as("the reports know it").isFalse();
        assertThat(Metric.unitNeedsSpanish(null)).isFalse();
    }
}
