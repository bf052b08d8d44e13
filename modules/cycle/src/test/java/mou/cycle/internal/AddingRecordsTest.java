package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import org.junit.jupiter.api.Test;

/**
 * A request that adds an event or a figure (a form's "add", a command's --new) never replaces a
 * colleague's record of the same id: it is refused naming the id, while a correction works as before.
 */
class AddingRecordsTest extends TypedServiceTest {


    // 3. an "add" never replaces a colleague's record ------------------------------------------------

    @Test
    void anEventAddedWithAnIdTheYearHasIsRefusedNamingTheIdWhileACorrectionStillWorks() throws Exception {
        service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-meeting", "meeting", "2017-03-14", "Colleague's meeting",
                null, null, null, null, null, null, null));
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordEvent(new RecordEvent(ana().readAt("none"),
                "air-quality", 2017, "aq-2017-meeting", "workshop", "2017-05-02", "My workshop", null, null, null, null, null, null, null,
                null, null, true)));

        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("eventId");
            assertThat(p.text("en", n -> "Id")).startsWith("Id: the id 'aq-2017-meeting' is already used by an event of 2017 (Colleague's meeting);"
                    + " choose another id");
            assertThat(p.message("es")).contains("el identificador 'aq-2017-meeting' ya lo usa un evento de 2017 (Colleague's meeting); elija otro");
        });
        assertThat(bytes()).isEqualTo(before);
        assertThat(service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-meeting", null, null, "Colleague's meeting (March)",
                null, null, null, null, null, null, null)).before()).isNotNull();
    }

    @Test
    void aFigureAddedWithAnIdTheYearHasIsRefusedNamingTheId() throws Exception {
        service.recordFigure(new RecordFigure(ana(), "air-quality", 2017, "aq-2017-samples", "Samples", null, "12", null, null, null, null,
                null, null, null));
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordFigure(new RecordFigure(ana().readAt("none"),
                "air-quality", 2017, "aq-2017-samples", "Sites", null, "3", null, null, null, null, null, null, null, null, true)));

        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("figureId");
            assertThat(p.message()).contains("the id 'aq-2017-samples' is already used by a figure of 2017 (Samples); choose another id");
            assertThat(p.message("es")).contains("ya lo usa una cifra de 2017 (Samples)");
        });
        assertThat(bytes()).isEqualTo(before);
        assertThat(f.workspace().year("air-quality", 2017).orElseThrow().metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("12");
    }

    @Test
    void theCommandsAddOnlyWithNewAndOtherwiseCorrectAsBefore() throws Exception {
        f.ok("event", "air-quality", "2017", "aq-2017-call", "--kind", "meeting", "--date", "2017-03-14", "--title", "Call", "--new");
        Map<String, String> before = bytes();

        Fixture.Run refused = f.run("event", "air-quality", "2017", "aq-2017-call", "--kind", "workshop", "--date", "2017-04-01",
                "--title", "Workshop", "--new");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("EVENT-ID: the id 'aq-2017-call' is already used by an event of 2017 (Call); choose another id");
        Fixture.Run figure = f.run("figure", "air-quality", "2017", "aq-2017-call", "--label", "Calls", "--value", "3", "--new");
        assertThat(figure.status()).isEqualTo(2);
        assertThat(figure.err()).contains("already used by an event of air-quality 2017");
        assertThat(bytes()).isEqualTo(before);

        assertThat(f.ok("event", "air-quality", "2017", "aq-2017-call", "--title", "Monthly call").out()).contains("corrected");
    }
}
