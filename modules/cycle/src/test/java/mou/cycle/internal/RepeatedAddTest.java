package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.Saved;
import mou.core.model.Event;
import mou.core.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form that adds an event or a figure, sent twice (a double click, a form sent again after a slow answer, Back and
 * send again): the second was refused, "the id is already used ... nothing was saved", though the first had saved it.
 * The same record sent again is now there already (nothing saved, no history entry); anything else under the id is
 * still refused, a colleague's record never replaced by an "add".
 */
class RepeatedAddTest {

    @TempDir
    Path temp;

    private static RecordEvent event(Fixture f, String title, String place) {
        return new RecordEvent(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-twice", "meeting", "2017-05-15", title, null, place,
                List.of("CONAFOR, CAL FIRE"), "12", null, null, "2", null, null, true);
    }

    @Test
    void anEventAddedTwiceIsThereOnceAndAnotherUnderItsIdIsRefused() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        assertThat(f.service.recordEvent(event(f, "Meeting", "Tijuana")).changed()).isTrue();
        Saved<Event> again = f.service.recordEvent(event(f, "Meeting", "Tijuana"));
        assertThat(again.changed()).isFalse();
        assertThat(f.year("wildfires", 2017).events().stream().filter(e -> e.id().equals("wf-2017-twice"))).hasSize(1);
        assertThat(f.service.history(new HistoryQuery(Acting.of(f.data, null), "wildfires", "wf-2017-twice", 2017, null, null)).entries())
                .hasSize(1);
        for (RecordEvent other : List.of(event(f, "Another meeting", "Tijuana"), event(f, "Meeting", null))) {
            CycleException e = catchThrowableOfType(() -> f.service.recordEvent(other), CycleException.class);
            assertThat(e).as(other.title() + " " + other.place()).isNotNull();
            assertThat(e.problems().get(0).text("en", n -> n)).contains("is already used by an event of 2017 (Meeting)");
        }
        assertThat(f.year("wildfires", 2017).event("wf-2017-twice").orElseThrow().place().en()).isEqualTo("Tijuana");
    }

    @Test
    void aFigureAddedTwiceIsThereOnce() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        RecordFigure add = new RecordFigure(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-fig", "Hectares", null, "1,200", "ha",
                null, null, null, null, null, null, null, true);
        assertThat(f.service.recordFigure(add).changed()).isTrue();
        Saved<Metric> again = f.service.recordFigure(add);
        assertThat(again.changed()).isFalse();
        RecordFigure other = new RecordFigure(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-fig", "Hectares", null, "1,300", "ha",
                null, null, null, null, null, null, null, true);
        assertThat(catchThrowableOfType(() -> f.service.recordFigure(other), CycleException.class)).isNotNull();
        assertThat(f.year("wildfires", 2017).metric("wf-2017-fig").orElseThrow().value()).isEqualByComparingTo("1200");
    }
}
