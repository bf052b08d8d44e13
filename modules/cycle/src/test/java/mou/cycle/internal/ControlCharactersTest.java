package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.ImportYear;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.WriteNarrative;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import org.junit.jupiter.api.Test;

/**
 * A text with a control character that no page, report or export can show is refused by the cycle
 * service, whatever front door it came through, naming its field and the character; tab and line breaks are text.
 */
class ControlCharactersTest extends TypedServiceTest {


    // 4. control characters -------------------------------------------------------------------------

    @Test
    void aTextWithAControlCharacterIsRefusedNamingItsFieldAndTheCharacterWhileTabsAndLineBreaksAreKept() throws Exception {
        Map<String, String> before = bytes();

        CycleException narrative = catchThrowableOfType(CycleException.class, () -> service.narrative(new WriteNarrative(ana(), "air-quality",
                2017, "summary", List.of(Text.of("Good\u0000year"), Text.of("Fine", "Bien\u001b")), false)));
        assertThat(narrative.kind()).isEqualTo(Kind.USAGE);
        assertThat(narrative.problems()).extracting(Problem::field).containsExactly("paragraphs", "paragraphsEs");
        assertThat(narrative.problems().get(0).text("en", n -> "Paragraphs")).isEqualTo("Paragraphs: the text contains a control character (U+0000),"
                + " which no page or report can show; remove it (tabs and line breaks are fine)");
        assertThat(narrative.problems().get(1).message("es")).contains("contiene un carácter de control (U+001B)").contains("quítelo");

        CycleException event = catchThrowableOfType(CycleException.class, () -> service.recordEvent(new RecordEvent(ana(), "air-quality", 2017,
                "aq-2017-x", "meeting", "2017-03-14", "Title\u0001", null, null, null, null, "What\u0007", null, null)));
        assertThat(event.problems()).extracting(Problem::field).containsExactly("title", "description");

        CycleException figure = catchThrowableOfType(CycleException.class, () -> service.recordFigure(new RecordFigure(ana(), "air-quality", 2017,
                "aq-2017-y", "Label", "Etiqueta\u0002", "3", null, null, null, null, null, null, null)));
        assertThat(figure.problems()).extracting(Problem::field).containsExactly("labelEs");

        CycleException rating = catchThrowableOfType(CycleException.class, () -> service.rate(new Rate(ana(), "aq-1-1", 2017, "moderate",
                Text.of("Because\u0000"), List.of())));
        assertThat(rating.problems()).extracting(Problem::field).contains("rationale");

        CycleException update = catchThrowableOfType(CycleException.class, () -> service.update(new RecordUpdate(ana(), "air-quality", "2017-Q1",
                List.of(Text.of("Met\u0000")), false, List.of(), List.of())));
        assertThat(update.problems()).extracting(Problem::field).containsExactly("happened");

        CycleException deliverable = catchThrowableOfType(CycleException.class, () -> service.editDeliverable(new EditDeliverable(ana(),
                "air-quality", 2017, "aq-3-2-1", Map.of("pollutant", "PM\u000010"))));
        assertThat(deliverable.problems()).extracting(Problem::field).containsExactly("pollutant");

        CycleException review = catchThrowableOfType(CycleException.class, () -> service.review(new ReviewYear(ana(), "air-quality", 2017,
                ReviewAction.SUBMIT, null, "later\u0000")));
        assertThat(review.problems()).extracting(Problem::field).containsExactly("incomplete");

        CycleException imported = catchThrowableOfType(CycleException.class, () -> service.importYear(new ImportYear(ana(),
                Map.of("About", new mou.core.cycle.SheetContent("About", List.of(List.of("group", "air-quality\u0000")))), "sheet.csv")));
        assertThat(imported.kind()).isEqualTo(Kind.INVALID);
        assertThat(imported.problems()).extracting(Problem::field).contains("About!B1");
        assertThat(imported.problems().get(0).message()).contains("U+0000");

        assertThat(bytes()).isEqualTo(before);

        // a tab and line breaks are text
        assertThat(service.narrative(new WriteNarrative(ana(), "air-quality", 2017, "summary", List.of(Text.of("Good\tyear\r\nindeed")), false))
                .changed()).isTrue();
    }
}
