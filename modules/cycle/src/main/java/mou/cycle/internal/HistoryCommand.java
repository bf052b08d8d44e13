package mou.cycle.internal;

import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.History;
import mou.core.cycle.HistoryQuery;
import mou.core.model.HistoryEntry;

/** {@code history [--group GROUP-ID] [--activity ID] [--year YEAR] [--person NAME]}. */
final class HistoryCommand implements CycleCommand {

    private final Shell shell;

    HistoryCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(java.util.List<String> words, Io io) throws CommandException {
        Args args = Args.parse("history", words, Set.of("--group", "--activity", "--year", "--person", "--data"), Set.of(), Set.of());
        if (Shell.help(args, "history", io)) {
            return;
        }
        args.expect(0, "history [--group GROUP-ID] [--activity ID] [--year YEAR] [--person NAME]");
        Integer year = args.value("--year").isPresent() ? Shell.year(args.value("--year").get(), "history") : null;
        History history;
        try {
            history = shell.cycle().history(new HistoryQuery(shell.asking(args, io, "history"), args.value("--group").orElse(null),
                    args.value("--activity").orElse(null), year, args.value("--person").orElse(null)));
        } catch (CycleException e) {
            throw Shell.failed("history", e);
        }
        for (HistoryEntry e : history.entries()) {
            HistoryFormat.entry(e).forEach(io.out()::println);
        }
        if (history.entries().isEmpty()) {
            io.out().println("history: no change recorded" + (history.recorded() == 0 ? " in this workspace yet" : " that matches"));
        }
    }
}
