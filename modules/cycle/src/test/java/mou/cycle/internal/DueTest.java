package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Due;
import mou.core.cycle.Due.Kind;
import mou.core.cycle.Due.State;
import mou.core.cycle.DueQuery;
import mou.core.cycle.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is due and overdue (issue 14): the cycle service's one rule over the shipped workspace's
 * calendar (updates due 30 days after each quarter, the annual report on 31 March of the year
 * after), with the service's clock fixed at {@link Fixture#NOW} (2017-04-03), and {@code ./mou due}.
 */
class DueTest {

    @TempDir
    Path temp;

    Fixture f;
    Acting asking;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        asking = Acting.of(f.data, null);
    }

    private Due due(Integer year, String group, LocalDate on) throws CycleException {
        return f.service.due(new DueQuery(asking, year, group, on));
    }

    @Test
    void onTheClocksDayEveryDateOf2016HasPassedAndNothingIsDone() throws Exception {
        Due due = due(null, null, null);

        assertThat(due.on()).isEqualTo(LocalDate.of(2017, 4, 3));
        assertThat(due.calendar()).isTrue();
        assertThat(due.groups()).extracting(Due.Group::groupId).containsExactlyElementsOf(Fixture.SHIPPED_GROUPS);
        assertThat(due.groups().get(0).items()).extracting(Due.Item::kind, Due.Item::quarter, Due.Item::date, Due.Item::state)
                .containsExactly(
                        tuple(Kind.QUARTERLY_UPDATE, 1, LocalDate.of(2016, 4, 30), State.OVERDUE),
                        tuple(Kind.QUARTERLY_UPDATE, 2, LocalDate.of(2016, 7, 30), State.OVERDUE),
                        tuple(Kind.QUARTERLY_UPDATE, 3, LocalDate.of(2016, 10, 30), State.OVERDUE),
                        tuple(Kind.QUARTERLY_UPDATE, 4, LocalDate.of(2017, 1, 30), State.OVERDUE),
                        tuple(Kind.ANNUAL_REPORT, 0, LocalDate.of(2017, 3, 31), State.OVERDUE));
        assertThat(due.items()).hasSize(25);
    }

    @Test
    void aQuartersUpdateIsDoneForItsGroupOnlyAndADayOnItsDateIsStillDue() throws Exception {
        f.ok("update", "air-quality", "2016-Q3", "--text", "Monitors were serviced.");

        Due due = due(2016, null, LocalDate.of(2016, 10, 30));

        assertThat(due.groups().get(0).items()).extracting(Due.Item::id, Due.Item::state).containsExactly(
                tuple("air-quality/2016-q1", State.OVERDUE), tuple("air-quality/2016-q2", State.OVERDUE),
                tuple("air-quality/2016-q3", State.DONE), tuple("air-quality/2016-q4", State.DUE),
                tuple("air-quality/2016-report", State.DUE));
        assertThat(due(2016, "wildfires", LocalDate.of(2016, 10, 30)).groups().get(0).items())
                .filteredOn(i -> i.quarter() == 3).extracting(Due.Item::state).containsExactly(State.DUE);
        assertThat(due(2016, "wildfires", LocalDate.of(2016, 10, 31)).groups().get(0).items())
                .filteredOn(i -> i.quarter() == 3).extracting(Due.Item::state).containsExactly(State.OVERDUE);
    }

    @Test
    void anUpdateLeftWithNothingInItIsNotDone() throws Exception {
        f.ok("event", "air-quality", "2016", "aq-2016-visit", "--kind", "site-visit", "--date", "2016-08-10", "--title", "Visit",
                "--quarter", "3");
        assertThat(due(2016, "air-quality", LocalDate.of(2016, 11, 1)).items()).filteredOn(i -> i.quarter() == 3)
                .extracting(Due.Item::state).containsExactly(State.DONE);

        // its only event removed, the update of Q3 is still in the year, with nothing in it
        f.ok("event", "air-quality", "2016", "aq-2016-visit", "--remove");
        assertThat(f.store.load(f.data).workspace().year("air-quality", 2016).orElseThrow().update(3)).isPresent();

        assertThat(due(2016, "air-quality", LocalDate.of(2016, 11, 1)).items()).filteredOn(i -> i.quarter() == 3)
                .extracting(Due.Item::state).containsExactly(State.OVERDUE);
        assertThat(f.ok("due", "--group", "air-quality", "--year", "2016", "--on", "2016-11-01").out())
                .contains("2016-10-30  OVERDUE   air-quality  2016-Q3 quarterly update").contains("0 done");
        assertThat(f.ok("year", "status", "2016", "--group", "air-quality").out()).contains("quarterly updates: none");
    }

    @Test
    void theAnnualReportIsDoneWhenTheGroupsYearIsPublished() throws Exception {
        Path year = f.data.resolve("groups/wildfires/2016.json");
        String text = Files.readString(year);
        Files.writeString(year, text.replaceFirst("\\{", "{\"review\": [{\"state\": \"published\", \"by\": \"Office\","
                + " \"at\": \"2017-03-20T10:00:00Z\"}],"));

        Due due = due(2016, null, null);

        assertThat(due.items()).filteredOn(i -> i.kind() == Kind.ANNUAL_REPORT).extracting(Due.Item::groupId, Due.Item::state)
                .contains(tuple("wildfires", State.DONE), tuple("air-quality", State.OVERDUE));
    }

    /** Marks a group's year published in its file, as publish leaves it (the store then refuses every change to it). */
    private void published(String group, int year) throws Exception {
        Path file = f.data.resolve("groups/" + group + "/" + year + ".json");
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"review\": [{\"state\": \"published\", \"by\": \"Office\","
                + " \"at\": \"2017-03-20T10:00:00Z\"}],"));
    }

    @Test
    void aPublishedYearsUpdatesNeverWrittenAreClosedNotOverdueWhateverTheDay() throws Exception {
        f.ok("update", "wildfires", "2016-Q2", "--text", "Crews were trained.");
        published("wildfires", 2016);

        assertThat(due(2016, "wildfires", null).items()).extracting(Due.Item::id, Due.Item::state).containsExactly(
                tuple("wildfires/2016-q1", State.CLOSED), tuple("wildfires/2016-q2", State.DONE),
                tuple("wildfires/2016-q3", State.CLOSED), tuple("wildfires/2016-q4", State.CLOSED),
                tuple("wildfires/2016-report", State.DONE));
        assertThat(due(2016, "wildfires", LocalDate.of(2016, 7, 1)).items()).as("before their days too: they can no longer be written")
                .extracting(Due.Item::state).containsExactly(State.CLOSED, State.DONE, State.CLOSED, State.CLOSED, State.DONE);
        assertThat(due(2016, "air-quality", null).items()).as("a year not published still owes its updates")
                .extracting(Due.Item::state).containsOnly(State.OVERDUE);
        assertThat(f.ok("due", "--group", "wildfires").out()).isEqualTo("""
                Due dates as of 2017-04-03:
                  2016-04-30  CLOSED    wildfires  2016-Q1 quarterly update (not written; 2016 is published and final)
                  2016-07-30  DONE      wildfires  2016-Q2 quarterly update
                  2016-10-30  CLOSED    wildfires  2016-Q3 quarterly update (not written; 2016 is published and final)
                  2017-01-30  CLOSED    wildfires  2016-Q4 quarterly update (not written; 2016 is published and final)
                  2017-03-31  DONE      wildfires  2016 annual report
                0 items overdue, 0 due, 2 done, 3 closed (not written, the year is published)
                """);
        assertThat(f.ok("due", "--help").out()).contains("CLOSED: a quarterly update never written of a year that is published");
    }

    @Test
    void theRuleOfAState() {
        LocalDate day = LocalDate.of(2016, 4, 30);
        assertThat(State.of(true, true, day, day.plusDays(1))).isEqualTo(State.DONE);
        assertThat(State.of(false, true, day, day.plusDays(1))).isEqualTo(State.CLOSED);
        assertThat(State.of(false, true, day, day.minusDays(1))).isEqualTo(State.CLOSED);
        assertThat(State.of(false, false, day, day)).isEqualTo(State.DUE);
        assertThat(State.of(false, false, day, day.plusDays(1))).isEqualTo(State.OVERDUE);
    }

    @Test
    void aYearNotOpenedYetIsStillDueAndAWorkspaceWithoutACalendarHasNothingDue() throws Exception {
        assertThat(due(2017, "solid-waste", null).groups().get(0).items()).extracting(Due.Item::date, Due.Item::state).containsExactly(
                tuple(LocalDate.of(2017, 4, 30), State.DUE), tuple(LocalDate.of(2017, 7, 30), State.DUE),
                tuple(LocalDate.of(2017, 10, 30), State.DUE), tuple(LocalDate.of(2018, 1, 30), State.DUE),
                tuple(LocalDate.of(2018, 3, 31), State.DUE));

        Files.writeString(f.data.resolve("calendar.json"), "{\"annualReportDue\": \"06-30\"}");
        assertThat(due(null, null, null).items()).as("no day for updates: only the reports")
                .extracting(Due.Item::kind, Due.Item::date).containsOnly(tuple(Kind.ANNUAL_REPORT, LocalDate.of(2017, 6, 30)));

        Files.delete(f.data.resolve("calendar.json"));
        Due none = due(null, null, null);
        assertThat(none.calendar()).isFalse();
        assertThat(none.items()).isEmpty();
    }

    @Test
    void aMistypedGroupIsRefusedWithWhatItMayHaveMeant() {
        CycleException e = catchThrowableOfType(CycleException.class, () -> due(null, "air-qualty", null));

        assertThat(e.kind()).isEqualTo(CycleException.Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("groupId");
        assertThat(e.problems().get(0).message()).contains("no working group 'air-qualty'").contains("did you mean air-quality?");
    }

    @Test
    void theCommandListsEachDateWithItsStateAndCounts() {
        f.ok("update", "air-quality", "2016-Q1", "--text", "Monitors were serviced.");

        Fixture.Run run = f.ok("due", "--group", "air-quality", "--on", "2016-07-30");

        assertThat(run.out()).isEqualTo("""
                Due dates as of 2016-07-30:
                  2016-04-30  DONE      air-quality  2016-Q1 quarterly update
                  2016-07-30  DUE       air-quality  2016-Q2 quarterly update
                  2016-10-30  DUE       air-quality  2016-Q3 quarterly update
                  2017-01-30  DUE       air-quality  2016-Q4 quarterly update
                  2017-03-31  DUE       air-quality  2016 annual report
                0 items overdue, 4 due, 1 done
                """);
        // every group's items in columns: the ids padded to the longest (clean-vehicles, climate-change)
        assertThat(f.ok("due", "--year", "2016").out()).contains("2016-04-30  OVERDUE   wildfires       2016-Q1 quarterly update")
                .contains("2016-04-30  OVERDUE   climate-change  2016-Q1 quarterly update")
                .contains("2016-04-30  DONE      air-quality     2016-Q1 quarterly update")
                .contains("24 items overdue, 0 due, 1 done");
    }

    @Test
    void theCommandsMistakesSayWhatToDoWithTheUsageStatus() throws Exception {
        Fixture.Run group = f.run("due", "--group", "wildfire");
        Fixture.Run day = f.run("due", "--on", "30/04/2016");
        Fixture.Run year = f.run("due", "--year", "16");
        Fixture.Run extra = f.run("due", "2016");

        assertThat(group.status()).isEqualTo(Status.USAGE);
        assertThat(group.err()).contains("due: there is no working group 'wildfire'").contains("did you mean wildfires?");
        assertThat(day.status()).isEqualTo(Status.USAGE);
        assertThat(day.err()).contains("--on '30/04/2016' is not a day; give it as YEAR-MM-DD");
        assertThat(year.status()).isEqualTo(Status.USAGE);
        assertThat(year.err()).contains("'16' is not a year");
        assertThat(extra.status()).isEqualTo(Status.USAGE);
        assertThat(f.ok("due", "--help").out()).contains("Usage: due [--year YEAR] [--group GROUP-ID] [--on DATE]");

        Files.delete(f.data.resolve("calendar.json"));
        assertThat(f.ok("due").out()).contains("the workspace has no reporting calendar (calendar.json), so nothing is due");
    }
}
