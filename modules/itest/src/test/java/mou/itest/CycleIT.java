package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 2017 reporting cycle run end to end in the real framework (one for the class), each command in
 * a session of its own as `./mou COMMAND` runs it: the office opens the year, groups rate, record quarterly updates, fill in
 * a spreadsheet and submit, the office returns one year, approves them all and publishes; the
 * published report shows the changes against 2016, and the year is locked.
 */
class CycleIT {

    static InProcessApp mou;

    App app;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @BeforeEach
    void everyShippedGroup() throws Exception {
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        app = mou.app;
    }

    private App.Run ok(String... args) throws Exception {
        App.Run run = mou.run(args);
        assertThat(run.exit()).as("mou %s\n%s", String.join(" ", args), run).isZero();
        return run;
    }

    @Test
    void the2017CycleFromOpeningTheYearToThePublishedReportWithItsYearOverYearChanges() throws Exception {
        ok("year", "open", "2017", "--by", "Program Office");
        assertThat(app.data.resolve("groups/air-quality/2017.json")).exists();

        // Air Quality rates two activities on the command line, with evidence kept in the workspace
        Files.createDirectories(app.data.resolve("evidence"));
        Files.writeString(app.data.resolve("evidence/proaire-2017.txt"), "Baja California ProAire, adopted 2017");
        ok("rate", "aq-1-1", "significant", "--rationale", "The ProAire was adopted.", "--evidence", "evidence/proaire-2017.txt",
                "--by", "Ana Ruiz");
        ok("rate", "aq-3-1", "achieved", "--rationale", "Every station reports to the network.", "--by", "Ana Ruiz");

        // its first quarter: an event, a figure and what happened
        ok("event", "air-quality", "2017", "aq-2017-border-meeting", "--kind", "meeting", "--date", "2017-03-14",
                "--title", "Border air quality meeting", "--organizations", "carb,semarnat", "--quarter", "1", "--by", "Ana Ruiz");
        ok("figure", "air-quality", "2017", "aq-2017-pm25-samples", "--label", "PM2.5 samples analysed", "--value", "120",
                "--unit", "samples", "--as-of", "2017-03", "--quarter", "1", "--by", "Ana Ruiz");
        ok("update", "air-quality", "2017-Q1", "--text", "Monitors in Mexicali were serviced and recalibrated.", "--by", "Ana Ruiz");
        ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the Air Quality Working Group adopted the ProAire.",
                "--by", "Ana Ruiz");

        // the internal quarterly report
        App.Run quarterly = ok("report", "--group", "air-quality", "--quarter", "2017-Q1", "--format", "md", "--out", "quarterly");
        Path quarterlyReport = app.home.resolve("quarterly/quarterly-report-air-quality-2017-Q1.md");
        assertThat(quarterly.outLines()).containsExactly(quarterlyReport.toString());
        assertThat(Files.readString(quarterlyReport)).contains("Monitors in Mexicali were serviced and recalibrated.")
                .contains("Border air quality meeting").contains("PM2.5 samples analysed");

