package mou.group.airquality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.testfixtures.ChoiceWords;
import org.junit.jupiter.api.Test;

/** Every choice of the group's deliverable types has its words in both languages, from the plugin's labels. */
class ChoiceWordsTest {

    @Test
    void everyChoiceValueHasThePluginsWordsInEnglishAndSpanish() {
        assertThat(ChoiceWords.unworded(new MonitoringStudyType(), new MonitoringSupportType(), new AuditTrainingType())).isEmpty();
        assertThat(ChoiceWords.values(new MonitoringStudyType(), new MonitoringSupportType(), new AuditTrainingType())).isPositive();
    }
}
