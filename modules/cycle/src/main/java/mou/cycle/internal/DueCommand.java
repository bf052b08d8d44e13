package mou.cycle.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.Due;
import mou.core.cycle.DueQuery;
import mou.core.model.QuarterlyUpdate;

/** {@code due [--year YEAR] [--group GROUP-ID] [--on DATE]}: what the reporting calendar says is due, as the cycle service works it out. */
final class DueCommand implements CycleCommand {

    static final String USAGE = "due [--year YEAR] [--group GROUP-ID] [--on DATE]";

    private final Shell shell;

    DueCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("due", words, Set.of("--year", "--group", "--on", "--data"), Set.of(), Set.of());
        if (Shell.help(args, "due", io)) {
            return;
        }
        args.expect(0, USAGE);
        Integer year = args.value("--year").isPresent() ? Shell.year(args.value("--year").get(), "due") : null;
        LocalDate on = null;
        if (args.value("--on").isPresent()) {
            String text = args.value("--on").get();
            try {
                on = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw CommandException.usage("due: --on '" + text + "' is not a day; give it as YEAR-MM-DD, e.g. --on 2017-04-30");
            }
        }
        Due due;
        try {
            due = shell.cycle().due(new DueQuery(shell.asking(args, io, "due"), year, args.value("--group").orElse(null), on));
        } catch (CycleException e) {
            throw Shell.failed("due", e);
        }
        if (!due.calendar()) {
            io.out().println("due: the workspace has no reporting calendar (calendar.json), so nothing is due;"
                    + " see docs/workspace-format.md to add one");
            return;
        }
        List<Due.Item> items = due.items();
        if (items.isEmpty()) {
            io.out().println("due: nothing is due" + (year == null ? "; no group has opened a year yet" : " in " + year));
            return;
        }
        io.out().println("Due dates as of " + due.on() + ":");
        // one column per field: the group ids padded to the longest, so that what is due lines up
        int groups = items.stream().mapToInt(i -> i.groupId().length()).max().orElse(0);
        for (Due.Item item : items) {
            io.out().println("  " + item.date() + "  " + pad(item.state().id().toUpperCase(java.util.Locale.ROOT), 8) + "  "
                    + pad(item.groupId(), groups) + "  " + what(item)
                    + (item.state() == Due.State.CLOSED ? " (not written; " + item.year() + " is published and final)" : ""));
        }
        long overdue = items.stream().filter(i -> i.state() == Due.State.OVERDUE).count();
        long open = items.stream().filter(i -> i.state() == Due.State.DUE).count();
        long closed = items.stream().filter(i -> i.state() == Due.State.CLOSED).count();
        io.out().println(Count.of((int) overdue, "item") + " overdue, " + open + " due, "
                + (items.size() - overdue - open - closed) + " done"
                + (closed == 0 ? "" : ", " + closed + " closed (not written, the year is published)"));
    }

    /** What an item is, in the command's words: {@code 2016-Q1 quarterly update} or {@code 2016 annual report}. */
    static String what(Due.Item item) {
        return item.kind() == Due.Kind.ANNUAL_REPORT ? item.year() + " annual report"
                : QuarterlyUpdate.label(item.year(), item.quarter()) + " quarterly update";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
