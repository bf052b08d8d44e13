package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A figure's words stay while what they describe stays; a new value, unit or target drops them. */
class MetricWordsTest {

    private static final Text WORDS = Text.of("more than a third of the global economy");

    private static Metric figure(String value, String unit, String target, Text note, Text words) {
        return new Metric("under2-economy", Text.of("Share of the global economy"), new BigDecimal(value), unit,
                target == null ? null : new BigDecimal(target), null, null, null, note, words);
    }

    @Test
    void wordsAreKeptWhenOnlyOtherFieldsChange() {
        Metric before = figure("33.3", "%", null, null, WORDS);
        Metric noted = figure("33.30", "%", null, Text.of("A note"), null).keepingWordsOf(before);
        assertThat(noted.words()).isEqualTo(WORDS);
        assertThat(noted.note()).isEqualTo(Text.of("A note"));
    }

    @Test
    void wordsAreDroppedWhenTheValueUnitOrTargetChanges() {
        Metric before = figure("33.3", "%", null, null, WORDS);
        assertThat(figure("40", "%", null, null, null).keepingWordsOf(before).words()).isNull();
        assertThat(figure("33.3", "percent", null, null, null).keepingWordsOf(before).words()).isNull();
        assertThat(figure("33.3", "%", "50", null, null).keepingWordsOf(before).words()).isNull();
        assertThat(figure("33.3", "%", null, null, null).keepingWordsOf(null).words()).isNull();
    }

    @Test
    void wordsGivenWithTheChangeAreTheFiguresWords() {
        Metric before = figure("33.3", "%", null, null, WORDS);
        Text mine = Text.of("a third");
        assertThat(figure("33.3", "%", null, null, mine).keepingWordsOf(before).words()).isEqualTo(mine);
    }
}
