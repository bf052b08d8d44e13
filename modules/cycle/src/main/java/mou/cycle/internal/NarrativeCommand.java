package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.Saved;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Text;

/** {@code narrative GROUP-ID YEAR PART --text TEXT... [--append] | --clear}. */
final class NarrativeCommand implements CycleCommand {

    private final Shell shell;

    NarrativeCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("narrative", words, Set.of("--text", "--es", "--data", "--by", "--why"), Set.of("--text", "--es"),
                Set.of("--append", "--clear"));
        if (Shell.help(args, "narrative", io)) {
            return;
        }
        List<String> a = args.expect(3, "narrative GROUP-ID YEAR PART --text TEXT... (PART: summary, accomplishments, challenges, next-steps)");
        int year = Shell.year(a.get(1), "narrative");
        String part = a.get(2);
        List<Text> texts = Shell.texts(args, "narrative");
        if (texts.isEmpty() != args.flag("--clear")) {
            throw CommandException.usage(texts.isEmpty() ? "narrative: give the paragraphs with --text TEXT (one per paragraph), or --clear to empty the part"
                    : "narrative: --clear empties the part; give it without --text");
        }
        Saved<List<Text>> saved;
        try {
            saved = shell.cycle().narrative(new WriteNarrative(shell.acting(args, io, "narrative"), a.get(0), year, part, texts,
                    args.flag("--append")));
        } catch (CycleException e) {
            throw Shell.failed("narrative", e);
        }
        if (!saved.changed()) {
            io.out().println("narrative: the " + part + " already says this; nothing changed");
            return;
        }
        io.out().println(saved.groupId() + " " + year + " narrative " + part + ": " + Count.of(saved.after().size(), "paragraph"));
    }
}