        // Wildfires work in a spreadsheet: the XLSX export round-trips unchanged in the framework (POI inside the bundle) ...
        App.Run export = ok("export", "wildfires", "2017", "--out", "wildfires-2017.xlsx", "--by", "Luis Soto");
        assertThat(export.outLines()).containsExactly(app.home.resolve("wildfires-2017.xlsx").toString());
        assertThat(export.err()).isEmpty();
        Map<String, String> beforeImport = App.fingerprint(app.data);
        assertThat(ok("import", "wildfires-2017.xlsx", "--by", "Luis Soto").out()).contains("nothing changed");
        assertThat(App.fingerprint(app.data)).isEqualTo(beforeImport);
        // ... and the CSV export is filled in and imported
        ok("export", "wildfires", "2017", "--format", "csv", "--out", "csv");
        Path assessments = app.home.resolve("csv/wildfires-2017-assessments.csv");
        String csv = Files.readString(assessments, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(csv.lines().toList());
        int row = 1;
        while (!lines.get(row).contains(",\"No Progress\",")) {
            row++;
        }
        String wildfiresActivity = lines.get(row).split(",")[1];
        lines.set(row, lines.get(row).replaceFirst("(,\"No Progress\"),\"No Progress\",\"[^\"]*\"", "$1,\"Initial Progress\",\"Two trainings were agreed.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        assertThat(ok("import", "csv", "--by", "Luis Soto").out()).contains("  activity " + wildfiresActivity + " changed:\n"
                + "    level: No Progress → Initial Progress\n");

        // every group submits, with the levels it did not re-rate still carried over: so it says why
        // (the complete cycle, without these reasons, is WholeCycleTest's in the cycle module)
        for (String group : List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
            ok("submit", group, "2017", "--by", "Group Lead", "--incomplete", "the other levels stand as in 2016");
        }
        App.Run locked = mou.run("rate", "aq-1-1", "achieved", "--rationale", "x");
        assertThat(locked.exit()).isEqualTo(3);
        assertThat(locked.err()).contains("air-quality 2017 is submitted (by Group Lead");
        ok("return", "air-quality", "2017", "--reason", "Add the evidence of the network report.", "--by", "Program Office");
        ok("rate", "aq-3-1", "achieved", "--rationale", "Every station reports to the network.", "--evidence", "https://example.org/aq-network",
                "--by", "Ana Ruiz");
        ok("submit", "air-quality", "2017", "--by", "Ana Ruiz", "--incomplete", "the other levels stand as in 2016");
        for (String group : List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires")) {
            ok("approve", group, "2017", "--by", "Program Office");
        }

        App.Run refused = mou.run("publish", "2017", "--by", "Maria Lopez");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("the program office's introduction for 2017 is empty")
                .contains("clean-vehicles 2017: 8 of 8 activities are not re-rated for 2017")
                // and the texts written in English only this year, each in its file
                .containsPattern("2017 was not published: \\d+ texts? of its report (has|have) no current Spanish version")
                .containsPattern("groups/air-quality/2017\\.json:\\d+:\\d+: \\$\\.assessments\\[\\d\\]\\.rationale: no Spanish for"
                        + " \"Every station reports to the network\\.\"")
                .contains("publish 2017 --allow-untranslated REASON");
        App.Run stillUntranslated = mou.run("publish", "2017", "--by", "Maria Lopez", "--allow-missing", "the board meets tomorrow");
        assertThat(stillUntranslated.exit()).isEqualTo(3);
        assertThat(stillUntranslated.err()).contains("no current Spanish version").doesNotContain("introduction for 2017 is empty");
        App.Run publish = ok("publish", "2017", "--by", "Maria Lopez", "--allow-missing", "the board meets tomorrow",
                "--allow-untranslated", "the translators deliver in May");
        assertThat(publish.err()).contains("published incomplete, because: the board meets tomorrow")
                .contains("without a current Spanish version, because: the translators deliver in May");

        Path published = app.data.resolve("published/2017");
        assertThat(publish.outLines()).contains(published.resolve("progress-report-2017.html").toString(),
                published.resolve("progress-report-2017.md").toString(), published.resolve("progress-report-2017.json").toString());
        String md = Files.readString(published.resolve("progress-report-2017.md"));
        assertThat(md).contains("Moderate Progress → Significant Progress").as("aq-1-1 rose from 2016")
                .contains("Significant Progress → Deliverable Achieved").as("aq-3-1 rose from 2016")
                .contains("No Progress → Initial Progress").as("the imported Wildfires rating")
                .contains("Progress over the Years")
                .contains("In 2017 the Air Quality Working Group adopted the ProAire.");
        assertThat(Files.readString(published.resolve("progress-report-2017.json"))).contains("Moderate Progress → Significant Progress");
        assertThat(Files.readString(published.resolve("progress-report-2017.html"))).contains("Progress over the Years");

        // the published year is locked, and says by whom and when
        Map<String, String> afterPublish = App.fingerprint(app.data);
        App.Run change = mou.run("rate", "aq-1-1", "achieved", "--rationale", "x", "--by", "Ana Ruiz");
        assertThat(change.exit()).isEqualTo(3);
        assertThat(change.err()).containsPattern("air-quality 2017 was published \\(by Maria Lopez on 20\\d\\d-\\d\\d-\\d\\dT[0-9:]+Z\\) and is locked");
        assertThat(App.fingerprint(app.data)).isEqualTo(afterPublish);

        // the history tells the story of an activity
        App.Run history = ok("history", "--activity", "aq-3-1");
        assertThat(history.outLines().stream().filter(l -> !l.startsWith(" "))).as("two changes, each with its fields below it").hasSize(2);
        assertThat(history.outLines()).contains("  level: Significant Progress → Deliverable Achieved");
        assertThat(history.outLines().get(0)).endsWith("Ana Ruiz  rate  air-quality 2017: activity aq-3-1 changed");
        assertThat(ok("history", "--group", "air-quality").out()).contains("year open").contains("submit").contains("return")
                .contains("because: Add the evidence of the network report.").contains("approve").contains("Maria Lopez  publish");
        assertThat(ok("year", "status", "2017").outLines()).allSatisfy(l -> assertThat(l).contains(": published (by Maria Lopez"));
        assertThat(ok("validate").err()).isEmpty();
    }

    @Test
    void aReportOfTheFirstRecordedYearSaysThereIsNoPreviousYear() throws Exception {
        App.Run run = ok("report", "--year", "2016", "--format", "md", "--out", "out");

        assertThat(Files.readString(app.home.resolve("out/progress-report-2016.md")))
                .contains("2016 is the first year with recorded progress, so there is no previous year to compare with.");
        assertThat(run.outLines()).hasSize(1);
    }

    @Test
    void cycleCommandsRunFromTheLauncherWithTheirHelpAndAMistakeExitsTwo() throws Exception {
        // import and return are Java keywords: Gogo finds them as _import and _return
        for (String command : List.of("import", "return", "year")) {
            App.Run help = mou.run(command, "--help");
            assertThat(help.exit()).as("%s --help\n%s", command, help).isZero();
            assertThat(help.out()).startsWith("Usage: ");
        }
        App.Run mistake = mou.run("rate", "aq-1-1", "excellent", "--rationale", "x");
        assertThat(mistake.exit()).isEqualTo(2);
        assertThat(mistake.err()).contains("'excellent' is not a level of the Progress Key");
        App.Run reportMistake = mou.run("report", "--quarter", "2017-Q1");
        assertThat(reportMistake.exit()).isEqualTo(2);
        assertThat(reportMistake.err()).contains("--quarter needs --group");
    }
}
