package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mou.core.internal.ReportFiles;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.AttributeSpec;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path home;

    Path cwd;
    Fakes.FakeExtensions extensions;
    Fakes.Store store;
    Fakes.Reports reports;
    Fakes.FakePlatform platform;
    Fakes.Captured captured;
    Commands commands;

    static Workspace workspace(int... years) {
        Activity a1 = new Activity("w-1-1", Text.of("Share data"), List.of(
                new Deliverable("w-1-1-1", "information-exchange", Text.of("Exchange"), null, Map.of()),
                new Deliverable("w-1-1-2", "workshop", Text.of("Workshop"), null, Map.of())), null);
        Activity a2 = new Activity("w-1-2", Text.of("Train"), List.of(
                new Deliverable("w-1-2-1", "workshop", Text.of("Course"), null, Map.of())), null);
        Activity a3 = new Activity("w-2-1", Text.of("Plan"), List.of(
                new Deliverable("w-2-1-1", "information-exchange", Text.of("Plan"), null, Map.of())), null);
        WorkingGroupPlan plan = new WorkingGroupPlan("water", Text.of("Water Working Group"), List.of(), List.of(), true, List.of(
                new OverarchingGoal("w-1", 1, null, Text.of("Share"), List.of(a1, a2)),
                new OverarchingGoal("w-2", 2, null, Text.of("Plan"), List.of(a3))));
        List<GroupYear> groupYears = java.util.Arrays.stream(years)
                .mapToObj(y -> new GroupYear("water", y, null, List.of(), List.of(), List.of()))
                .toList();
        return new Workspace(null, List.of(), List.of(), List.of(plan), groupYears, List.of());
    }

    static final PluginFailure NOT_ACTIVATED = new PluginFailure("org.example.group-energy 1.0.0", "energy",
            "org.example.energy.internal.EnergyGroup", PluginFailure.Kind.NOT_ACTIVATED, "IllegalStateException: no licence");
    static final PluginFailure TIMED_OUT = new PluginFailure("org.example.group-slow 2.0.0", "slow", "slow.chapter",
            PluginFailure.Kind.SECTION_TIMED_OUT, "it did not finish within 2 s");

    static Problem error(String file, int line, int column, String message) {
        return new Problem(Problem.Severity.ERROR, file, line, column, "$.x", message);
    }

    static Problem warning(String file, int line, int column, String message) {
        return new Problem(Problem.Severity.WARNING, file, line, column, "$.y", message);
    }

    @BeforeEach
    void setUp() throws IOException {
        cwd = Files.createDirectories(home.resolve("work"));
        Files.createDirectories(home.resolve("data"));
        extensions = new Fakes.FakeExtensions();
        extensions.formats.add(new Fakes.Format("html", "html"));
        extensions.formats.add(new Fakes.Format("json", "json"));
        extensions.formats.add(new Fakes.Format("md", "md"));
        store = new Fakes.Store(new LoadResult(workspace(2015, 2016), List.of()));
        reports = new Fakes.Reports();
        platform = new Fakes.FakePlatform(home);
        captured = new Fakes.Captured();
        commands = new Commands(extensions, reports, store, platform, new ReportFiles(extensions));
    }

    int run(String command, String... words) {
        return commands.run(command, List.of(words), captured.io(cwd));
    }

    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void quartersAreReadAsYearDashQ() {
        assertThat(Commands.parseQuarter("2016-Q3")).hasValueSatisfying(q -> assertThat(q).containsExactly(2016, 3));
        assertThat(Commands.parseQuarter(" 2016-q4 ")).hasValueSatisfying(q -> assertThat(q).containsExactly(2016, 4));
        assertThat(Commands.parseQuarter("2016-Q5")).isEmpty();
        assertThat(Commands.parseQuarter("Q3")).isEmpty();
    }

    @Nested
    class Report {

        @Test
        void writesEveryInstalledFormatForTheLatestYearIntoOutUnderTheCurrentDirectory() throws IOException {
            int status = run("report");

            assertThat(status).isZero();
            assertThat(store.loaded).containsExactly(home.resolve("data"));
            assertThat(reports.assembled).containsExactly("2016/en");
            Path out = cwd.resolve("out");
            assertThat(names(out)).containsExactly("progress-report-2016.html", "progress-report-2016.json", "progress-report-2016.md");
            assertThat(captured.outLines()).containsExactly(
                    out.resolve("progress-report-2016.html").toString(),
                    out.resolve("progress-report-2016.json").toString(),
                    out.resolve("progress-report-2016.md").toString());
            assertThat(Files.readString(out.resolve("progress-report-2016.md"))).isEqualTo("format md: Progress Report 2016 (2016, en)");
            assertThat(captured.err()).isEmpty();
        }

        @Test
        void honoursYearFormatsLanguageAndRelativeFolders() throws IOException {
            Files.createDirectories(cwd.resolve("ws"));

            int status = run("report", "--data", "ws", "--year=2015", "--format", "md, html", "--out", "site/reports", "--language", "es");

            assertThat(status).isZero();
            assertThat(store.loaded).containsExactly(cwd.resolve("ws"));
            assertThat(reports.assembled).containsExactly("2015/es");
            assertThat(names(cwd.resolve("site/reports"))).containsExactly("progress-report-2015-es.html", "progress-report-2015-es.md");
            assertThat(captured.outLines()).hasSize(2).first().asString().endsWith("progress-report-2015-es.md");
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
            assertThat(captured.err()).contains("--year must be a year such as 2016, not 'last'");

            assertThat(run("report", "--year", "1999")).isEqualTo(2);
            assertThat(captured.err()).contains("no progress for 1999").contains("years with progress: 2015, 2016");
            assertThat(reports.assembled).isEmpty();
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
            assertThat(captured.err()).contains("2 errors; nothing was written");
            assertThat(reports.assembled).isEmpty();
            assertThat(names(cwd.resolve("out"))).isEmpty();
            assertThat(captured.out()).isEmpty();
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
            ((Fakes.Format) extensions.formats.get(1)).fail = true;

            int status = run("report");

            assertThat(status).isEqualTo(3);
            assertThat(captured.err()).contains("disk full");
            assertThat(names(out)).containsExactly("progress-report-2016.html");
            assertThat(Files.readString(out.resolve("progress-report-2016.html"))).isEqualTo("last week's report");
            assertThat(captured.out()).isEmpty();
        }

        @Test
        void aFailingReportServiceIsReportedInOneLine() {
            reports.failure = new IllegalStateException("section air-quality.chapter broke");

            assertThat(run("report")).isEqualTo(3);
            assertThat(captured.errLines()).singleElement().asString().contains("section air-quality.chapter broke");
        }

        @Test
        void pluginFailuresStillWriteTheReportButExitFourNamingEachFailure() throws IOException {
            platform.problems.add(NOT_ACTIVATED);
            reports.sectionFailures.add(TIMED_OUT);

            int status = run("report", "--format", "md");

            assertThat(status).isEqualTo(4);
            assertThat(reports.known).containsExactly(List.of(NOT_ACTIVATED));
            Path written = cwd.resolve("out/progress-report-2016.md");
            assertThat(captured.outLines()).containsExactly(written.toString());
            assertThat(Files.readString(written)).isEqualTo("format md: Progress Report 2016 (2016, en)");
            assertThat(captured.errLines()).containsExactly(
                    "report: plugin failure: org.example.group-energy 1.0.0 (group energy): component org.example.energy.internal.EnergyGroup"
                            + " failed to activate: IllegalStateException: no licence",
                    "report: plugin failure: org.example.group-slow 2.0.0 (group slow): section slow.chapter did not finish in time:"
                            + " it did not finish within 2 s",
                    "report: the report was written, but 2 plugin failures left parts of it missing; a notice in the report names"
                            + " each (see `groups`, or use --strict to write no report then)");
        }

        @Test
        void strictWritesNothingWhenAPluginFailedAndExitsFour() throws IOException {
            Path out = cwd.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve("progress-report-2016.md"), "last week's report");
            reports.sectionFailures.add(TIMED_OUT);

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
        void helpExplainsTheDefaults() {
            assertThat(run("report", "--help")).isZero();
            assertThat(captured.out()).contains("Usage: report").contains(home.resolve("data").toString())
                    .contains("./out").contains("2 usage error");
            assertThat(store.loaded).isEmpty();
        }
    }

    @Nested
    class Validate {

        @Test
        void aCleanWorkspaceGivesOneSummaryLine() {
            assertThat(run("validate", "--data", home.resolve("data").toString())).isZero();

            assertThat(captured.outLines()).containsExactly(
                    home.resolve("data") + ": 1 working group, 2 goals, 3 activities, 4 deliverables, progress for 2015, 2016; 0 errors, 0 warnings");
        }

        @Test
        void pluginsThatDoNotRunAreListedAndCountedWithoutMakingTheDataInvalid() {
            platform.problems.add(NOT_ACTIVATED);

            assertThat(run("validate", "--data", home.resolve("data").toString())).isZero();

            assertThat(captured.outLines()).containsExactly(
                    "plugin problems (these plugins are installed but do not run):",
                    "  " + NOT_ACTIVATED.describe(),
                    home.resolve("data") + ": 1 working group, 2 goals, 3 activities, 4 deliverables, progress for 2015, 2016;"
                            + " 0 errors, 0 warnings, 1 plugin problem");
        }

        @Test
        void theSummaryNamesTheFolderRelativeToTheCurrentDirectory() throws IOException {
            Files.createDirectories(cwd.resolve("data"));

            assertThat(run("validate", "--data", "data")).isZero();
            assertThat(captured.out()).startsWith("data: ");
        }

        @Test
        void warningsArePrintedBeforeTheSummaryAndStillExitZero() {
            Problem note = warning("groups/water/plan.json", 4, 3, "'colour' is kept as it is");
            store.result = new LoadResult(workspace(2016), List.of(note));

            assertThat(run("validate")).isZero();
            assertThat(captured.outLines()).hasSize(2);
            assertThat(captured.outLines().get(0)).isEqualTo(note.format());
            assertThat(captured.outLines().get(1)).endsWith("0 errors, 1 warning");
        }

        @Test
        void errorsExitOneWithOneLinePerProblem() {
            Problem bad = error("groups/water/2016.json", 12, 18, "'great' is not a progress level");
            Problem dangling = error("groups/water/2016.json", 20, 21, "no activity 'w-9-9'");
            store.result = new LoadResult(workspace(2016), List.of(bad, dangling));

            assertThat(run("validate")).isEqualTo(1);
            assertThat(captured.outLines()).containsExactly(bad.format(), dangling.format());
            assertThat(captured.err()).contains("2 errors, 0 warnings");
        }

        @Test
        void anUnreadableWorkspaceIsInvalid() {
            store.result = new LoadResult(null, List.of(error("agreement.json", 1, 1, "not JSON")));

            assertThat(run("validate")).isEqualTo(1);
            assertThat(captured.outLines()).containsExactly("agreement.json:1:1: $.x: not JSON");
            assertThat(captured.err()).contains("could not be read");
        }
    }

    @Nested
    class Groups {

        @Test
        void listsEachGroupWithBundleTypesAndSectionsThenTheCommonTypes() {
            Fakes.Type study = new Fakes.Type("monitoring-study", "Monitoring study", List.of(
                    AttributeSpec.required("pollutant", "Pollutant", AttributeSpec.Kind.TEXT),
                    AttributeSpec.of("sites", "Sites", AttributeSpec.Kind.INTEGER)));
            Fakes.Group air = new Fakes.Group("air-quality", "Air Quality Working Group", List.of(study),
                    List.of(new Fakes.Section("air-quality.chapter", 610), new Fakes.Section("air-quality.summary", 410.5)));
            extensions.groups.add(air);
            extensions.commonTypes.add(new Fakes.Type("workshop", "Workshop", List.of(AttributeSpec.of("participants", "Participants", AttributeSpec.Kind.INTEGER))));
            platform.bundles.put(air, new Platform.BundleInfo(9, "mou.group-air-quality", "1.0.0.SNAPSHOT", "file:/p/aq.jar"));

            assertThat(run("groups")).isZero();

            assertThat(captured.outLines()).containsSubsequence(
                    "air-quality  Air Quality Working Group",
                    "  bundle: mou.group-air-quality 1.0.0.SNAPSHOT",
                    "  deliverable types:",
                    "    monitoring-study  Monitoring study: pollutant*, sites",
                    "  report sections:",
                    "    air-quality.chapter  (order 610)",
                    "    air-quality.summary  (order 410.5)",
                    "common deliverable types (core):",
                    "    workshop  Workshop: participants");
            assertThat(captured.out().indexOf("monitoring-study")).isEqualTo(captured.out().lastIndexOf("monitoring-study"));
        }

        @Test
        void listsPluginsThatDoNotRunAndTheSectionsThatFailedInTheLastReport() {
            platform.problems.add(NOT_ACTIVATED);
            reports.sectionFailures.add(TIMED_OUT);
            run("report", "--format", "md");
            captured = new Fakes.Captured();

            assertThat(run("groups")).isZero();

            assertThat(captured.outLines()).containsSubsequence(
                    "plugin problems (these plugins are installed but do not run):",
                    "  " + NOT_ACTIVATED.describe(),
                    "failed in the last report (2016):",
                    "  " + NOT_ACTIVATED.describe(),
                    "  " + TIMED_OUT.describe());
        }

        @Test
        void saysWhereToPutPluginsWhenNoneIsInstalled() {
            assertThat(run("groups")).isZero();
            assertThat(captured.out()).contains("No working groups are installed").contains(platform.plugins().toString());
        }
    }

    @Nested
    class Install {

        @Test
        void refusesWhatIsNotAWorkingGroupPluginAndChangesNothing() throws IOException {
            Path text = Files.writeString(cwd.resolve("notes.jar"), "hello");
            Jars.plain().write(cwd.resolve("plain.jar"));
            Jars.bundle("mou.format-pdf").write(cwd.resolve("pdf.jar"));

            assertThat(run("install", "notes.jar")).isEqualTo(2);
            assertThat(captured.err()).contains("not a jar file");
            assertThat(run("install", "plain.jar")).isEqualTo(2);
            assertThat(captured.err()).contains("not an OSGi bundle");
            assertThat(run("install", "pdf.jar")).isEqualTo(2);
            assertThat(captured.err()).contains("does not provide a working group");
            assertThat(run("install", "missing.jar")).isEqualTo(2);
            assertThat(run("install")).isEqualTo(2);
            assertThat(captured.err()).contains("give one plugin jar");

            assertThat(platform.installs).isEmpty();
            assertThat(names(platform.plugins())).isEmpty();
            assertThat(text).exists();
        }

        @Test
        void refusesAPluginBuiltForAnotherCoreVersionSayingWhichItNeeds() throws IOException {
            Jars.group("mou.group-water").header("Import-Package", "mou.core.spi;version=\"[2.0,3)\"").write(cwd.resolve("water.jar"));

            assertThat(run("install", "water.jar")).isEqualTo(2);

            assertThat(captured.err()).contains("needs mou.core.spi version [2.0,3)")
                    .contains("the installed core provides mou.core.spi 1.0.0");
            assertThat(platform.installs).isEmpty();
        }

        @Test
        void installsStartsAndCopiesIntoThePluginsFolder() throws IOException {
            Path jar = Jars.group("mou.group-water").write(cwd.resolve("dist/group-water-1.0.0.jar"));

            assertThat(run("install", "dist/group-water-1.0.0.jar")).isZero();

            Path target = platform.plugins().resolve("group-water-1.0.0.jar");
            assertThat(platform.installs).containsExactly("mou.group-water at " + target.toUri());
            assertThat(names(platform.plugins())).containsExactly("group-water-1.0.0.jar");
            assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(jar));
            assertThat(captured.outLines()).containsExactly(
                    "installed water (Water Working Group) mou.group-water 1.0.0 as " + target);
        }

        @Test
        void aNewerBuildOfTheSameBundleReplacesTheEarlierJarInsteadOfAddingASecond() throws Exception {
            Path earlier = Jars.group("mou.group-water").write(platform.plugins().resolve("group-water-1.0.0.jar"));
            Jars.group("mou.group-other").write(platform.plugins().resolve("group-other.jar"));
            Path newer = Jars.group("mou.group-water").header("Bundle-Version", "1.1.0").write(cwd.resolve("group-water-1.1.0.jar"));

            assertThat(run("install", newer.toString())).isZero();

            assertThat(platform.installs).containsExactly(
                    "mou.group-water at " + earlier.toUri() + " replacing group-water-1.0.0.jar");
            assertThat(names(platform.plugins())).containsExactly("group-other.jar", "group-water-1.0.0.jar");
            assertThat(PluginJar.read(earlier).version()).isEqualTo("1.1.0");
            assertThat(captured.out()).startsWith("updated water");
        }

        @Test
        void aJarThePlatformRefusesLeavesThePluginsFolderAlone() throws IOException {
            Jars.group("mou.group-water").write(cwd.resolve("water.jar"));
            platform.refusal = "mou.group-water 1.0.0 started but registered no working group within 10.0 s";

            assertThat(run("install", "water.jar")).isEqualTo(2);

            assertThat(captured.err()).contains("install: refused: mou.group-water 1.0.0 started but registered no working group");
            assertThat(names(platform.plugins())).isEmpty();
        }

        @Test
        void refusesToOverwriteAnotherPluginsJarOfTheSameName() throws Exception {
            Jars.group("mou.group-other").write(platform.plugins().resolve("group.jar"));
            Jars.group("mou.group-water").write(cwd.resolve("group.jar"));

            assertThat(run("install", "group.jar")).isEqualTo(2);

            assertThat(captured.err()).contains("already has another file named group.jar");
            assertThat(PluginJar.read(platform.plugins().resolve("group.jar")).symbolicName()).isEqualTo("mou.group-other");
            assertThat(platform.installs).isEmpty();
        }
    }

    @Nested
    class Uninstall {

        Fakes.Group water;

        @BeforeEach
        void installWater() throws IOException {
            water = new Fakes.Group("water", "Water Working Group", List.of(), List.of());
            extensions.groups.add(water);
            Path jar = Jars.group("mou.group-water").write(platform.plugins().resolve("group-water.jar"));
            platform.bundles.put(water, new Platform.BundleInfo(12, "mou.group-water", "1.0.0", jar.toUri().toString()));
        }

        @Test
        void deletesTheJarAndUninstallsTheBundle() throws IOException {
            Jars.group("mou.group-other").write(platform.plugins().resolve("other.jar"));

            assertThat(run("uninstall", "water")).isZero();

            assertThat(names(platform.plugins())).containsExactly("other.jar");
            assertThat(platform.uninstalled).extracting(Platform.BundleInfo::id).containsExactly(12L);
            assertThat(captured.out()).startsWith("uninstalled water (Water Working Group)");
        }

        @Test
        void anUnknownIdIsAUsageErrorListingTheInstalledOnes() throws IOException {
            assertThat(run("uninstall", "fire")).isEqualTo(2);

            assertThat(captured.err()).contains("no working group 'fire' is installed").contains("installed groups: water");
            assertThat(names(platform.plugins())).containsExactly("group-water.jar");
            assertThat(platform.uninstalled).isEmpty();
        }

        @Test
        void aGroupFromOutsideThePluginsFolderIsNotRemoved() throws IOException {
            Files.delete(platform.plugins().resolve("group-water.jar"));

            assertThat(run("uninstall", "water")).isEqualTo(2);

            assertThat(captured.err()).contains("not from a jar in the plugins folder");
            assertThat(platform.uninstalled).isEmpty();
        }

        @Test
        void needsExactlyOneId() {
            assertThat(run("uninstall")).isEqualTo(2);
            assertThat(captured.err()).contains("give the id of one working group").contains("installed groups: water");
        }
    }

    @Nested
    class Help {

        @Test
        void listsEveryCommandAndTheExitStatuses() {
            assertThat(run("help")).isZero();

            for (String command : Commands.names()) {
                assertThat(captured.out()).contains("  " + command + " ");
            }
            assertThat(captured.out()).contains("0 done", "1 the workspace has errors", "2 usage error");
        }

        @Test
        void explainsOneCommand() {
            assertThat(run("help", "validate")).isZero();
            assertThat(captured.out()).startsWith("Usage: validate [--data DIR]");
        }

        @Test
        void everyCommandAnswersHelp() {
            for (String command : Commands.names()) {
                assertThat(run(command, "--help")).as(command).isZero();
                assertThat(captured.out()).contains("Usage: " + command);
            }
            assertThat(store.loaded).isEmpty();
        }

        @Test
        void anUnknownCommandIsAUsageError() {
            assertThat(run("help", "frobnicate")).isEqualTo(2);
            assertThat(captured.err()).contains("there is no command 'frobnicate'");
            assertThat(run("frobnicate")).isEqualTo(2);
            assertThat(captured.err()).contains("unknown command 'frobnicate'");
        }
    }
}
