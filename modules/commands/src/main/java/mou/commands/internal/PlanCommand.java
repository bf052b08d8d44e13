package mou.commands.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Lines;
import mou.core.command.Status;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.core.report.Labels;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.core.spi.WorkspaceStore;

/**
 * {@code plan GROUP-ID [--year YEAR] [--data DIR]}: a working group's goals, activities and
 * deliverables with their ids, and each activity's level in the year, as the store reads them.
 * Read-only: it never writes.
 */
final class PlanCommand implements Command {

    static final String USAGE = "plan GROUP-ID [--year YEAR] [--data DIR]";

    private final WorkspaceStore store;
    private final Extensions extensions;
    private final Platform platform;

    PlanCommand(WorkspaceStore store, Extensions extensions, Platform platform) {
        this.store = store;
        this.extensions = extensions;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public int run(List<String> words, Io io) throws CommandException {
        Args options = Args.parse("plan", words, Set.of("--data", "--year"), Set.of());
        if (options.help()) {
            return Help.print("plan", platform, io);
        }
        if (options.arguments().size() > 1) {
            options.expect(1, USAGE);
        }
        Integer wanted = null;
        if (options.value("--year").isPresent()) {
            String text = options.value("--year").get();
            wanted = Years.parse(text).orElseThrow(() -> CommandException.usage("plan: --year must be a year, " + Years.RULE
                    + ", not '" + text + "'"));
        }
        Path data = Workspaces.dataFolder(platform, options, io, "plan");
        LoadResult loaded = store.load(data);
        Workspace workspace = loaded.workspace();
        if (workspace == null) {
            loaded.problems().forEach(p -> io.err().println(p.format()));
            throw CommandException.invalid(List.of("plan: the workspace " + Words.display(data, io) + " could not be read"));
        }
        List<String> groups = workspace.plans().stream().map(WorkingGroupPlan::groupId).toList();
        if (options.arguments().isEmpty()) {
            throw CommandException.usage("plan: which working group? give its id: " + (groups.isEmpty()
                    ? "the workspace has no working group plans" : String.join(", ", groups)) + "; usage: " + USAGE);
        }
        String groupId = options.arguments().get(0);
        Optional<WorkingGroupPlan> found = workspace.plan(groupId);
        if (found.isEmpty()) {
            String guess = Args.didYouMean(groupId, groups);
            throw CommandException.usage("plan: there is no working group '" + groupId + "' in " + Words.display(data, io)
                    + (guess.isEmpty() ? "; its groups: " : "; " + guess + " Its groups: ")
                    + (groups.isEmpty() ? "none (it has no plans)" : String.join(", ", groups)));
        }
        WorkingGroupPlan plan = found.get();
        TreeSet<Integer> years = new TreeSet<>();
        workspace.years().stream().filter(y -> y.groupId().equals(groupId)).forEach(y -> years.add(y.year()));
        GroupYear year = null;
        if (wanted != null) {
            int w = wanted;
            year = workspace.year(groupId, w).orElseThrow(() -> CommandException.usage("plan: " + groupId + " has no year " + w
                    + " in the workspace; " + (years.isEmpty() ? "it has no year yet (year open YEAR opens one)"
                    : "its years: " + Words.join(years))));
        } else if (!years.isEmpty()) {
            year = workspace.year(groupId, years.last()).orElse(null);
        }
        long errors = loaded.problems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            io.err().println("plan: warning: the workspace has " + Words.plural(errors, "error") + "; validate lists them");
        }
        print(plan, year, io);
        return Status.OK;
    }

    private void print(WorkingGroupPlan plan, GroupYear year, Io io) {
        Labels labels = Labels.forLanguage("en");
        int activities = plan.activities().size();
        io.out().println(plan.groupId() + "  " + en(plan.name()) + ": " + Words.plural(plan.goals().size(), "goal") + ", "
                + Words.plural(activities, "activity", "activities")
                + (year == null ? "; no year recorded yet" : "; levels of " + year.year() + " (" + year.review().state().id() + ")"));
        for (OverarchingGoal goal : plan.goals()) {
            io.out().println();
            String title = goal.title() == null || goal.title().isEmpty() ? "" : en(goal.title()) + ": ";
            print(Lines.wrap("goal " + goal.id() + "  " + goal.number() + ". ", title + en(goal.statement()), "    ", Lines.WIDTH), io);
            for (Activity activity : goal.activities()) {
                print(Lines.wrap("  activity " + activity.id() + "  ", en(activity.description()), "      ", Lines.WIDTH), io);
                if (year != null) {
                    Optional<Assessment> assessment = year.assessment(activity.id());
                    ProgressLevel level = assessment.map(Assessment::level).orElse(null);
                    io.out().println("    level in " + year.year() + ": " + (level == null ? "not rated" : labels.level(level)
                            + marks(assessment.get(), year.year())));
                }
                for (Deliverable deliverable : activity.deliverables()) {
                    print(Lines.wrap("    deliverable " + deliverable.id() + "  ", type(deliverable) + ": " + en(deliverable.title()),
                            "        ", Lines.WIDTH), io);
                }
            }
        }
        io.out().println();
        io.out().println("Rate an activity with: rate ACTIVITY-ID LEVEL --rationale TEXT" + (year == null ? "" : " --year " + year.year()));
        io.out().println("  LEVEL: " + String.join(", ", ProgressLevel.ids()));
    }

    /** What a level is beside a rating of the year: carried over from the year before, inferred from a narrative. */
    private static String marks(Assessment assessment, int year) {
        if (assessment.carriedOver()) {
            return " (carried over, not yet rated for " + year + (assessment.inferred() ? "; the level was inferred)" : ")");
        }
        return assessment.inferred() ? " (inferred from the narrative)" : "";
    }

    /** A deliverable type as people read it: its installed type's label, else its id. */
    private String type(Deliverable deliverable) {
        return extensions.deliverableType(deliverable.type()).map(DeliverableType::label).map(Text::en)
                .filter(label -> !label.isBlank()).orElse(deliverable.type());
    }

    private static String en(Text text) {
        return text == null ? "" : text.en();
    }

    private static void print(List<String> lines, Io io) {
        lines.forEach(io.out()::println);
    }
}
