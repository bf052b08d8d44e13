package mou.cycle.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.spi.RenderOptions.PageSize;

/** {@code publish YEAR [--out DIR] [--format html,md,json,pdf] [--language en|es] [--paper letter|a4] [--allow-missing REASON]}: both languages unless one is given. */
final class PublishCommand implements CycleCommand {

    static final String ALLOW_MISSING = "--allow-missing";
    static final String ALLOW_UNTRANSLATED = "--allow-untranslated";

    private final Shell shell;

    PublishCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("publish", words, Set.of("--out", "--format", "--language", "--data", "--by", "--why", ALLOW_MISSING,
                ALLOW_UNTRANSLATED, "--paper"), Set.of(), Set.of());
        if (Shell.help(args, "publish", io)) {
            return;
        }
        List<String> a = args.expect(1, "publish YEAR [--out DIR] [--format html,md,json,pdf] [--language en|es] [--paper letter|a4]"
                + " [--allow-missing REASON] [--allow-untranslated REASON]");
        int year = Shell.year(a.get(0), "publish");
        Optional<String> allowMissing = args.text(ALLOW_MISSING);
        Optional<String> allowUntranslated = args.text(ALLOW_UNTRANSLATED);
        List<String> formats = args.value("--format").map(f -> Arrays.asList(f.split(",", -1))).orElse(List.of());
        Path out = args.value("--out").map(o -> io.cwd().resolve(o)).orElse(null);
        Optional<String> paperName = args.value("--paper");
        PageSize paper = paperName.isEmpty() ? PageSize.LETTER : PageSize.named(paperName.get()).orElseThrow(() -> CommandException.usage(
                "publish: --paper must be letter or a4, not '" + paperName.get() + "'"));
        Published published;
        try {
            published = shell.cycle().publish(new Publish(shell.acting(args, io, "publish"), year, args.value("--language").orElse(null),
                    formats, out, allowMissing.orElse(null), allowUntranslated.orElse(null), paper));
        } catch (CycleException e) {
            throw Shell.failed("publish", e);
        }
        if (published.groups().isEmpty()) {
            io.err().println("publish: " + year + " was already published and locked, but its report was missing from published/"
                    + year + "; it was written again from the locked data");
        } else {
            io.err().println("publish: " + year + " published by " + shell.actor(args, "publish").strip() + ": "
                    + String.join(", ", published.groups()) + "; these years are now locked");
        }
        if (!published.missing().isEmpty()) {
            io.err().println("publish: published without " + Publisher.who(published.missing()) + ": " + allowMissing.orElseThrow()
                    + " (recorded in the history and in the report)");
        }
        if (!published.incomplete().isEmpty()) {
            io.err().println("publish: published incomplete, because: " + allowMissing.orElseThrow()
                    + " (recorded in the history and the review steps, and in the report's notice); it misses:");
            published.incomplete().forEach(gap -> io.err().println("publish:   " + (gap.groupId() == null ? "" : gap.groupId() + ": ")
                    + gap.describe()));
        }
        if (published.missing().isEmpty() && published.incomplete().isEmpty() && allowMissing.isPresent()) {
            io.err().println("publish: " + ALLOW_MISSING + " was not needed: no part of the report is missing");
        }
        if (!published.untranslated().isEmpty()) {
            io.err().println("publish: published with " + Count.of(published.untranslated().size(), "text") + " without a current"
                    + " Spanish version, because: " + allowUntranslated.orElseThrow() + " (recorded in the history and in the report's notice)");
        } else if (allowUntranslated.isPresent()) {
            io.err().println("publish: " + ALLOW_UNTRANSLATED + " was not needed: every text of the report has its Spanish version");
        }
        published.notOpened().forEach(g -> io.err().println("publish: " + g + " did not open " + year + ": its chapter shows its plan without"
                + " ratings of " + year + ", with a notice saying so"));
        published.files().forEach(p -> io.out().println(p));
    }
}
