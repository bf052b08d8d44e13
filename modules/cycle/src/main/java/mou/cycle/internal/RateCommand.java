package mou.cycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.Rate;
import mou.core.cycle.Saved;
import mou.core.model.Assessment;
import mou.core.model.Link;
import mou.core.model.Text;

/** {@code rate ACTIVITY-ID LEVEL --rationale TEXT [--evidence URL-OR-PATH]...}. */
final class RateCommand implements CycleCommand {

    private final Shell shell;

    RateCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("rate", words, Set.of("--rationale", "--rationale-es", "--evidence", "--evidence-title", "--year",
                "--data", "--by", "--why"), Set.of("--evidence", "--evidence-title"), Set.of("--no-evidence"), Set.of("--rationale-es"));
        if (Shell.help(args, "rate", io)) {
            return;
        }
        List<String> a = args.expect(2, "rate ACTIVITY-ID LEVEL --rationale TEXT [--evidence URL-OR-PATH]...");
        Optional<String> rationale = args.text("--rationale");
        // --rationale-es "" removes the Spanish (as an emptied form field does); not given, the Spanish there is kept
        Optional<String> rationaleEs = args.value("--rationale-es").map(String::strip);
        boolean spanishRemoved = rationaleEs.filter(String::isEmpty).isPresent();
        List<String> titles = args.values("--evidence-title");
        List<String> urls = args.values("--evidence");
        if (titles.size() > urls.size()) {
            throw CommandException.usage("rate: there are more --evidence-title than --evidence; give each title after its --evidence");
        }
        if (args.flag("--no-evidence") && !urls.isEmpty()) {
            throw CommandException.usage("rate: --no-evidence and --evidence contradict each other; give one of them");
        }
        List<Link> evidence = null;
        if (!urls.isEmpty() || args.flag("--no-evidence")) {
            evidence = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                evidence.add(new Link(i < titles.size() ? Text.of(titles.get(i).strip()) : null, urls.get(i)));
            }
        }
        Integer year = args.value("--year").isPresent() ? Shell.year(args.value("--year").get(), "rate") : null;
        Saved<Assessment> saved;
        try {
            saved = shell.cycle().rate(new Rate(shell.acting(args, io, "rate"), a.get(0), year, a.get(1),
                    rationale.map(r -> Text.of(r, rationaleEs.filter(es -> !es.isEmpty()).orElse(null))).orElse(null), evidence, List.of(),
                    spanishRemoved));
        } catch (CycleException e) {
            throw Shell.failed("rate", e);
        }
        String level = saved.after().level().id();
        if (!saved.changed()) {
            io.out().println("rate: " + saved.subject() + " already stands at " + level + " with this rationale and evidence; nothing changed");
            return;
        }
        Assessment before = saved.before();
        io.out().println(saved.groupId() + " " + saved.year() + " " + saved.subject() + ": "
                + (before == null || before.level() == null ? "not rated" : before.level().id()) + " -> " + level
                + (before == null || !before.carriedOver() ? "" : before.level() == saved.after().level()
                        ? " (the level carried over is confirmed for " + saved.year() + ")"
                        : " (the level carried over is re-rated for " + saved.year() + ")"));
    }
}
