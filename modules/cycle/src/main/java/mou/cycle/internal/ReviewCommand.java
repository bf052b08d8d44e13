package mou.cycle.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.Saved;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;

/**
 * {@code submit GROUP-ID YEAR [--incomplete REASON]}, {@code return GROUP-ID YEAR --reason TEXT} and
 * {@code approve GROUP-ID YEAR}: one class, one action each.
 */
final class ReviewCommand implements CycleCommand {

    static final String INCOMPLETE = "--incomplete";

    private final Shell shell;
    private final ReviewAction action;

    ReviewCommand(Shell shell, ReviewAction action) {
        this.shell = shell;
        this.action = action;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        String command = action.id();
        Set<String> options = action == ReviewAction.SUBMIT ? Set.of("--reason", "--data", "--by", INCOMPLETE)
                : Set.of("--reason", "--data", "--by");
        Args args = Args.parse(command, words, options, Set.of(), Set.of());
        if (Shell.help(args, command, io)) {
            return;
        }
        List<String> a = args.expect(2, command + " GROUP-ID YEAR" + (action == ReviewAction.RETURN ? " --reason TEXT"
                : action == ReviewAction.SUBMIT ? " [" + INCOMPLETE + " REASON]" : ""));
        Optional<String> incomplete = action == ReviewAction.SUBMIT ? args.text(INCOMPLETE) : Optional.empty();
        int year = Shell.year(a.get(1), command);
        Saved<ReviewState> saved;
        String by = shell.actor(args, command);
        try {
            saved = shell.cycle().review(new ReviewYear(new Acting(shell.data(args, io, command), by, null), a.get(0), year,
                    action, args.text("--reason").orElse(null), incomplete.orElse(null)));
        } catch (CycleException e) {
            throw Shell.failed(command, e);
        }
        io.out().println(saved.groupId() + " " + saved.year() + ": " + saved.before().id() + " -> " + saved.after().id() + " (by " + by.strip() + ")");
        if (incomplete.isPresent()) {
            boolean recorded;
            try {
                // the service records the reason only when something is missing
                recorded = shell.cycle().status(new StatusQuery(shell.asking(args, io, command), saved.year(), saved.groupId())).groups()
                        .stream().anyMatch(g -> g.year() != null && g.year().review().last().map(step -> step.incomplete() != null).orElse(false));
            } catch (CycleException e) {
                recorded = true;
            }
            io.out().println(recorded ? saved.groupId() + " " + saved.year() + ": submitted with parts missing (" + incomplete.get()
                    + "); the program office sees why in year status and the history"
                    : command + ": " + INCOMPLETE + " was not needed: nothing is missing");
        }
    }
}
