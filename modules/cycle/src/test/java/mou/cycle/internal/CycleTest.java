package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.model.Assessment;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Metric;
import mou.core.model.ProgressLevel;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewState;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle commands on a copy of the shipped workspace, with the real JSON store. */
class CycleTest {

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void workspace() {
        f = new Fixture(temp);
    }

    void open2017() {
        f.ok("year", "open", "2017", "--by", "Office");
    }

    @Nested
    class YearOpen {

        @Test
        void everyGroupStartsFromLastYearsLevelsWithAnEmptyNarrativeAndTheOfficeGetsItsReportFile() {
            Fixture.Run run = f.ok("year", "open", "2017", "--by", "Office", "--why", "the 2017 cycle starts");

            GroupYear aq2016 = f.year("air-quality", 2016);
            GroupYear aq2017 = f.year("air-quality", 2017);
            assertThat(aq2017.assessments()).extracting(Assessment::level)
                    .containsExactlyElementsOf(aq2016.assessments().stream().map(Assessment::level).toList());
            assertThat(aq2017.assessments()).allSatisfy(a -> assertThat(a.rationale().en()).contains("carried over from 2016"));
            assertThat(aq2017.narrative().summary()).isEmpty();
            assertThat(aq2017.metrics()).isEmpty();
            assertThat(aq2017.events()).isEmpty();
            assertThat(aq2017.review().state()).isEqualTo(ReviewState.DRAFT);
            assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).hasSize(5);
            assertThat(f.workspace().report(2017)).isPresent();
            assertThat(run.out()).contains("air-quality 2017: opened, 6 of 6 activities start from their 2016 level");
            assertThat(f.history()).hasSize(5).allSatisfy(e -> {
                assertThat(e.action()).isEqualTo("year open");
                assertThat(e.by()).isEqualTo("Office");
                assertThat(e.at()).isEqualTo(Fixture.NOW);
                assertThat(e.why()).isEqualTo("the 2017 cycle starts");
            });
        }

        @Test
        void anOpenYearIsLeftAsItIsAndAYearBeforeTheLastIsRefused() {
            open2017();
            f.ok("rate", "aq-1-1", "achieved", "--rationale", "Plans aligned.");
            Map<String, String> before = f.files();

            Fixture.Run again = f.ok("year", "open", "2017", "--group", "air-quality");
            Fixture.Run earlier = f.run("year", "open", "2015", "--group", "air-quality");

            assertThat(again.out()).contains("air-quality 2017 is already open; left as it is");
            assertThat(earlier.status()).isEqualTo(Status.USAGE);
            assertThat(earlier.err()).contains("air-quality already has 2017").contains("open 2018 or later");
            assertThat(f.files()).isEqualTo(before);
        }

        /** publish asks for the program office's introduction in reports/YEAR.json: one group opening the year first makes it too. */
        @Test
        void oneGroupOpeningAYearFirstMakesTheProgramOfficesReportFileToo() {
            Fixture.Run one = f.ok("year", "open", "2017", "--group", "wildfires");

            assertThat(one.out()).contains("reports/2017.json: created for the program office's introduction and final comments");
            assertThat(f.data.resolve("reports/2017.json")).exists();
            assertThat(f.workspace().report(2017)).isPresent();
            // the next group's open finds it there
            assertThat(f.ok("year", "open", "2017", "--group", "air-quality").out()).doesNotContain("reports/2017.json");
        }

        @Test
        void anUnknownGroupOrAMalformedYearSaysWhatExists() {
            Fixture.Run group = f.run("year", "open", "2017", "--group", "water");
            Fixture.Run year = f.run("year", "open", "17");
            Fixture.Run what = f.run("year", "close", "2017");

            assertThat(group.status()).isEqualTo(Status.USAGE);
            assertThat(group.err()).contains("no working group 'water'").contains("air-quality, clean-vehicles");
            assertThat(year.err()).contains("'17' is not a year");
            assertThat(what.err()).contains("year open YEAR").contains("'close' is not one of them");
            Fixture.Run typo = f.run("year", "statsu");
            assertThat(typo.status()).isEqualTo(Status.USAGE);
            assertThat(typo.err()).contains("'statsu' is not one of them; did you mean status?");
        }

