package mou.cycle.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.model.ReviewAction;

/**
 * The commands of the reporting cycle, free of Gogo so they are tested with plain objects: each
 * takes the words typed after its name and returns its exit status ({@link Status}). Each command
 * is a small class that calls the {@link mou.core.cycle.CycleService}, where the rules are.
 */
final class Cycle {

    private final Map<String, CycleCommand> commands = new LinkedHashMap<>();

    Cycle(Shell shell) {
        commands.put("year", new YearCommand(shell));
        commands.put("rate", new RateCommand(shell));
        commands.put("update", new UpdateCommand(shell));
        commands.put("event", new EventCommand(shell));
        commands.put("figure", new FigureCommand(shell));
        commands.put("narrative", new NarrativeCommand(shell));
        commands.put("introduction", new IntroductionCommand(shell));
        commands.put("export", new ExportCommand(shell));
        commands.put("import", new ImportCommand(shell));
        for (ReviewAction action : List.of(ReviewAction.SUBMIT, ReviewAction.RETURN, ReviewAction.APPROVE)) {
            commands.put(action.id(), new ReviewCommand(shell, action));
        }
        commands.put("publish", new PublishCommand(shell));
        commands.put("history", new HistoryCommand(shell));
        commands.put("due", new DueCommand(shell));
        commands.put("translations", new TranslationsCommand(shell));
    }

    int run(String command, List<String> words, Io io) {
        try {
            CycleCommand c = commands.get(command);
            if (c == null) {
                throw CommandException.usage("unknown command '" + command + "'; cycle commands: "
                        + String.join(", ", CycleHelp.SUMMARIES.keySet()));
            }
            c.run(words, io);
            return Status.OK;
        } catch (CommandException e) {
            e.lines().forEach(io.err()::println);
            return e.status();
        }
    }
}
