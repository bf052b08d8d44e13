package mou.group.climatechange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.testfixtures.ChoiceWords;
import org.junit.jupiter.api.Test;

/** Every choice of the group's deliverable types has its words in both languages, from the plugin's labels. */
class ChoiceWordsTest {

    @Test
    void everyChoiceValueHasThePluginsWordsInEnglishAndSpanish() {
        assertThat(ChoiceWords.unworded(new TechnologyTransferType(), new CoreTeamType(), new TechnicalMeetingType(), new OffsetMethodologyType(), new LinkageAssessmentType())).isEmpty();
        assertThat(ChoiceWords.values(new TechnologyTransferType(), new CoreTeamType(), new TechnicalMeetingType(), new OffsetMethodologyType(), new LinkageAssessmentType())).isPositive();
    }
}
