package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.model.ReviewState;
import org.junit.jupiter.api.Test;

/** The note {@code export} prints for a year that is not open for changes: in the language asked for, and true of a published year. */
class ExportLockedNoteTest {

    @Test
    void aSubmittedYearsWorkbookWaitsForTheYearToBeReturned() {
        assertThat(ExportCommand.lockedNote("air-quality-2017", ReviewState.SUBMITTED, "en"))
                .isEqualTo("note: air-quality-2017 is submitted; an import is refused until the year is returned to the group");
        assertThat(ExportCommand.lockedNote("air-quality-2017", ReviewState.SUBMITTED, "es"))
                .startsWith("nota: air-quality-2017 está enviado; su importación se rechaza hasta que el año se devuelva al grupo");
    }

    @Test
    void aPublishedYearIsNeverReturnedSoItsNoteSaysItIsFinal() {
        assertThat(ExportCommand.lockedNote("air-quality-2016", ReviewState.PUBLISHED, "en"))
                .isEqualTo("note: air-quality-2016 is published; a published year is final, so an import is refused").doesNotContain("returned");
        assertThat(ExportCommand.lockedNote("air-quality-2016", ReviewState.PUBLISHED, "es"))
                .isEqualTo("nota: air-quality-2016 está publicado; un año publicado es definitivo, así que su importación se rechaza");
    }
}
