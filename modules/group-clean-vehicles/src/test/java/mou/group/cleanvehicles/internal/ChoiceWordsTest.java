package mou.group.cleanvehicles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.testfixtures.ChoiceWords;
import org.junit.jupiter.api.Test;

/** Every choice of the group's deliverable types has its words in both languages, from the plugin's labels. */
class ChoiceWordsTest {

    @Test
    void everyChoiceValueHasThePluginsWordsInEnglishAndSpanish() {
        assertThat(ChoiceWords.unworded(new InventoryMethodologyType(), new EmissionStandardType(), new EquivalenceGuideType())).isEmpty();
        assertThat(ChoiceWords.values(new InventoryMethodologyType(), new EmissionStandardType(), new EquivalenceGuideType())).isPositive();
    }
}
