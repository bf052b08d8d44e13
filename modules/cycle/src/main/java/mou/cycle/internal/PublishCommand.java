package mou.cycle.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import mou.core.cycle.CycleException;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;

/** {@code publish YEAR [--out DIR] [--format html,md,json] [--language en|es]}. */
final class PublishCommand implements CycleCommand {

    private final Shell shell;

    PublishCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("publish", words, Set.of("--out", "--format", "--language", "--data", "--by", "--why"), Set.of(), Set.of());
        if (Shell.help(args, "publish", io)) {
            return;
        }
        List<String> a = args.expect(1, "publish YEAR [--out DIR] [--format html,md,json]");
        int year = Shell.year(a.get(0), "publish");
        List<String> formats = args.value("--format").map(f -> Arrays.asList(f.split(","))).orElse(List.of());
        if (args.value("--format").isPresent() && formats.stream().allMatch(String::isBlank)) {
            throw CommandException.usage("publish: --format needs at least one format id, e.g. --format html,md");
        }
        Path out = args.value("--out").map(o -> io.cwd().resolve(o)).orElse(null);
        Published published;
        try {
            published = shell.cycle().publish(new Publish(shell.acting(args, io, "publish"), year, args.value("--language").orElse("en"),
                    formats, out));
        } catch (CycleException e) {
            throw Shell.failed("publish", e);
        }
        io.err().println("publish: " + year + " published by " + shell.actor(args, "publish").strip() + ": "
                + String.join(", ", published.groups()) + "; these years are now locked");
        published.notOpened().forEach(g -> io.err().println("publish: " + g + " did not open " + year + " and is not in the report"));
        published.files().forEach(p -> io.out().println(p));
    }
}
