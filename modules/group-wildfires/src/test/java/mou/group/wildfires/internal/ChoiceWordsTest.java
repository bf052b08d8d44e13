package mou.group.wildfires.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.testfixtures.ChoiceWords;
import org.junit.jupiter.api.Test;

/** Every choice of the group's deliverable types has its words in both languages, from the plugin's labels. */
class ChoiceWordsTest {

    @Test
    void everyChoiceValueHasThePluginsWordsInEnglishAndSpanish() {
        assertThat(ChoiceWords.unworded(new MaterialsHandoverType(), new CapacityExchangeType(), new FieldObservationType())).isEmpty();
        assertThat(ChoiceWords.values(new MaterialsHandoverType(), new CapacityExchangeType(), new FieldObservationType())).isPositive();
    }
}
