package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.command.Status;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import mou.testfixtures.TestGroup;
import mou.testfixtures.TestSection;

/** {@code report} through the commands as the shell runs them. */
class ReportCommandTest extends CommandTestBase {

    @Test
    void writesEveryInstalledFormatForTheLatestYearIntoOutUnderTheCurrentDirectory() throws IOException {
        int status = run("report");

        assertThat(status).isZero();
        assertThat(store.loaded).containsExactly(home.resolve("data"));
        Path out = cwd.resolve("out");
        assertThat(names(out)).containsExactly("progress-report-2016.html", "progress-report-2016.json", "progress-report-2016.md");
        assertThat(captured.outLines()).containsExactly(
                out.resolve("progress-report-2016.html").toString(),
                out.resolve("progress-report-2016.json").toString(),
                out.resolve("progress-report-2016.md").toString());
        assertThat(Files.readString(out.resolve("progress-report-2016.md"))).isEqualTo("format md: Progress Report (2016, en)");
        assertThat(captured.err()).isEmpty();
    }

    @Test
    void aFormatWrittenOnRequestIsLeftOutWithoutFormatAndWrittenWhenNamed() throws IOException {
        formats.add(mou.testfixtures.TestFormat.onRequest("pdf", "pdf"));

        assertThat(run("report")).isZero();
        assertThat(names(cwd.resolve("out"))).containsExactly("progress-report-2016.html", "progress-report-2016.json",
                "progress-report-2016.md");

        assertThat(run("report", "--format", "pdf,md", "--out", "both")).isZero();
        assertThat(names(cwd.resolve("both"))).containsExactly("progress-report-2016.md", "progress-report-2016.pdf");
        assertThat(Files.readString(cwd.resolve("both/progress-report-2016.pdf"))).isEqualTo("format pdf: Progress Report (2016, en)");
    }

    @Test
    void honoursYearFormatsLanguageAndRelativeFolders() throws IOException {
        Files.createDirectories(cwd.resolve("ws"));

        int status = run("report", "--data", "ws", "--year=2015", "--format", "md, html", "--out", "site/reports", "--language", "es");

        assertThat(status).isZero();
        assertThat(store.loaded).containsExactly(cwd.resolve("ws"));
        assertThat(names(cwd.resolve("site/reports"))).containsExactly("progress-report-2015-es.html", "progress-report-2015-es.md");
        assertThat(Files.readString(cwd.resolve("site/reports/progress-report-2015-es.md"))).as("the test workspace's title has no Spanish: marked for the format to show it as English")
                .isEqualTo("format md: " + untranslated("Progress Report") + " (2015, es)");
        assertThat(captured.outLines()).hasSize(2).first().asString().endsWith("progress-report-2015-es.md");
    }

