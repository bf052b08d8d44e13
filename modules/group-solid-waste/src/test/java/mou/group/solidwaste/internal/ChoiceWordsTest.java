package mou.group.solidwaste.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.testfixtures.ChoiceWords;
import org.junit.jupiter.api.Test;

/** Every choice of the group's deliverable types has its words in both languages, from the plugin's labels. */
class ChoiceWordsTest {

    @Test
    void everyChoiceValueHasThePluginsWordsInEnglishAndSpanish() {
        assertThat(ChoiceWords.unworded(new StrategicPlanType(), new WasteTireProjectType(), new CleanupProjectType())).isEmpty();
        assertThat(ChoiceWords.values(new StrategicPlanType(), new WasteTireProjectType(), new CleanupProjectType())).isPositive();
    }
}
