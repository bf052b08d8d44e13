package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.Saved;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;

/** {@code submit GROUP-ID YEAR}, {@code return GROUP-ID YEAR --reason TEXT} and {@code approve GROUP-ID YEAR}: one class, one action each. */
final class ReviewCommand implements CycleCommand {

    private final Shell shell;
    private final ReviewAction action;

    ReviewCommand(Shell shell, ReviewAction action) {
        this.shell = shell;
        this.action = action;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        String command = action.id();
        Args args = Args.parse(command, words, Set.of("--reason", "--data", "--by"), Set.of(), Set.of());
        if (Shell.help(args, command, io)) {
            return;
        }
        List<String> a = args.expect(2, command + " GROUP-ID YEAR" + (action == ReviewAction.RETURN ? " --reason TEXT" : ""));
        int year = Shell.year(a.get(1), command);
        Saved<ReviewState> saved;
        String by = shell.actor(args, command);
        try {
            saved = shell.cycle().review(new ReviewYear(new mou.core.cycle.Acting(shell.data(args, io, command), by, null), a.get(0), year,
                    action, args.text("--reason").orElse(null)));
        } catch (CycleException e) {
            throw Shell.failed(command, e);
        }
        io.out().println(saved.groupId() + " " + saved.year() + ": " + saved.before().id() + " -> " + saved.after().id() + " (by " + by.strip() + ")");
    }
}