    @Test
    void aReportIntoThePublishedFolderOfTheWorkspaceIsRefusedSoThatNoLockedYearsReportIsReplaced() throws IOException {
        Path published = Files.createDirectories(home.resolve("data/published/2016"));
        Files.writeString(published.resolve("progress-report-2016.md"), "the published report");
        Files.createDirectories(cwd);
        Path link = Files.createSymbolicLink(cwd.resolve("site"), home.resolve("data/published"));

        List<String> outs = List.of(published.toString(), "site/2016", home.resolve("data/published/2099").toString());
        for (int i = 0; i < outs.size(); i++) {
            int status = run("report", "--out", outs.get(i));

            assertThat(status).as(outs.get(i)).isEqualTo(2);
            assertThat(captured.errLines().stream().filter(l -> l.contains("is inside the workspace's published/ folder")
                    && l.contains("only publish writes there"))).as(outs.get(i)).hasSize(i + 1);
        }
        assertThat(Files.readString(published.resolve("progress-report-2016.md"))).isEqualTo("the published report");
        assertThat(names(published)).containsExactly("progress-report-2016.md");
        assertThat(captured.out()).as("no report file is named as written").doesNotContain("progress-report");
        assertThat(link).exists();
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheInstalledOnes() throws IOException {
        int status = run("report", "--format", "html,pdf");

        assertThat(status).isEqualTo(2);
        assertThat(captured.err()).contains("unknown format 'pdf'").contains("installed formats: html, json, md");
        assertThat(store.loaded).isEmpty();
        assertThat(names(cwd.resolve("out"))).isEmpty();
    }

    @Test
    void aYearThatIsNotAYearOrHasNoProgressIsAUsageError() throws IOException {
        assertThat(run("report", "--year", "last")).isEqualTo(2);
        assertThat(captured.err()).contains("--year must be a year, four digits such as 2017, from 1900 to 2200, not 'last'");

        assertThat(run("report", "--year", "1800")).isEqualTo(2);
        assertThat(captured.err()).contains("from 1900 to 2200, not '1800'");

        assertThat(run("report", "--year", "1999")).isEqualTo(2);
        assertThat(captured.err()).contains("no progress for 1999").contains("years with progress: 2015, 2016");
        assertThat(names(cwd.resolve("out"))).isEmpty();
    }

    @Test
    void aWorkspaceWithErrorsPrintsEveryProblemAndWritesNothing() throws IOException {
        Problem bad = error("groups/water/2016.json", 12, 18, "'great' is not a progress level");
        Problem dangling = error("groups/water/2016.json", 20, 21, "no activity 'w-9-9'");
        Problem note = warning("agreement.json", 3, 5, "unknown key");
        store.result = new LoadResult(workspace(2016), List.of(bad, note, dangling));

        int status = run("report");

        assertThat(status).isEqualTo(1);
        assertThat(captured.errLines()).contains(bad.format(), dangling.format(), note.format());
        assertThat(captured.err()).contains("2 errors; nothing was written (fix them and run validate)");
        assertThat(names(cwd.resolve("out"))).isEmpty();
        assertThat(captured.out()).isEmpty();

        store.result = new LoadResult(workspace(2016), List.of(bad, note));
        assertThat(run("report")).isEqualTo(1);
        assertThat(captured.errLines()).last().isEqualTo("report: the workspace has 1 error; nothing was written (fix it and run validate)");
    }

    @Test
    void warningsGoToStandardErrorAndDoNotStopTheReport() {
        Problem note = warning("agreement.json", 3, 5, "unknown key 'colour'");
        store.result = new LoadResult(workspace(2016), List.of(note));

        assertThat(run("report", "--format", "md")).isZero();
        assertThat(captured.errLines()).containsExactly(note.format());
        assertThat(captured.outLines()).hasSize(1);
    }

    @Test
    void aFailingFormatLeavesTheEarlierReportAndNoTemporaryFiles() throws IOException {
        Path out = Files.createDirectories(cwd.resolve("out"));
        Files.writeString(out.resolve("progress-report-2016.html"), "last week's report");
        formats.get(1).fail();

        int status = run("report");

        assertThat(status).isEqualTo(3);
        assertThat(captured.err()).contains("disk full");
        assertThat(names(out)).containsExactly("progress-report-2016.html");
        assertThat(Files.readString(out.resolve("progress-report-2016.html"))).isEqualTo("last week's report");
        assertThat(captured.out()).isEmpty();
    }

    @Test
    void aFailingReportServiceIsReportedInOneLine() {
        // a group that cannot even say its id: the core cannot index the groups, so it assembles no report
        groups.add(new TestGroup("air-quality", "Air Quality Working Group", List.of(), List.of()) {
            @Override
            public String id() {
                throw new IllegalStateException("group id broke");
            }
        });

        assertThat(run("report")).isEqualTo(3);
        assertThat(captured.errLines()).singleElement().asString().contains("group id broke");
    }

    @Test
    void aSectionThatCannotSayWhereItGoesIsLeftOutAndNamed_theOthersAreWritten() throws IOException {
        // its order() throws: the others are still put in order, and it is a plugin failure of its own
        groups.add(new TestGroup("air-quality", "Air Quality Working Group", List.of(),
                List.of(TestSection.unplaceable("air-quality.chapter"), new TestSection("air-quality.summary", 410))));

        assertThat(run("report", "--format", "md")).isEqualTo(4);
        assertThat(cwd.resolve("out/progress-report-2016.md")).exists();
        assertThat(captured.errLines()).anySatisfy(line -> assertThat(line)
                .startsWith("report: plugin failure:").contains("air-quality.chapter").contains("section air-quality.chapter broke"));
    }

    @Test
    void pluginFailuresStillWriteTheReportButExitFourNamingEachFailure() throws IOException {
        platform.problems.add(NOT_ACTIVATED);
        installAGroupWhoseChapterFails();

        int status = run("report", "--format", "md");

        assertThat(status).isEqualTo(4);
        Path written = cwd.resolve("out/progress-report-2016.md");
        assertThat(captured.outLines()).containsExactly(written.toString());
        assertThat(Files.readString(written)).isEqualTo("format md: Progress Report (2016, en)");
        assertThat(captured.errLines()).containsExactly(
                "report: plugin failure: org.example.group-energy 1.0.0 (group energy): component org.example.energy.internal.EnergyGroup"
                        + " failed to activate: IllegalStateException: no licence",
                "report: plugin failure: " + CHAPTER_FAILED,
                "report: the report was written, but 2 plugin failures left parts of it missing; a notice in the report names"
                        + " each (see `groups`, or use --strict to write no report then)");
    }

    @Test
    void strictWritesNothingWhenAPluginFailedAndExitsFour() throws IOException {
        Path out = cwd.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("progress-report-2016.md"), "last week's report");
        installAGroupWhoseChapterFails();

        int status = run("report", "--strict");

        assertThat(status).isEqualTo(4);
        assertThat(names(out)).containsExactly("progress-report-2016.md");
        assertThat(Files.readString(out.resolve("progress-report-2016.md"))).isEqualTo("last week's report");
        assertThat(captured.out()).isEmpty();
        assertThat(captured.errLines()).last().isEqualTo("report: --strict: 1 plugin failure, so nothing was written");
    }

