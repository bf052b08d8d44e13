package mou.store.json.internal;

import static mou.store.json.internal.TestWorkspace.positionOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import mou.core.model.ReportingCalendar;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calendar.json: the reporting calendar read, checked at its line and column, and written with what the model does not know kept. */
class CalendarFileTest {

    private static final String CALENDAR = "calendar.json";

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private Workspace load(Path ws) {
        LoadResult r = store.load(ws);
        assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
        return r.workspace();
    }

    @Test
    void aWorkspaceWithoutTheFileHasNoDueDatesAndASaveDoesNotAddOne() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        Workspace w = load(ws);
        assertThat(w.calendar()).isEqualTo(ReportingCalendar.NONE);
        assertThat(w.calendar().updateDue(2016, 1)).isEmpty();
        assertThat(w.calendar().reportDue(2016)).isEmpty();
        store.save(ws, w);
        assertThat(ws.resolve(CALENDAR)).doesNotExist();
    }

    @Test
    void theCalendarGivesEachQuarterAndTheYearsReportADate() {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, CALENDAR, "{\n  \"quarterlyUpdateDays\": 30,\n  \"annualReportDue\": \"02-29\"\n}\n");
        ReportingCalendar c = load(ws).calendar();
        assertThat(c).isEqualTo(new ReportingCalendar(30, MonthDay.of(2, 29)));
        assertThat(c.updateDue(2016, 1)).contains(LocalDate.of(2016, 4, 30));
        assertThat(c.updateDue(2016, 4)).contains(LocalDate.of(2017, 1, 30));
        assertThat(c.reportDue(2015)).as("a leap year's day").contains(LocalDate.of(2016, 2, 29));
        assertThat(c.reportDue(2016)).as("29 February in a common year").contains(LocalDate.of(2017, 2, 28));
    }

    @Test
    void aBadNumberOrDayIsRefusedAtItsLineAndColumnSayingWhatToWrite() {
        Path ws = TestWorkspace.copy(temp);
        String text = "{\n  \"quarterlyUpdateDays\": 400,\n  \"annualReportDue\": \"31-03\"\n}\n";
        TestWorkspace.write(ws, CALENDAR, text);
        LoadResult r = store.load(ws);
        List<Problem> errors = r.errors();
        assertThat(errors).as("%s", r.problems()).hasSize(2);
        assertThat(errors).allSatisfy(p -> assertThat(p.file()).isEqualTo(CALENDAR));
        Problem days = errors.get(0);
        assertThat(new int[] {days.line(), days.column()}).containsExactly(positionOf(text, "400"));
        assertThat(days.format()).isEqualTo("calendar.json:2:26: $.quarterlyUpdateDays: "
                + "'quarterlyUpdateDays' must be a whole number from 0 to 366, not the number 400");
        Problem day = errors.get(1);
        assertThat(new int[] {day.line(), day.column()}).containsExactly(positionOf(text, "\"31-03\""));
        assertThat(day.message()).contains("'31-03' is not a day of the year").contains("MM-DD, e.g. 03-31");
    }

    @Test
    void aDayThatNoYearHasAndAWrongTypeAreRefused() {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, CALENDAR, "{\"quarterlyUpdateDays\": \"thirty\", \"annualReportDue\": \"02-30\"}");
        LoadResult r = store.load(ws);
        assertThat(r.errors()).extracting(Problem::message).containsExactly(
                "'quarterlyUpdateDays' must be a whole number from 0 to 366, not the text \"thirty\"",
                "'02-30' is not a day of the year; write the month and the day of the year after the reporting year as MM-DD,"
                        + " e.g. 03-31 for the 31st of March");
    }

    @Test
    void aSaveKeepsWhatTheModelDoesNotKnowAndASaveWithoutACalendarLeavesTheFile() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, CALENDAR, "{\n  \"quarterlyUpdateDays\": 30,\n  \"reminder\": \"one week before\",\n"
                + "  \"annualReportDue\": \"03-31\"\n}\n");
        Workspace w = load(ws);
        Workspace changed = new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), w.years(), w.reports(),
                new ReportingCalendar(45, MonthDay.of(4, 15)));
        store.save(ws, changed);
        String saved = Files.readString(ws.resolve(CALENDAR));
        assertThat(saved).contains("\"quarterlyUpdateDays\": 45").contains("\"reminder\": \"one week before\"")
                .contains("\"annualReportDue\": \"04-15\"");
        assertThat(load(ws).calendar()).isEqualTo(new ReportingCalendar(45, MonthDay.of(4, 15)));

        // a workspace made without the calendar (e.g. by code that predates it) does not remove the file
        store.save(ws, new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), w.years(), w.reports()));
        assertThat(Files.readString(ws.resolve(CALENDAR))).isEqualTo(saved);
    }
}
