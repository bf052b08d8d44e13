package mou.commands.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.model.Activity;
import mou.core.model.OverarchingGoal;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.PluginFailure;
import mou.core.spi.Problem;
import mou.core.spi.WorkspaceStore;

/** {@code validate}: checks the workspace and lists its problems and the plugins that do not run. */
final class ValidateCommand implements Command {

    private final WorkspaceStore store;
    private final Extensions extensions;
    private final Platform platform;

    ValidateCommand(WorkspaceStore store, Extensions extensions, Platform platform) {
        this.store = store;
        this.extensions = extensions;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("validate", words, Set.of("--data"), Set.of());
        if (options.help()) {
            return Help.print("validate", platform, io);
        }
        options.expectNone();
        Path data = Workspaces.dataFolder(platform, options, io, "validate");
        LoadResult loaded = store.load(data);
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        long warnings = loaded.problems().size() - errors;
        List<PluginFailure> pluginProblems = platform.pluginProblems();
        String counts = Words.plural(errors, "error") + ", " + Words.plural(warnings, "warning")
                + (pluginProblems.isEmpty() ? "" : ", " + Words.plural(pluginProblems.size(), "plugin problem"));
        String summary = Words.display(data, io) + ": "
                + (loaded.workspace() == null ? "could not be read" : contents(loaded.workspace())) + "; " + counts;
        loaded.problems().forEach(p -> io.out().println(p.format()));
        // the data of a group whose plugin does not run is not checked against its deliverable types
        Words.printPluginProblems(pluginProblems, io);
        // what is wrong with the installed plugins together (e.g. two groups with one chapter order): not the data's fault
        extensions.warnings().forEach(warning -> io.out().println("warning: " + warning));
        if (!loaded.hasErrors()) {
            io.out().println(summary);
            return Status.OK;
        }
        io.err().println(summary);
        return Status.INVALID_DATA;
    }

    private static String contents(Workspace workspace) {
        List<WorkingGroupPlan> plans = workspace.plans();
        List<OverarchingGoal> goals = plans.stream().flatMap(p -> p.goals().stream()).toList();
        List<Activity> activities = goals.stream().flatMap(g -> g.activities().stream()).toList();
        long deliverables = activities.stream().mapToLong(a -> a.deliverables().size()).sum();
        Set<Integer> years = Workspaces.years(workspace);
        return Words.plural(plans.size(), "working group") + ", " + Words.plural(goals.size(), "goal") + ", "
                + Words.plural(activities.size(), "activity", "activities") + ", " + Words.plural(deliverables, "deliverable") + ", "
                + (years.isEmpty() ? "no progress recorded" : "progress for " + Words.join(years));
    }
}
