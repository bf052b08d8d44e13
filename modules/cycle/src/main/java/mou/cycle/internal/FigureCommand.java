package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.Remove;
import mou.core.cycle.Saved;
import mou.core.model.Metric;

/** {@code figure GROUP-ID YEAR FIGURE-ID [--label L --value V --unit U ...] [--remove]}. */
final class FigureCommand implements CycleCommand {

    private final Shell shell;

    FigureCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("figure", words, Set.of("--label", "--label-es", "--value", "--unit", "--unit-es", "--target", "--baseline", "--as-of",
                "--activity", "--note", "--note-es", "--quarter", "--data", "--by", "--why"), Set.of(), Set.of("--remove", "--new"),
                Set.of("--unit", "--unit-es", "--target", "--baseline", "--activity", "--note", "--note-es"));
        if (Shell.help(args, "figure", io)) {
            return;
        }
        List<String> a = args.expect(3, "figure GROUP-ID YEAR FIGURE-ID [--label L --value V --unit U ...] [--remove]");
        int year = Shell.year(a.get(1), "figure");
        Saved<Metric> saved;
        try {
            if (args.flag("--remove") && args.flag("--new")) {
                throw CommandException.usage("figure: --new adds and --remove removes; give one of them");
            }
            if (args.flag("--remove")) {
                saved = shell.cycle().removeFigure(new Remove(shell.acting(args, io, "figure"), a.get(0), year, a.get(2)));
            } else {
                saved = shell.cycle().recordFigure(new RecordFigure(shell.acting(args, io, "figure"), a.get(0), year, a.get(2),
                        args.value("--label").orElse(null), args.value("--label-es").orElse(null), args.value("--value").orElse(null),
                        args.value("--unit").orElse(null), args.value("--target").orElse(null), args.value("--baseline").orElse(null),
                        args.value("--as-of").orElse(null), args.value("--activity").orElse(null), args.value("--note").orElse(null),
                        args.value("--quarter").orElse(null), args.value("--note-es").orElse(null), args.flag("--new"),
                        args.value("--unit-es").orElse(null)));
            }
        } catch (CycleException e) {
            throw Shell.failed("figure", e);
        }
        if (!saved.changed()) {
            io.out().println("figure: " + saved.subject() + " already says this; nothing changed");
            return;
        }
        io.out().println(saved.groupId() + " " + saved.year() + " figure " + saved.subject() + ": "
                + (saved.after() == null ? "removed" : saved.before() != null ? "corrected" : "added"));
    }
}
