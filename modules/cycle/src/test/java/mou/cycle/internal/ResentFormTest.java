package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.PartVersion;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.Remove;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.WriteIntroduction;
import mou.core.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form sent again unchanged, read before its first sending saved (a double click, a form sent again after a lost answer):
 * it got the conflict ("You saved this already", 409), while an event or figure added twice was answered as done. The very
 * change sent again is now done already: nothing saved again, no second line in the history; a different change over the
 * first is still the conflict. (Ratings, narrative parts, event corrections and review steps: the web's tests.)
 */
class ResentFormTest {

    @TempDir
    Path temp;

    private static int history(Fixture f) throws CycleException {
        return f.service.history(new HistoryQuery(Acting.of(f.data, null), null, null, null, null, null)).matched();
    }

    @Test
    void theIntroductionAQuarterlyUpdateAndAFigureCorrectionSentAgainAreDoneAlreadyAndAnotherChangeIsAConflict() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.service.recordFigure(new RecordFigure(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-fig", "Hectares", null, "1,200", "ha",
                null, null, null, null, null, null, null, true));

        String intro = PartVersion.of(f.workspace().report(2017).map(r -> r.introduction()).orElse(List.of()));
        Acting office = Acting.of(f.data, "Olivia Office").readAt(intro);
        assertThat(f.service.introduction(new WriteIntroduction(office, 2017, "introduction", List.of(Text.of("First.")), false, false))
                .changed()).isTrue();
        int entries = history(f);
        assertThat(f.service.introduction(new WriteIntroduction(office, 2017, "introduction", List.of(Text.of("First.")), false, false))
                .changed()).isFalse();
        assertThat(catchThrowableOfType(() -> f.service.introduction(new WriteIntroduction(office, 2017, "introduction",
                List.of(Text.of("Other.")), false, false)), CycleException.class).kind()).isEqualTo(CycleException.Kind.CONFLICT);

        Acting ana = Acting.of(f.data, "Ana").readAt(PartVersion.of(f.year("wildfires", 2017).update(2).orElse(null)));
        RecordUpdate update = new RecordUpdate(ana, "wildfires", "2017-Q2", List.of(Text.of("Burned less.")), false, List.of(), List.of(),
                List.of(), List.of(), false);
        assertThat(f.service.update(update).changed()).isTrue();
        entries = history(f);
        assertThat(f.service.update(update).changed()).isFalse();
        assertThat(catchThrowableOfType(() -> f.service.update(new RecordUpdate(ana, "wildfires", "2017-Q2", List.of(Text.of("Other.")), false,
                List.of(), List.of(), List.of(), List.of(), false)), CycleException.class).kind()).isEqualTo(CycleException.Kind.CONFLICT);

        Acting figureRead = Acting.of(f.data, "Ana").readAt(PartVersion.of(f.year("wildfires", 2017).metric("wf-2017-fig").orElseThrow()));
        RecordFigure correct = new RecordFigure(figureRead, "wildfires", 2017, "wf-2017-fig", null, null, "1,300", null, null, null, null, null,
                null, null, null, false);
        assertThat(f.service.recordFigure(correct).changed()).isTrue();
        int afterFigure = history(f);
        assertThat(f.service.recordFigure(correct).changed()).isFalse();
        assertThat(history(f)).isEqualTo(afterFigure);
        assertThat(catchThrowableOfType(() -> f.service.recordFigure(new RecordFigure(figureRead, "wildfires", 2017, "wf-2017-fig", null, null,
                "1,400", null, null, null, null, null, null, null, null, false)), CycleException.class).kind())
                .isEqualTo(CycleException.Kind.CONFLICT);
        assertThat(f.year("wildfires", 2017).metric("wf-2017-fig").orElseThrow().value()).isEqualByComparingTo("1300");
        assertThat(f.workspace().report(2017).orElseThrow().introduction()).containsExactly(Text.of("First."));
        assertThat(f.year("wildfires", 2017).update(2).orElseThrow().happened()).containsExactly(Text.of("Burned less."));
        assertThat(entries).isLessThan(afterFigure);
    }

    /**
     * An event or figure removed twice from its form (a double click, a resend after a lost answer) said "unknown event": the
     * second removal finds what it asks for and is done already, with no second line in the history. Without a version read at
     * (the command line, whose person typed the id) an id that is not there is still unknown.
     */
    @Test
    void anEventOrFigureRemovedAgainFromItsFormIsDoneAlreadyAndUnknownOnlyWithoutAForm() throws Exception {
        Fixture f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.service.recordEvent(new RecordEvent(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-call", "meeting", "2017-03-14",
                "Monthly call", null, null, null, null, null, null, null));
        f.service.recordFigure(new RecordFigure(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-fig", "Hectares", null, "1,200", "ha",
                null, null, null, null, null, null, null, true));
        Acting eventRead = Acting.of(f.data, "Ana").readAt(PartVersion.of(f.year("wildfires", 2017).event("wf-2017-call").orElseThrow()));
        Acting figureRead = Acting.of(f.data, "Ana").readAt(PartVersion.of(f.year("wildfires", 2017).metric("wf-2017-fig").orElseThrow()));

        assertThat(f.service.removeEvent(new Remove(eventRead, "wildfires", 2017, "wf-2017-call")).changed()).isTrue();
        assertThat(f.service.removeFigure(new Remove(figureRead, "wildfires", 2017, "wf-2017-fig")).changed()).isTrue();
        int entries = history(f);
        assertThat(f.service.removeEvent(new Remove(eventRead, "wildfires", 2017, "wf-2017-call")).changed()).isFalse();
        assertThat(f.service.removeFigure(new Remove(figureRead, "wildfires", 2017, "wf-2017-fig")).changed()).isFalse();
        assertThat(history(f)).isEqualTo(entries);

        assertThatThrownBy(() -> f.service.removeEvent(new Remove(Acting.of(f.data, "Ana"), "wildfires", 2017, "wf-2017-call")))
                .isInstanceOf(CycleException.class).hasMessageContaining("wf-2017-call");
        assertThatThrownBy(() -> f.service.removeFigure(new Remove(Acting.of(f.data, "Ana").readAt(PartVersion.NONE), "wildfires", 2017,
                "wf-2017-fig"))).isInstanceOf(CycleException.class).hasMessageContaining("wf-2017-fig");
        assertThat(history(f)).isEqualTo(entries);
    }
}
