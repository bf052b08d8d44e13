package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mou.core.cycle.Problem;
import mou.core.model.Gap;
import mou.core.model.HistoryEntry;
import mou.core.model.Text;
import mou.core.spi.PluginFailure;
import mou.core.spi.TextPlace;
import org.junit.jupiter.api.Test;

/**
 * A history line's reason on a Spanish page: the parts the cycle wrote (a publication or a submission incomplete, without a
 * plugin, with untranslated texts; an import's source) in Spanish, what a person typed as typed; the history file unchanged.
 */
class HistoryReasonsTest {

    private static final List<Gap> GAPS = List.of(
            new Gap("air-quality", 2017, Gap.Kind.NOT_RATED, List.of("aq-1-1", "aq-2-1"), 6),
            new Gap("air-quality", 2017, Gap.Kind.CARRIED_OVER, List.of("aq-3-1"), 6),
            new Gap("air-quality", 2017, Gap.Kind.EMPTY_NARRATIVE, List.of("summary"), 0),
            new Gap("air-quality", 2017, Gap.Kind.EMPTY_NARRATIVE, List.of("summary", "next-steps"), 0),
            new Gap("air-quality", 2017, Gap.Kind.EMPTY_NARRATIVE, List.of("summary", "accomplishments", "next-steps"), 0),
            new Gap(null, 2017, Gap.Kind.NO_INTRODUCTION, List.of(), 0));

    private static List<String> lines(String action, String why, String language) {
        return HistoryFormat.entry(new HistoryEntry(Instant.parse("2026-12-06T14:05:09.123Z"), "Olivia Office", action, "air-quality", 2017,
                null, why, null, null), language);
    }

    private static String reason(List<String> lines) {
        return String.join(" ", lines.subList(1, lines.size())).replaceAll("\\s+", " ").strip();
    }

    @Test
    void eachMissingPartIsReadBackFromTheWordsItWasRecordedIn() {
        for (Gap gap : GAPS) {
            Optional<Gap> read = HistoryReasons.gap(gap.describe());
            assertThat(read).as(gap.describe()).isPresent();
            assertThat(Problem.missing(read.get()).message("es")).as(gap.describe())
                    .isEqualTo(Problem.missing(new Gap(null, gap.year(), gap.kind(), gap.subjects(), gap.of())).message("es"));
        }
        assertThat(HistoryReasons.gap("the board said so")).isEmpty();
    }

    @Test
    void aPublicationsReasonsAreInSpanishOnASpanishPageAndThePersonsWordsAsTyped() {
        String why = Publisher.why("Board meeting on Friday", Optional.of("the board meets before the ratings are in"),
                List.of(new PluginFailure(null, "energy", null, PluginFailure.Kind.NOT_ACTIVE, "not resolved")), GAPS)
                + "; " + Translations.why(List.of(new TextPlace(Text.of("A"), "f", 1, 1, "$.a"), new TextPlace(Text.of("B"), "f", 2, 1, "$.b")),
                        "translators are late");
        String english = reason(lines("publish", why, "en"));
        assertThat(english).as("the English page and the command line: as recorded").contains("published incomplete (")
                .contains("published without group energy: ").contains("published with 2 texts without a current Spanish version");

        String spanish = reason(lines("publish", why, "es"));
        assertThat(spanish).startsWith("motivo: Board meeting on Friday; se publicó sin group energy: the board meets before the ratings are in;"
                + " se publicó incompleto (2 de 6 actividades no están calificadas: aq-1-1, aq-2-1; 1 de 6 actividades no se han vuelto a"
                + " calificar para 2017 (su nivel se trasladó del año anterior): aq-3-1; la parte resumen de la narrativa está vacía;"
                + " las partes resumen y próximos pasos de la narrativa están vacías; las partes resumen, logros y próximos pasos de la"
                + " narrativa están vacías; la introducción de la oficina del programa para 2017 está vacía): the board meets before the"
                + " ratings are in; se publicó con 2 textos sin versión vigente en español: translators are late");
        assertThat(spanish).doesNotContain("published").doesNotContain("activities").doesNotContain("narrative's");
    }

    @Test
    void aSubmissionIncompleteAndAnImportAreInSpanishAndAPersonsReasonElsewhereIsAsTyped() {
        String submitted = "late data; submitted incomplete (" + GAPS.get(0).describe() + "): the lab is closed";
        assertThat(reason(lines("submit", submitted, "es"))).isEqualTo("motivo: late data; se envió incompleto (2 de 6 actividades no"
                + " están calificadas: aq-1-1, aq-2-1): the lab is closed");
        assertThat(reason(lines("submit", submitted, "en"))).isEqualTo("because: " + submitted);
        assertThat(reason(lines("import", "imported from aq-2017.xlsx", "es"))).isEqualTo("motivo: se importó de aq-2017.xlsx");
        assertThat(reason(lines(TranslationExchange.ACTION, "from aq.xlf: reviewed", "es"))).isEqualTo("motivo: del archivo aq.xlf: reviewed");
        // a person's words that happen to begin as the cycle's do are theirs, on any other line
        assertThat(reason(lines("rate", "published incomplete (see the minutes): yes", "es")))
                .isEqualTo("motivo: published incomplete (see the minutes): yes");
    }
}
