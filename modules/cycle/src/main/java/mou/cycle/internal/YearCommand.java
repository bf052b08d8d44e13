package mou.cycle.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearOpened;
import mou.core.cycle.YearStatus;
import mou.core.model.GroupYear;

/** {@code year open YEAR [--group G]} and {@code year status [YEAR]}. */
final class YearCommand implements CycleCommand {

    private final Shell shell;

    YearCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("year", words, Set.of("--group", "--data", "--by", "--why"), Set.of(), Set.of());
        if (Shell.help(args, "year", io)) {
            return;
        }
        List<String> a = args.arguments();
        String action = a.isEmpty() ? "" : a.get(0);
        switch (action) {
            case "open" -> {
                args.expect(2, "year open YEAR [--group GROUP-ID]");
                open(Shell.year(a.get(1), "year open"), args, io);
            }
            case "status" -> {
                if (a.size() > 2) {
                    throw CommandException.usage("year status: unexpected argument '" + a.get(2) + "'; usage: year status [YEAR]");
                }
                status(a.size() == 2 ? Shell.year(a.get(1), "year status") : null, args, io);
            }
            default -> throw CommandException.usage("year: say what to do: year open YEAR [--group GROUP-ID], or year status [YEAR]"
                    + (action.isEmpty() ? "" : " ('" + action + "' is not one of them"
                            + suggestion(Args.didYouMean(action, List.of("open", "status"))) + ")"));
        }
    }

    private static String suggestion(String didYouMean) {
        return didYouMean.isEmpty() ? "" : "; " + didYouMean;
    }

    private void open(int year, Args args, Io io) throws CommandException {
        YearOpened done;
        try {
            done = shell.cycle().openYear(new OpenYear(shell.acting(args, io, "year open"), year, args.value("--group").orElse(null)));
        } catch (CycleException e) {
            throw Shell.failed("year open", e);
        }
        done.alreadyOpen().forEach(g -> io.out().println(g + " " + year + " is already open; left as it is"));
        if (done.opened().isEmpty()) {
            io.out().println("year open: nothing to open");
            return;
        }
        for (YearOpened.Opened o : done.opened()) {
            io.out().println(o.groupId() + " " + year + ": opened" + (o.from() == null ? ", no earlier year to start from"
                    : ", " + o.carried() + " of " + Count.of(o.activities(), "activity", "activities") + " start from their " + o.from() + " level"));
        }
        if (done.reportCreated()) {
            io.out().println("reports/" + year + ".json: created for the program office's introduction and final comments");
        }
    }

    private void status(Integer wanted, Args args, Io io) throws CommandException {
        YearStatus status;
        try {
            status = shell.cycle().status(new StatusQuery(shell.asking(args, io, "year status"), wanted, args.value("--group").orElse(null)));
        } catch (CycleException e) {
            throw Shell.failed("year status", e);
        }
        int year = status.year();
        for (YearStatus.Group group : status.groups()) {
            GroupYear g = group.year();
            if (g == null) {
                io.out().println(group.groupId() + " " + year + ": not open");
                continue;
            }
            String step = g.review().last().map(s -> " (by " + s.by() + " on " + s.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + (s.reason() == null ? "" : ": " + s.reason())
                    + (s.incomplete() == null ? "" : "; with parts missing, because: " + s.incomplete()) + ")").orElse("");
            String levels = group.rated() + " of " + Count.of(group.activities(), "activity", "activities") + " rated this year"
                    + (group.carriedOver() == 0 ? "" : ", " + group.carriedOver() + " carried over from the year before (not yet re-rated)")
                    + (group.unrated() <= 0 ? "" : ", " + group.unrated() + " not rated");
            io.out().println(group.groupId() + " " + year + ": " + g.review().state().id() + step + "; " + levels + ", "
                    + Count.of(g.metrics().size(), "figure") + ", " + Count.of(g.events().size(), "event") + ", quarterly updates: " + (g.updates().stream().noneMatch(CycleServiceImpl::reportsSomething) ? "none"
                            : g.updates().stream().filter(CycleServiceImpl::reportsSomething).map(u -> "Q" + u.quarter())
                                    .collect(Collectors.joining(", "))));
            group.missing().forEach(gap -> io.out().println("  missing: " + gap.describe()));
        }
        status.missing().forEach(gap -> io.out().println("program office " + year + ": missing: " + Gaps.line(gap)));
    }
}
