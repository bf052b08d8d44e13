package mou.commands.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import mou.core.spi.Problem.Severity;
import mou.core.spi.TextPlace;
import mou.core.spi.WorkspaceStore;

/**
 * {@code validate}: checks the workspace and lists its problems and the plugins that do not run. With
 * {@code --language es} it also lists, as errors of that check, every text a Spanish reader would see in
 * English (no Spanish, not marked as it is) and every Spanish text older than its English (the English
 * changed after it was translated), each in its file: the texts {@code publish} refuses to publish so.
 */
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
        Args options = Args.parse("validate", words, Set.of("--data", "--language"), Set.of());
        if (options.help()) {
            return Help.print("validate", platform, io);
        }
        options.expectNone();
        String language = options.value("--language").orElse("en");
        if (!ReportCommand.LANGUAGES.contains(language)) {
            throw CommandException.usage("validate: --language must be en or es, not '" + language + "'");
        }
        Path data = Workspaces.dataFolder(platform, options, io, "validate");
        // English is the source: only another language's check needs to know where each text is
        LoadResult loaded = language.equals("en") ? store.load(data) : store.loadPlacingTexts(data);
        // the history's lines that `history` leaves out (a crash cut one short, an editor saved one in another encoding)
        List<Problem> history = new ArrayList<>();
        try {
            history.addAll(store.historyProblems(data));
        } catch (IOException e) {
            history.add(new Problem(Severity.WARNING, "history.jsonl", 0, 0, null, "the history cannot be read: " + e.getMessage()));
        }
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        long warnings = loaded.problems().size() - errors + history.size();
        // a text a reader of the language would see in English: an error of this check (publish refuses it too)
        List<Problem> untranslated = new ArrayList<>();
        long stale = 0;
        for (TextPlace place : loaded.texts()) {
            String problem = place.translationProblem(language);
            if (problem != null) {
                untranslated.add(place.problem(Severity.ERROR, problem));
                stale += place.text().spanishStale() ? 1 : 0;
            }
        }
        List<PluginFailure> pluginProblems = platform.pluginProblems();
        String counts = Words.plural(errors, "error") + ", " + Words.plural(warnings, "warning")
                + (untranslated.size() == stale ? "" : ", " + Words.plural(untranslated.size() - stale, "text") + " without Spanish")
                + (stale == 0 ? "" : ", " + Words.plural(stale, "Spanish text") + " older than " + (stale == 1 ? "its" : "their") + " English")
                + (pluginProblems.isEmpty() ? "" : ", " + Words.plural(pluginProblems.size(), "plugin problem"));
        String summary = Words.display(data, io) + ": "
                + (loaded.workspace() == null ? "could not be read" : contents(loaded.workspace())) + "; " + counts;
        loaded.problems().forEach(p -> io.out().println(p.format()));
        history.forEach(p -> io.out().println(p.format()));
        untranslated.forEach(p -> io.out().println(p.format()));
        // the data of a group whose plugin does not run is not checked against its deliverable types
        Words.printPluginProblems(pluginProblems, io);
        // what is wrong with the installed plugins together (e.g. two groups with one chapter order): not the data's fault
        extensions.warnings().forEach(warning -> io.out().println("warning: " + warning));
        if (!loaded.hasErrors() && untranslated.isEmpty()) {
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
