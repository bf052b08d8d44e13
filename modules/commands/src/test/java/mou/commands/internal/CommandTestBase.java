package mou.commands.internal;


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
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every command test has: the fakes, a workspace, and a way to run a command and see what it printed. */
abstract class CommandTestBase {

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

}
