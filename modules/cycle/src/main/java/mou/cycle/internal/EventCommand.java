package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.Remove;
import mou.core.cycle.Saved;
import mou.core.model.Event;

/** {@code event GROUP-ID YEAR EVENT-ID [--kind K --date D --title T ...] [--remove]}. */
final class EventCommand implements CycleCommand {

    private final Shell shell;

    EventCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("event", words, Set.of("--kind", "--date", "--title", "--title-es", "--place", "--place-es",
                "--organizations", "--participants", "--description", "--description-es", "--activity", "--quarter", "--data", "--by", "--why"), Set.of(), Set.of("--remove", "--new"),
                Set.of("--place", "--place-es", "--description", "--description-es", "--activity"));
        if (Shell.help(args, "event", io)) {
            return;
        }
        List<String> a = args.expect(3, "event GROUP-ID YEAR EVENT-ID [--kind K --date D --title T ...] [--remove]");
        int year = Shell.year(a.get(1), "event");
        Saved<Event> saved;
        try {
            if (args.flag("--remove") && args.flag("--new")) {
                throw CommandException.usage("event: --new adds and --remove removes; give one of them");
            }
            if (args.flag("--remove")) {
                if (args.has("--kind") || args.has("--date") || args.has("--title") || args.has("--quarter")) {
                    throw CommandException.usage("event: --remove takes no other values");
                }
                saved = shell.cycle().removeEvent(new Remove(shell.acting(args, io, "event"), a.get(0), year, a.get(2)));
            } else {
                List<String> organizations = args.value("--organizations").map(List::of).orElse(null);
                saved = shell.cycle().recordEvent(new RecordEvent(shell.acting(args, io, "event"), a.get(0), year, a.get(2),
                        args.value("--kind").orElse(null), args.value("--date").orElse(null), args.value("--title").orElse(null),
                        args.value("--title-es").orElse(null), args.value("--place").orElse(null), organizations,
                        args.value("--participants").orElse(null), args.value("--description").orElse(null),
                        args.value("--activity").orElse(null), args.value("--quarter").orElse(null),
                        args.value("--place-es").orElse(null), args.value("--description-es").orElse(null), args.flag("--new")));
            }
        } catch (CycleException e) {
            throw Shell.failed("event", e);
        }
        if (!saved.changed()) {
            io.out().println("event: " + saved.subject() + " already says this; nothing changed");
            return;
        }
        io.out().println(saved.groupId() + " " + saved.year() + " event " + saved.subject() + ": "
                + (saved.after() == null ? "removed" : saved.before() != null ? "corrected" : "added"));
    }
}
