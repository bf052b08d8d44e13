package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import java.util.LinkedHashMap;
import mou.core.cycle.Acting;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportYear;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2017 cycle run as docs/reporting-cycle.md describes it, command by command, on a copy of the
 * shipped data: the year cannot be published by accident while it is empty, and is published once
 * the groups have done their part and the program office has written its introduction.
 */
class WholeCycleTest {

    private static final String OFFICE = "Program Office";

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void shippedData() {
        f = new Fixture(temp);
    }

    @Test
    void anEmptyYearCannotBePublishedByAccident() {
        f.ok("year", "open", "2017", "--by", OFFICE);
        Map<String, String> opened = f.files();

        // every step a hurried office and group could take, without saying why anything is missing
        List<Fixture.Run> runs = new ArrayList<>();
        for (String g : PublishTest.GROUPS) {
            runs.add(f.run("submit", g, "2017", "--by", "Group"));
            runs.add(f.run("approve", g, "2017", "--by", OFFICE));
        }
        runs.add(f.run("publish", "2017", "--by", OFFICE));
        runs.add(f.run("publish", "2017", "--by", OFFICE, "--allow-missing", "it is late"));

        assertThat(runs).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(Status.FAILED));
        assertThat(runs.get(0).err()).contains("air-quality 2017 cannot be submitted");
        assertThat(runs.get(1).err()).contains("air-quality 2017 is draft, so it cannot be approved");
        assertThat(runs.get(runs.size() - 1).err()).as("--allow-missing does not approve a year").contains("not approved: air-quality (draft)");
        assertThat(f.files()).as("nothing changed, nothing published").isEqualTo(opened);
        assertThat(f.data.resolve("published")).doesNotExist();
    }

    @Test
    void the2017CycleAsTheGuideDescribesIt() throws Exception {
        // 1. the program office opens the year
        Fixture.Run open = f.ok("year", "open", "2017", "--by", OFFICE);
        assertThat(open.out()).contains("air-quality 2017: opened, 6 of 6 activities start from their 2016 level")
                .contains("reports/2017.json: created for the program office's introduction and final comments");
        assertThat(f.ok("year", "status", "2017").out())
                .contains("air-quality 2017: draft; 0 of 6 activities rated this year, 6 carried over from the year before (not yet re-rated)");

        // a group that submits right away is told what is missing
        Fixture.Run tooEarly = f.run("submit", "air-quality", "2017", "--by", "Ana Ruiz");
        assertThat(tooEarly.status()).isEqualTo(Status.FAILED);
        assertThat(tooEarly.err()).contains("6 of 6 activities are not re-rated for 2017").contains("--incomplete REASON");

        // 2. air-quality records its progress with the commands
        f.ok("event", "air-quality", "2017", "aq-2017-border-meeting", "--kind", "meeting", "--date", "2017-03-14",
                "--title", "Border air quality meeting", "--organizations", "carb,semarnat", "--participants", "25", "--quarter", "1");
        f.ok("figure", "air-quality", "2017", "aq-2017-pm25-samples", "--label", "PM2.5 samples analysed", "--value", "120",
                "--unit", "samples", "--target", "400", "--as-of", "2017-03", "--activity", "aq-3-2", "--quarter", "1");
        f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors in Mexicali were serviced.", "--es", "Se dio mantenimiento ...");
        Files.createDirectories(f.data.resolve("evidence"));
        Files.writeString(f.data.resolve("evidence/aq-network-2017.pdf"), "network report");
        f.ok("rate", "aq-3-1", "achieved", "--rationale", "Every station reports to the network.",
                "--evidence", "evidence/aq-network-2017.pdf", "--evidence-title", "Network report", "--by", "Ana Ruiz");
        // the other activities keep their 2016 level, confirmed with a rationale of 2017
        Map<String, String> levels2016 = Map.of("aq-1-1", "moderate", "aq-2-1", "initial", "aq-2-2", "initial", "aq-3-2", "significant",
                "aq-3-3", "moderate");
        levels2016.forEach((activity, level) -> f.ok("rate", activity, level, "--rationale", "Unchanged in 2017: " + activity + ".",
                "--by", "Ana Ruiz"));
        assertThat(f.year("air-quality", 2016).assessments()).allSatisfy(a -> assertThat(a.level().id())
                .isEqualTo(levels2016.getOrDefault(a.activityId(), "significant")));
        f.ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the Air Quality Working Group serviced its monitors.");
        f.ok("narrative", "air-quality", "2017", "accomplishments", "--text", "The network reports.", "--text", "A border meeting was held.");
        f.ok("narrative", "air-quality", "2017", "challenges", "--text", "Funding ends in 2018.", "--append");
        f.ok("narrative", "air-quality", "2017", "next-steps", "--text", "Renew the funding.");
        assertThat(f.ok("year", "status", "2017", "--group", "air-quality").out())
                .contains("air-quality 2017: draft; 6 of 6 activities rated this year, 1 figure, 1 event, quarterly updates: Q1")
                .doesNotContain("missing");

        // clean-vehicles fills in the spreadsheet (as CSV files)
        f.ok("export", "clean-vehicles", "2017", "--format", "csv", "--out", "cv", "--by", "Luis");
        Path assessments = f.home.resolve("cv/clean-vehicles-2017-assessments.csv");
        String sheet = Files.readString(assessments, StandardCharsets.UTF_8);
        // a level changed in the sheet with the carried-over rationale kept is refused at its cell
        String changedOnly = sheet.replaceFirst("\"Moderate Progress\",\"Moderate Progress\",\"Level carried over",
                "\"Moderate Progress\",\"Significant Progress\",\"Level carried over");
        assertThat(changedOnly).isNotEqualTo(sheet);
        Files.writeString(assessments, changedOnly, StandardCharsets.UTF_8);
        Fixture.Run keptRationale = f.run("import", "cv", "--by", "Luis");
        assertThat(keptRationale.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(keptRationale.err()).contains("clean-vehicles-2017-assessments.csv!F2: the level changes from moderate to significant but"
                + " the rationale is still the one carried over from last year");
        Files.writeString(assessments, changedOnly.replace("Level carried over from 2016; not yet re-rated for 2017.",
                "Rated by the group in 2017."), StandardCharsets.UTF_8);
        Files.writeString(f.home.resolve("cv/clean-vehicles-2017-narrative.csv"), "Part,English,Spanish\n"
                + "summary,\"In 2017 the Clean Vehicles Working Group met twice.\",\n"
                + "accomplishments,\"The standards were drafted.\",\n"
                + "next-steps,\"Adopt the standards.\",\n", StandardCharsets.UTF_8);
        f.ok("import", "cv", "--by", "Luis");
        GroupYear cv = f.year("clean-vehicles", 2017);
        assertThat(cv.assessments()).noneMatch(Assessment::carriedOver);
        assertThat(cv.assessment("cv-1-1").orElseThrow().level().id()).isEqualTo("significant");

        // the other groups fill in their workbooks: every level confirmed with a rationale of 2017, the narrative written
        for (String g : List.of("climate-change", "solid-waste", "wildfires")) {
            Map<String, SheetContent> sheets = new LinkedHashMap<>();
            for (SheetTable t : f.service.exportYear(new ExportYear(new Acting(f.data, g, null), g, 2017)).tables()) {
                List<List<String>> rows = new ArrayList<>();
                rows.add(t.columns().stream().map(c -> c.header()).toList());
                for (List<String> row : t.rows()) {
                    List<String> filled = new ArrayList<>(row);
                    if (t.name().equals("Assessments")) {
                        filled.set(5, "Confirmed for 2017: " + row.get(1) + ".");
                    }
                    rows.add(filled);
                }
                if (t.name().equals("Narrative")) {
                    for (String part : List.of("summary", "accomplishments", "next-steps")) {
                        rows.add(List.of(part, "The " + part + " of " + g + " in 2017.", ""));
                    }
                }
                sheets.put(t.name(), new SheetContent(t.name(), rows));
            }
            f.service.importYear(new ImportYear(new Acting(f.data, g, null), sheets, g + "-2017.xlsx"));
        }

        // 3. review
        for (String g : PublishTest.GROUPS) {
            f.ok("submit", g, "2017", "--by", "Group");
        }
        f.ok("return", "air-quality", "2017", "--reason", "Add the evidence of the network report.", "--by", OFFICE);
        f.ok("rate", "aq-3-2", "significant", "--rationale", "Monitoring goes on; see the network report.",
                "--evidence", "evidence/aq-network-2017.pdf", "--by", "Ana Ruiz");
        f.ok("submit", "air-quality", "2017", "--by", "Ana Ruiz");
        for (String g : PublishTest.GROUPS) {
            f.ok("approve", g, "2017", "--by", OFFICE);
        }
        assertThat(f.ok("year", "status", "2017").out()).contains("clean-vehicles 2017: approved (by Program Office on")
                .contains("8 of 8 activities rated this year")
                .contains("program office 2017: missing: the program office's introduction for 2017 is empty");

        // 4. publication: not without the office's introduction
        Map<String, String> approved = f.files();
        Fixture.Run noIntroduction = f.run("publish", "2017", "--by", "Maria Lopez");
        assertThat(noIntroduction.status()).isEqualTo(Status.FAILED);
        assertThat(noIntroduction.err()).contains("2017 was not published: its report would miss a part:")
                .contains("the program office's introduction for 2017 is empty; write it with introduction 2017 --text TEXT");
        assertThat(f.files()).isEqualTo(approved);

        f.ok("introduction", "2017", "--text", "In 2017 the working groups carried the MOU forward.", "--by", "Maria Lopez");
        // nor with texts a Spanish reader would read in English: each named in its file, all counted
        Map<String, String> introduced = f.files();
        Fixture.Run untranslated = f.run("publish", "2017", "--by", "Maria Lopez");
        assertThat(untranslated.status()).isEqualTo(Status.FAILED);
        assertThat(untranslated.err()).containsPattern("2017 was not published: \\d+ texts of its report have no current Spanish version")
                .contains("groups/air-quality/2017.json:6:7: $.narrative.summary[0]: no Spanish for \"In 2017 the Air Quality Working Group")
                .contains("more (validate --language es lists them all)").contains("publish 2017 --allow-untranslated REASON");
        assertThat(f.files()).isEqualTo(introduced);
        Fixture.Run publish = f.ok("publish", "2017", "--by", "Maria Lopez", "--allow-untranslated", "The translators deliver in May.");
        assertThat(publish.err()).contains("without a current Spanish version, because: The translators deliver in May.");
        assertThat(f.history().stream().filter(h -> h.action().equals("publish"))).allSatisfy(h -> assertThat(h.why())
                .contains("without a current Spanish version: The translators deliver in May."));

        Path published = f.data.resolve("published/2017/progress-report-2017.txt");
        assertThat(publish.out().lines()).as("in English and in Spanish").containsExactly(published.toString(),
                published.resolveSibling("progress-report-2017-es.txt").toString());
        assertThat(publish.err()).doesNotContain("incomplete");
        String text = Files.readString(published);
        assertThat(text).contains("aq-3-1 achieved").contains("cv-1-1 significant").doesNotContain("published incomplete")
                .contains("without a current Spanish version, by decision of the program office. Reason: The translators deliver in May.");
        assertThat(f.workspace().report(2017).orElseThrow().introduction()).extracting(t -> t.en())
                .containsExactly("In 2017 the working groups carried the MOU forward.");
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).hasSize(5).allSatisfy(y -> {
            assertThat(y.review().state()).isEqualTo(ReviewState.PUBLISHED);
            assertThat(y.review().steps()).allSatisfy(s -> assertThat(s.incomplete()).isNull());
        });
        Fixture.Run locked = f.run("rate", "aq-1-1", "achieved", "--rationale", "Too late.");
        assertThat(locked.status()).isEqualTo(Status.FAILED);
        assertThat(locked.err()).contains("air-quality 2017 was published (by Maria Lopez");
    }

    @Test
    void reportAndWorkspaceFilesGetTheModeOfANewFile() throws Exception {
        f.ok("year", "open", "2017", "--by", OFFICE);
        f.complete(2017);
        for (String g : PublishTest.GROUPS) {
            f.ok("submit", g, "2017");
            f.ok("approve", g, "2017");
        }
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        f.ok("publish", "2017", "--by", "Maria Lopez", "--out", "copy");

        List<Path> files = List.of(f.data.resolve("published/2017/progress-report-2017.txt"), f.home.resolve("copy/progress-report-2017.txt"),
                f.home.resolve("csv/air-quality-2017-assessments.csv"),
                f.data.resolve("groups/air-quality/2017.json"), f.data.resolve("reports/2017.json"), f.data.resolve("history.jsonl"));
        for (Path file : files) {
            Path fresh;
            try {
                fresh = Files.createFile(file.resolveSibling("fresh-" + file.getFileName()));
            } catch (UnsupportedOperationException e) {
                return; // not a POSIX file system
            }
            String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh));
            Files.delete(fresh);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("%s", file).isEqualTo(usual);
        }
    }
}
