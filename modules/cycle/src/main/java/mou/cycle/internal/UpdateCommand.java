package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.Saved;
import mou.core.model.QuarterlyUpdate;

/** {@code update GROUP-ID YEAR-Qn --text TEXT... [--figure ID]... [--event ID]... [--drop-figure ID]... [--drop-event ID]...}. */
final class UpdateCommand implements CycleCommand {

    private final Shell shell;

    UpdateCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("update", words, Set.of("--text", "--es", "--figure", "--event", "--drop-figure", "--drop-event", "--data", "--by", "--why"),
                Set.of("--text", "--es", "--figure", "--event", "--drop-figure", "--drop-event"), Set.of("--append"));
        if (Shell.help(args, "update", io)) {
            return;
        }
        List<String> a = args.expect(2, "update GROUP-ID YEAR-Qn --text TEXT... [--figure ID]... [--event ID]... [--drop-figure ID]... [--drop-event ID]...");
        Saved<QuarterlyUpdate> saved;
        try {
            saved = shell.cycle().update(new RecordUpdate(shell.acting(args, io, "update"), a.get(0), a.get(1), Shell.texts(args, "update"),
                    args.flag("--append"), args.values("--figure"), args.values("--event"), args.values("--drop-figure"), args.values("--drop-event")));
        } catch (CycleException e) {
            throw Shell.failed("update", e, field -> field.equals("quarter") ? "YEAR-Qn" : Shell.option(field));
        }
        String quarter = saved.year() + "-" + saved.subject();
        if (!saved.changed()) {
            io.out().println("update: " + saved.groupId() + " " + quarter + " already says this; nothing changed");
            return;
        }
        QuarterlyUpdate after = saved.after();
        io.out().println(saved.groupId() + " " + quarter + ": update recorded (" + Count.of(after.happened().size(), "paragraph") + ", "
                + Count.of(after.metrics().size(), "figure") + ", " + Count.of(after.events().size(), "event") + ")");
    }
}
