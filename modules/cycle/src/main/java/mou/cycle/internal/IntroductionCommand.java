package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.Saved;
import mou.core.cycle.WriteIntroduction;
import mou.core.model.Text;

/** {@code introduction YEAR [--final] --text TEXT... [--append] | --clear}: the program office's part of the year's report. */
final class IntroductionCommand implements CycleCommand {

    private final Shell shell;

    IntroductionCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("introduction", words, Set.of("--text", "--es", "--data", "--by", "--why"), Set.of("--text", "--es"),
                Set.of("--append", "--clear", "--final"));
        if (Shell.help(args, "introduction", io)) {
            return;
        }
        List<String> a = args.expect(1, "introduction YEAR [--final] --text TEXT [--es TEXT]...");
        int year = Shell.year(a.get(0), "introduction");
        String part = args.flag("--final") ? WriteIntroduction.FINAL_COMMENTS : WriteIntroduction.INTRODUCTION;
        String what = args.flag("--final") ? "the final comments" : "the introduction";
        List<Text> texts = Shell.texts(args, "introduction");
        if (texts.isEmpty() != args.flag("--clear")) {
            throw CommandException.usage(texts.isEmpty() ? "introduction: give the paragraphs with --text TEXT (one per paragraph, each"
                    + " followed by its Spanish --es TEXT), or --clear to empty " + what
                    : "introduction: --clear empties " + what + "; give it without --text");
        }
        Saved<List<Text>> saved;
        try {
            saved = shell.cycle().introduction(new WriteIntroduction(shell.acting(args, io, "introduction"), year, part, texts,
                    args.flag("--append"), false));
        } catch (CycleException e) {
            throw Shell.failed("introduction", e);
        }
        if (!saved.changed()) {
            io.out().println("introduction: " + what + " of " + year + " already says this; nothing changed");
            return;
        }
        io.out().println("program office " + year + " " + part + ": " + Count.of(saved.after().size(), "paragraph") + " (reports/" + year
                + ".json)");
    }
}