        @Test
        void statusShowsEachGroupsStateAndWhoMovedItThere() {
            open2017();
            f.complete(2017);
            f.ok("submit", "air-quality", "2017", "--by", "Ana");

            Fixture.Run run = f.ok("year", "status", "2017");

            assertThat(run.out()).contains("air-quality 2017: submitted (by Ana on 2017-04-03T15:20:00Z); 6 of 6 activities rated this year, 0 figures")
                    .contains("wildfires 2017: draft");
        }
    }

    @Nested
    class Rate {

        @Test
        void aRatingReplacesTheLevelAndIsRecordedWithBeforeAndAfter() throws Exception {
            open2017();
            Files.createDirectories(f.data.resolve("evidence"));
            Files.writeString(f.data.resolve("evidence/aq-network.pdf"), "report");

            Fixture.Run run = f.ok("rate", "aq-3-1", "Deliverable Achieved", "--rationale", "All stations report to the network.",
                    "--rationale-es", "Todas las estaciones reportan.", "--evidence", "evidence/aq-network.pdf", "--evidence-title", "Network report",
                    "--evidence", "https://example.org/aq", "--by", "Ana");

            Assessment a = f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow();
            assertThat(a.level()).isEqualTo(ProgressLevel.ACHIEVED);
            assertThat(a.rationale()).isEqualTo(Text.of("All stations report to the network.", "Todas las estaciones reportan."));
            assertThat(a.evidence()).extracting(l -> l.url()).containsExactly("evidence/aq-network.pdf", "https://example.org/aq");
            assertThat(a.evidence().get(0).title()).isEqualTo(Text.of("Network report"));
            assertThat(a.inferred()).isFalse();
            assertThat(run.out()).contains("air-quality 2017 aq-3-1: significant -> achieved");
            HistoryEntry last = f.history().get(f.history().size() - 1);
            assertThat(last.action()).isEqualTo("rate");
            assertThat(last.subject()).isEqualTo("aq-3-1");
            assertThat(last.by()).isEqualTo("Ana");
            assertThat(asMap(last.before())).containsEntry("level", "significant");
            assertThat(asMap(last.after())).containsEntry("level", "achieved");
        }

        @Test
        void withoutByTheAccountIsTheActor() {
            open2017();
            f.ok("rate", "aq-1-1", "moderate", "--rationale", "Still moderate.");

            assertThat(f.history().get(f.history().size() - 1).by()).isEqualTo("account-user");
        }

        @Test
        void everyMistakeIsNamedAndNothingChanges() {
            open2017();
            Map<String, String> before = f.files();

            Fixture.Run level = f.run("rate", "aq-1-1", "good", "--rationale", "x");
            Fixture.Run noRationale = f.run("rate", "aq-1-1", "moderate");
            Fixture.Run activity = f.run("rate", "aq-9-9", "moderate", "--rationale", "x");
            Fixture.Run outside = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", "../../etc/passwd");
            Fixture.Run missing = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", "evidence/none.pdf");
            Fixture.Run absolute = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--evidence", "/etc/passwd");
            Fixture.Run notOpen = f.run("rate", "aq-1-1", "moderate", "--rationale", "x", "--year", "2018");
            Fixture.Run unknownOption = f.run("rate", "aq-1-1", "moderate", "--rational", "x");

            assertThat(List.of(level, noRationale, activity, outside, missing, absolute, notOpen, unknownOption))
                    .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(Status.USAGE));
            assertThat(level.err()).contains("'good' is not a level of the Progress Key").contains("moderate (Moderate Progress)");
            assertThat(noRationale.err()).contains("--rationale TEXT");
            assertThat(activity.err()).contains("no working group's plan has an activity 'aq-9-9'");
            assertThat(outside.err()).contains("leads outside the workspace folder");
            assertThat(missing.err()).contains("there is no file 'evidence/none.pdf' in the workspace");
            assertThat(absolute.err()).contains("neither a web address nor a path inside the workspace");
            assertThat(notOpen.err()).contains("air-quality has no 2018 yet; open it first with: year open 2018 --group air-quality");
            assertThat(unknownOption.err()).contains("unknown option '--rational'");
            assertThat(f.files()).isEqualTo(before);
        }
    }

    @Nested
    class QuarterlyRecords {

        @Test
        void eventsAndFiguresAreAddedCorrectedReportedInAQuarterAndRemoved() {
            open2017();
            f.ok("event", "air-quality", "2017", "aq-2017-border-meeting", "--kind", "meeting", "--date", "2017-03-14",
                    "--title", "Border air quality meeting", "--organizations", "carb, semarnat", "--participants", "25",
                    "--activity", "aq-1-1", "--quarter", "1");
            f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "PM2.5 samples analysed", "--value", "120",
                    "--unit", "samples", "--target", "400", "--as-of", "2017-03", "--quarter", "2017-Q1");
            f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors were serviced.", "--es", "Se dio mantenimiento a los monitores.",
                    "--text", "A border meeting was held.");
            f.ok("event", "air-quality", "2017", "aq-2017-border-meeting", "--place", "Tijuana, Baja California");
            f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--value", "135.5", "--target", "");

            GroupYear y = f.year("air-quality", 2017);
            Event event = y.event("aq-2017-border-meeting").orElseThrow();
            assertThat(event.kind()).isEqualTo(Event.Kind.MEETING);
            assertThat(event.organizations()).containsExactly("carb", "semarnat");
            assertThat(event.participants()).isEqualTo(25);
            assertThat(event.place()).isEqualTo(Text.of("Tijuana, Baja California"));
            Metric figure = y.metric("aq-2017-samples").orElseThrow();
            assertThat(figure.value()).isEqualByComparingTo("135.5");
            assertThat(figure.target()).isNull();
            assertThat(figure.unit()).isEqualTo("samples");
            QuarterlyUpdate q1 = y.update(1).orElseThrow();
            assertThat(q1.happened()).containsExactly(Text.of("Monitors were serviced.", "Se dio mantenimiento a los monitores."),
                    Text.of("A border meeting was held."));
            assertThat(q1.metrics()).containsExactly("aq-2017-samples");
            assertThat(q1.events()).containsExactly("aq-2017-border-meeting");

            f.ok("event", "air-quality", "2017", "aq-2017-border-meeting", "--remove");
            assertThat(f.year("air-quality", 2017).events()).isEmpty();
            assertThat(f.year("air-quality", 2017).update(1).orElseThrow().events()).as("the update no longer names it").isEmpty();
            assertThat(f.history()).extracting(HistoryEntry::action).containsSubsequence("event", "figure", "update", "event", "figure", "event");
        }

        @Test
        void anUpdateDropsAFigureAndAnEventItReportsAndRefusesToDropOneItDoesNot() {
            open2017();
            f.ok("event", "air-quality", "2017", "aq-2017-call", "--kind", "meeting", "--date", "2017-02-01", "--title", "Call", "--quarter", "1");
            f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "Samples", "--value", "120", "--quarter", "2017-Q1");
            f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors were serviced.");
            assertThat(f.year("air-quality", 2017).update(1).orElseThrow().metrics()).containsExactly("aq-2017-samples");
            Map<String, String> before = f.files();

            Fixture.Run notReported = f.run("update", "air-quality", "2017-Q1", "--drop-figure", "aq-2017-none", "--drop-event", "aq-2017-call",
                    "--event", "aq-2017-call");
            assertThat(notReported.status()).isEqualTo(Status.USAGE);
            assertThat(notReported.err()).contains("--drop-figure aq-2017-none: the update of 2017-Q1 does not report the figure 'aq-2017-none'")
                    .contains("it reports: aq-2017-samples").contains("the event 'aq-2017-call' is both added and dropped");
            assertThat(f.files()).as("nothing changed").isEqualTo(before);

            f.ok("update", "air-quality", "2017-Q1", "--drop-figure", "aq-2017-samples", "--drop-event", "aq-2017-call");
            GroupYear y = f.year("air-quality", 2017);
            QuarterlyUpdate q1 = y.update(1).orElseThrow();
            assertThat(q1.metrics()).isEmpty();
            assertThat(q1.events()).isEmpty();
            assertThat(q1.happened()).as("the paragraphs are kept").containsExactly(Text.of("Monitors were serviced."));
            assertThat(y.metric("aq-2017-samples")).as("the figure stays in the year").isPresent();
            assertThat(y.event("aq-2017-call")).isPresent();
            assertThat(f.history()).last().extracting(HistoryEntry::action).isEqualTo("update");
        }

        @Test
        void badEventsAndFiguresAreRefusedWithEveryReason() {
            open2017();
            Map<String, String> before = f.files();

            Fixture.Run event = f.run("event", "air-quality", "2017", "aq-2017-x", "--kind", "party", "--date", "2016-05-01",
                    "--organizations", "carb,nobody", "--participants", "many", "--quarter", "5");
            Fixture.Run newWithout = f.run("event", "air-quality", "2017", "aq-2017-y");
            Fixture.Run takenId = f.run("figure", "air-quality", "2017", "aq-1-1", "--label", "x", "--value", "1");
            Fixture.Run usedByOtherYear = f.run("event", "air-quality", "2017", "aq-2016-tijuana-meeting", "--kind", "meeting",
                    "--date", "2017-01", "--title", "x");
            Fixture.Run figure = f.run("figure", "air-quality", "2017", "aq-2017-z", "--label", "x", "--value", "lots", "--as-of", "March");
            Fixture.Run badId = f.run("figure", "air-quality", "2017", "AQ_1", "--label", "x", "--value", "1");
            Fixture.Run update = f.run("update", "air-quality", "2017-Q5", "--text", "x");
            Fixture.Run updateRef = f.run("update", "air-quality", "2017-Q2", "--figure", "aq-2017-none");

            assertThat(event.status()).isEqualTo(Status.USAGE);
            assertThat(event.err()).contains("'party' is not an event kind").contains("2016-05-01 is not in 2017")
                    .contains("no organization 'nobody'").contains("'many' is not a number of people").contains("--quarter: must be a quarter of 2017: 1 to 4, Q1 to Q4, or 2017-Q1 to 2017-Q4, not '5'");
            assertThat(newWithout.err()).contains("needs --kind").contains("needs --date").contains("needs --title");
            assertThat(takenId.err()).contains("the id 'aq-1-1' is already used in the plan of air-quality");
            assertThat(usedByOtherYear.err()).contains("already used by an event of air-quality 2016");
            assertThat(figure.err()).contains("'lots' is not a number").contains("'March' is not a date");
            assertThat(badId.err()).contains("'AQ_1' is not a valid id");
            assertThat(update.err()).contains("must be a quarter such as 2017-Q3");
            assertThat(updateRef.err()).contains("has no figure 'aq-2017-none'");
            assertThat(f.files()).isEqualTo(before);
        }

        @Test
        void aCommaIsReadOnlyBetweenThousandsAndAWholeNumberHasNoExponent() {
            open2017();
            Map<String, String> before = f.files();

            Fixture.Run decimalComma = f.run("figure", "air-quality", "2017", "aq-2017-z", "--label", "x", "--value", "12,5");
            Fixture.Run target = f.run("figure", "air-quality", "2017", "aq-2017-z", "--label", "x", "--value", "1", "--target", "3,80");
            Fixture.Run european = f.run("figure", "air-quality", "2017", "aq-2017-z", "--label", "x", "--value", "1.234,5");
            Fixture.Run exponent = f.run("event", "air-quality", "2017", "aq-2017-x", "--kind", "meeting", "--date", "2017-03-14",
                    "--title", "x", "--participants", "1e3");

            assertThat(decimalComma.status()).isEqualTo(Status.USAGE);
            assertThat(decimalComma.err()).contains("--value: '12,5' is not a number as written here: write decimals with a point (12.5),"
                    + " and thousands with commas in groups of three or none");
            assertThat(target.err()).contains("--target: '3,80' is not a number as written here");
            assertThat(european.err()).contains("--value: '1.234,5' is not a number as written here");
            assertThat(exponent.status()).isEqualTo(Status.USAGE);
            assertThat(exponent.err()).contains("--participants: '1e3' is not a whole number as written here");
            assertThat(f.files()).isEqualTo(before);

            f.ok("figure", "air-quality", "2017", "aq-2017-z", "--label", "x", "--value", "1,234,567.5", "--target", "3,800");
            f.ok("event", "air-quality", "2017", "aq-2017-x", "--kind", "meeting", "--date", "2017-03-14", "--title", "x",
                    "--participants", "1,500");
            GroupYear year = f.store.load(f.data).workspace().year("air-quality", 2017).orElseThrow();
            assertThat(year.metric("aq-2017-z").orElseThrow().value()).isEqualByComparingTo("1234567.5");
            assertThat(year.metric("aq-2017-z").orElseThrow().target()).isEqualByComparingTo("3800");
            assertThat(year.event("aq-2017-x").orElseThrow().participants()).isEqualTo(1500);
        }

        @Test
        void narrativePartsAreWrittenAppendedAndCleared() {
            open2017();
            f.ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the group extended monitoring.", "--es", "En 2017 ...");
            f.ok("narrative", "air-quality", "2017", "next-steps", "--text", "Analyse the data.");
            f.ok("narrative", "air-quality", "2017", "next-steps", "--text", "Publish the results.", "--append");
            f.ok("narrative", "air-quality", "2017", "summary", "--clear");

            GroupYear y = f.year("air-quality", 2017);
            assertThat(y.narrative().summary()).isEmpty();
            assertThat(y.narrative().nextSteps()).containsExactly(Text.of("Analyse the data."), Text.of("Publish the results."));
            Fixture.Run bad = f.run("narrative", "air-quality", "2017", "epilogue", "--text", "x");
            assertThat(bad.err()).contains("'epilogue' is not a part of the narrative");
        }
    }

    @Nested
    class Review {

        @Test
        void draftToSubmittedToReturnedToSubmittedToApprovedToPublishedAndThenLocked() throws Exception {
            open2017();
            f.complete(2017);
            for (String g : List.of("clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
                f.ok("submit", g, "2017", "--by", "Group");
                f.ok("approve", g, "2017", "--by", "Office");
            }
            f.ok("submit", "air-quality", "2017", "--by", "Ana");
            Fixture.Run whileSubmitted = f.run("rate", "aq-1-1", "achieved", "--rationale", "x");
            assertThat(whileSubmitted.status()).isEqualTo(Status.FAILED);
            assertThat(whileSubmitted.err()).contains("air-quality 2017 is submitted (by Ana on 2017-04-03T15:20:00Z) and under review");

            f.ok("return", "air-quality", "2017", "--reason", "Rate aq-1-1 again: the ProAire was adopted.", "--by", "Office");
            assertThat(f.year("air-quality", 2017).review().last().orElseThrow().reason()).isEqualTo("Rate aq-1-1 again: the ProAire was adopted.");
            f.ok("rate", "aq-1-1", "achieved", "--rationale", "ProAire adopted.", "--rationale-es", "ProAire adoptado.");
            f.ok("submit", "air-quality", "2017", "--by", "Ana");
            Fixture.Run notAllApproved = f.run("publish", "2017", "--by", "Office");
            assertThat(notAllApproved.status()).isEqualTo(Status.FAILED);
            assertThat(notAllApproved.err()).contains("not approved: air-quality (submitted)");
            f.ok("approve", "air-quality", "2017", "--by", "Office");

            Fixture.Run publish = f.ok("publish", "2017", "--by", "Maria Lopez");

            Path report = f.data.resolve("published/2017/progress-report-2017.txt");
            assertThat(publish.out().lines()).containsExactly(report.toString(), f.data.resolve("published/2017/progress-report-2017-es.txt").toString());
            assertThat(Files.readString(report)).contains("aq-1-1 achieved");
            assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).allSatisfy(y -> assertThat(y.published()).isTrue());
            assertThat(f.year("air-quality", 2017).review().steps()).extracting(s -> s.state())
                    .containsExactly(ReviewState.SUBMITTED, ReviewState.RETURNED, ReviewState.SUBMITTED, ReviewState.APPROVED, ReviewState.PUBLISHED);

            Map<String, String> locked = f.files();
            Fixture.Run change = f.run("rate", "aq-1-1", "initial", "--rationale", "x");
            Fixture.Run ret = f.run("return", "air-quality", "2017", "--reason", "x");
            Fixture.Run narrative = f.run("narrative", "air-quality", "2017", "summary", "--text", "x");
            Fixture.Run again = f.run("publish", "2017");
            assertThat(List.of(change, ret, narrative, again)).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.FAILED));
            assertThat(change.err()).contains("air-quality 2017 was published (by Maria Lopez on 2017-04-03T15:20:00Z) and is locked");
            assertThat(ret.err()).contains("was published (by Maria Lopez");
            assertThat(again.err()).contains("2017 is already published (by Maria Lopez on 2017-04-03T15:20:00Z)");
            assertThat(f.files()).isEqualTo(locked);
        }

        @Test
        void aPublicationCutShortIsFinishedByPublishingAgain() throws Exception {
            open2017();
            f.complete(2017);
            for (String g : List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
                f.ok("submit", g, "2017");
                f.ok("approve", g, "2017");
            }
            // as if a publish had been killed after saving one group's year
            GroupYear aq = f.year("air-quality", 2017);
            f.store.save(f.data, Workbench.withYear(f.workspace(), aq.withReview(aq.review().with(
                    new mou.core.model.ReviewStep(ReviewState.PUBLISHED, "Maria Lopez", Fixture.NOW, null)))));

            f.ok("publish", "2017", "--by", "Maria Lopez");

            assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).allSatisfy(y -> assertThat(y.published()).isTrue());
            assertThat(f.year("air-quality", 2017).review().steps()).extracting(s -> s.state()).containsOnlyOnce(ReviewState.PUBLISHED);
        }

        @Test
        void publishPutsThePagedFormatsOnTheGivenPaperAndRefusesAnUnknownOneChangingNothing() throws Exception {
            open2017();
            f.complete(2017);
            for (String g : List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
                f.ok("submit", g, "2017");
                f.ok("approve", g, "2017");
            }
            Map<String, String> before = f.files();
            Fixture.Run b5 = f.run("publish", "2017", "--paper", "b5");
            assertThat(b5.status()).isEqualTo(Status.USAGE);
            assertThat(b5.err()).contains("publish: --paper must be letter or a4, not 'b5'");
            assertThat(f.files()).isEqualTo(before);

            f.ok("publish", "2017", "--paper", "A4", "--by", "Maria Lopez");

            // the test format writes "paper: a4" when a format is asked for A4 pages
            assertThat(Files.readString(f.data.resolve("published/2017/progress-report-2017.txt"))).endsWith("\npaper: a4");
            assertThat(Files.readString(f.data.resolve("published/2017/progress-report-2017-es.txt"))).endsWith("\npaper: a4");
        }

        @Test
        void transitionsOutOfOrderAreRefusedSayingWhatComesNext() {
            open2017();
            f.complete(2017);
            f.ok("rate", "aq-1-1", "moderate", "--rationale", "x");

            Fixture.Run approveDraft = f.run("approve", "air-quality", "2017");
            Fixture.Run returnDraft = f.run("return", "air-quality", "2017", "--reason", "x");
            Fixture.Run noReason = f.run("return", "air-quality", "2017");
            f.ok("submit", "air-quality", "2017");
            Fixture.Run submitTwice = f.run("submit", "air-quality", "2017");

            assertThat(approveDraft.status()).isEqualTo(Status.FAILED);
            assertThat(approveDraft.err()).contains("air-quality 2017 is draft, so it cannot be approved; the group submits it first: submit air-quality 2017");
            assertThat(returnDraft.err()).contains("cannot be returned");
            assertThat(noReason.status()).isEqualTo(Status.USAGE);
            assertThat(submitTwice.err()).contains("is submitted (by account-user").contains("approve air-quality 2017");
        }

        @Test
        void aYearWithUnratedActivitiesCannotBeSubmitted() throws Exception {
            f.ok("year", "open", "2017", "--group", "air-quality");
            GroupYear y = f.year("air-quality", 2017);
            // a group that removed two ratings by hand
            f.store.save(f.data, mou.cycle.internal.Workbench.withYear(f.workspace(), y.withAssessments(y.assessments().subList(2, y.assessments().size()))));
            Fixture.Run run = f.run("submit", "air-quality", "2017");

            assertThat(run.status()).isEqualTo(Status.FAILED);
            assertThat(run.err()).contains("2 of 6 activities are not rated: aq-1-1, aq-2-1");
        }
    }

    @Nested
    class History {

        @Test
        void anActivitysOrAGroupsChangesAreShownOldestFirstWithWhoWhatAndWhy() {
            open2017();
            f.ok("rate", "aq-3-1", "achieved", "--rationale", "All stations report.", "--by", "Ana");
            f.ok("rate", "cv-1-1", "initial", "--rationale", "Started.", "--by", "Luis");
            f.ok("rate", "aq-3-1", "significant", "--rationale", "One station is down.", "--by", "Ana", "--why", "station 3 failed");

            Fixture.Run activity = f.ok("history", "--activity", "aq-3-1");
            Fixture.Run group = f.ok("history", "--group", "clean-vehicles");
            Fixture.Run none = f.ok("history", "--activity", "wf-9-9");

            List<String> lines = activity.out().lines().toList();
            // each change: a line with when, who, what and where, then its fields, then why
            assertThat(lines.stream().filter(l -> !l.startsWith(" "))).containsExactly(
                    "2017-04-03T15:20:00Z  Ana  rate  air-quality 2017: activity aq-3-1 changed",
                    "2017-04-03T15:20:00Z  Ana  rate  air-quality 2017: activity aq-3-1 changed");
            assertThat(lines).containsSubsequence(
                    "2017-04-03T15:20:00Z  Ana  rate  air-quality 2017: activity aq-3-1 changed",
                    "  level: Significant Progress → Deliverable Achieved",
                    "  rationale: Level carried over from 2016; not yet re-rated for 2017. → All stations report.",
                    "  because: All stations report.",
                    "2017-04-03T15:20:00Z  Ana  rate  air-quality 2017: activity aq-3-1 changed",
                    "  level: Deliverable Achieved → Significant Progress",
                    "  rationale: All stations report. → One station is down.",
                    "  because: station 3 failed");
            assertThat(lines).contains("  inferred from the narrative: yes → no");
            assertThat(group.out()).contains("year open  clean-vehicles 2017").contains("Luis  rate  clean-vehicles 2017: activity cv-1-1 changed");
            assertThat(group.out()).doesNotContain("air-quality");
            assertThat(none.out()).contains("no change recorded that matches");
            // a group with no change yet is answered so; a group the workspace does not have is a mistake
            assertThat(f.ok("history", "--group", "wildfires", "--year", "2016").out()).contains("no change recorded that matches");
            Fixture.Run typo = f.run("history", "--group", "air-qualty");
            assertThat(typo.status()).isEqualTo(Status.USAGE);
            assertThat(typo.err()).contains("there is no working group 'air-qualty' in the workspace; groups: ")
                    .contains("air-quality").doesNotContain("no change recorded");
        }
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : CycleHelp.SUMMARIES.keySet()) {
            Fixture.Run run = f.ok(command, "--help");
            assertThat(run.out()).as(command).startsWith("Usage: ").contains("Exit status:");
        }
    }

    @Test
    void anInvalidWorkspaceIsRefusedWithItsProblemsAndExitOne() throws Exception {
        Path file = f.data.resolve("groups/air-quality/2016.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"level\": \"moderate\"", "\"level\": \"good\""));

        Fixture.Run run = f.run("year", "open", "2017");

        assertThat(run.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(run.err()).contains("groups/air-quality/2016.json:").contains("'good' is not a progress level")
                .contains("the workspace has 1 error; nothing was changed (fix it and run validate)");
        assertThat(f.data.resolve("groups/air-quality/2017.json")).doesNotExist();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