    @Test
    void strictChangesNothingWhenEveryPluginDidItsPart() throws IOException {
        assertThat(run("report", "--strict", "--format", "html")).isZero();
        assertThat(names(cwd.resolve("out"))).containsExactly("progress-report-2016.html");
        assertThat(captured.err()).isEmpty();
    }

    @Test
    void aMissingDataFolderIsAUsageError() {
        assertThat(run("report", "--data", "nowhere")).isEqualTo(2);
        assertThat(captured.err()).contains("no workspace folder at " + cwd.resolve("nowhere"));
    }

    @Test
    void unknownOptionsAndArgumentsAreUsageErrors() {
        assertThat(run("report", "--yaer", "2016")).isEqualTo(2);
        assertThat(captured.err()).contains("unknown option '--yaer'");
        assertThat(run("report", "2016")).isEqualTo(2);
        assertThat(captured.err()).contains("unexpected argument '2016'");
    }

    @Test
    void aBadLanguageIsAUsageError() {
        assertThat(run("report", "--language", "fr")).isEqualTo(2);
        assertThat(captured.err()).contains("--language must be en or es");
    }

    @Test
    void aBadPaperIsAUsageErrorAndA4ReachesTheFormats() throws IOException {
        assertThat(run("report", "--paper", "b5")).isEqualTo(2);
        assertThat(captured.err()).contains("--paper must be letter or a4, not 'b5'");
        assertThat(run("report", "--format", "md", "--out", "a4")).isZero();
        assertThat(Files.readString(cwd.resolve("a4/progress-report-2016.md"))).doesNotContain("paper:");
        assertThat(run("report", "--format", "md", "--paper", "A4", "--out", "a4")).isZero();
        assertThat(Files.readString(cwd.resolve("a4/progress-report-2016.md"))).endsWith("\npaper: a4");
    }

    @Test
    void helpExplainsTheDefaults() {
        assertThat(run("report", "--help")).isZero();
        assertThat(captured.out()).contains("Usage: report").contains(home.resolve("data").toString())
                .contains("./out").contains("2 usage error");
        assertThat(store.loaded).isEmpty();
    }

    @Test
    void aQuarterIsReadByTheModelsOneRule() {
        assertThat(run("report", "--group", "water", "--quarter", "2016-Q5")).isEqualTo(Status.USAGE);
        assertThat(captured.err()).contains("report: --quarter must be a quarter such as 2017-Q3").contains("'2016-Q5'");
        assertThat(run("report", "--group", "water", "--quarter", "Q3")).isEqualTo(Status.USAGE);
        assertThat(captured.err()).contains("'Q3'");
    }

    @Test
    void aQuarterlyReportIsAssembledByTheReportServiceAndWrittenUnderItsOwnName() throws IOException {
        int status = run("report", "--group", "water", "--quarter", "2016-q3", "--format", "md", "--language", "es");

        assertThat(status).as(captured.err()).isZero();
        Path file = cwd.resolve("out/quarterly-report-water-2016-Q3-es.md");
        assertThat(captured.outLines()).containsExactly(file.toString());
        assertThat(Files.readString(file)).isEqualTo("format md: " + untranslated("Water Working Group") + ": informe interno de 2016-Q3 (2016, es)");
    }

    @Test
    void aQuarterlyReportWithAFailedPluginExitsFourAndWithStrictWritesNothing() throws IOException {
        // the group's plugin fails to give its name, which the quarterly report is headed by
        groups.add(new TestGroup("water", "Water Working Group", List.of(), List.of()) {
            @Override
            public mou.core.model.Text name() {
                throw new IllegalStateException("no name today");
            }
        });

        int strict = run("report", "--group", "water", "--quarter", "2016-Q3", "--strict");
        String strictErr = captured.err();
        int written = run("report", "--group", "water", "--quarter", "2016-Q3");

        assertThat(strict).isEqualTo(Status.PLUGIN_FAILED);
        assertThat(strictErr).contains("report: plugin failure: ").contains("IllegalStateException: no name today").contains("--strict: 1 plugin failure, so nothing was written");
        assertThat(written).isEqualTo(Status.PLUGIN_FAILED);
        assertThat(names(cwd.resolve("out"))).containsExactly("quarterly-report-water-2016-Q3.html", "quarterly-report-water-2016-Q3.json",
                "quarterly-report-water-2016-Q3.md");
    }

    @Test
    void aQuarterlyReportNeedsAGroupThatOpenedTheYear() {
        assertThat(run("report", "--group", "water", "--quarter", "2014-Q1")).isEqualTo(Status.USAGE);
        assertThat(captured.err()).contains("report: water records no progress for 2014; open the year first (year open 2014 --group water)");
    }

    /** A workspace text without Spanish as a Spanish report carries it (see mou.core.report.TextMarks). */
    private static String untranslated(String english) {
        return mou.core.report.TextMarks.UNTRANSLATED + english + mou.core.report.TextMarks.END;
    }
}
