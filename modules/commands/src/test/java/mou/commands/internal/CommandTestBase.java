package mou.commands.internal;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mou.core.internal.ReportFiles;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.Problem;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import mou.testfixtures.TestGroup;
import mou.testfixtures.TestSection;
import mou.testfixtures.TestFormat;
import mou.testfixtures.TestStore;
import mou.testfixtures.CapturedIo;

/** What every command test has: the fakes, a workspace, and a way to run a command and see what it printed. */
// the tests' one OSGi framework (TestFramework) is shared: a class that installs into it or counts its bundles does not
// run beside another that does (the test classes run two at a time)
@ResourceLock(TestFramework.LOCK)
abstract class CommandTestBase {

    @TempDir
    Path home;

    Path cwd;
    /** What is installed: the commands see it through the core's own Extensions and ReportService. */
    final List<WorkingGroupPlugin> groups = new ArrayList<>();
    final List<DeliverableType> commonTypes = new ArrayList<>();
    final List<TestFormat> formats = new ArrayList<>();
    TestStore store;
    Fakes.FakePlatform platform;
    CapturedIo captured;
    private Commands commands;
    private List<List<?>> commandsFor;

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
        Agreement agreement = new Agreement("mou", Text.of("Progress Report"), null, null, null, List.of(), null, List.of(), null,
                List.of(), null, List.of());
        return new Workspace(agreement, List.of(), List.of(), List.of(plan), groupYears, List.of());
    }

    static final PluginFailure NOT_ACTIVATED = new PluginFailure("org.example.group-energy 1.0.0", "energy",
            "org.example.energy.internal.EnergyGroup", PluginFailure.Kind.NOT_ACTIVATED, "IllegalStateException: no licence");

    /** Installs a working group whose chapter throws: the core's report service reports it as a plugin failure. */
    void installAGroupWhoseChapterFails() {
        groups.add(new TestGroup("slow", "Slow Working Group", List.of(),
                List.of(new TestSection("slow.chapter", 610, new IllegalStateException("the data source is down")))));
    }

    /** How the core's report service reports the chapter of {@link #installAGroupWhoseChapterFails()}. */
    static final String CHAPTER_FAILED = "group slow: section slow.chapter failed: IllegalStateException: the data source is down";

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
        formats.add(TestFormat.summary("html", "html"));
        formats.add(TestFormat.summary("json", "json"));
        formats.add(TestFormat.summary("md", "md"));
        store = new TestStore(new LoadResult(workspace(2015, 2016), List.of()));
        platform = new Fakes.FakePlatform(home);
        captured = new CapturedIo();
    }

    /**
     * Runs a command on what is installed now. The commands are made again when a test installs
     * something else (as a shell session would see the change); otherwise the same instance runs,
     * so that what one command remembers (the last report's failures) reaches the next.
     */
    int run(String command, String... words) {
        List<List<?>> installed = List.of(List.copyOf(groups), List.copyOf(commonTypes), List.copyOf(formats));
        if (!installed.equals(commandsFor)) {
            Extensions extensions = Extensions.forTest(groups, commonTypes, formats);
            commands = new Commands(extensions, ReportService.forTest(extensions), store, platform, new ReportFiles(extensions));
            commandsFor = installed;
        }
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

}
