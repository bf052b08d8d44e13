package mou.cycle.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleService;
import mou.core.cycle.Problem;
import mou.core.model.Text;
import mou.core.model.Years;

/**
 * What the cycle's commands share as a front door of the {@link CycleService}: where the workspace
 * is, who is acting, reading a year, and showing a refused request the way commands show mistakes
 * (one line per problem, the field named by its option, the exit status of its kind).
 */
final class Shell {

    private static final Pattern INDEXED = Pattern.compile("(.+)\\[\\d+\\]");
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("workspace", "--data DIR"),
            Map.entry("rationale", "--rationale TEXT"), Map.entry("reason", "--reason TEXT"), Map.entry("happened", "--text TEXT"),
            Map.entry("paragraphs", "--text TEXT"), Map.entry("paragraphsEs", "--es TEXT"), Map.entry("happenedEs", "--es TEXT"),
            Map.entry("figures", "--figure ID"), Map.entry("events", "--event ID"),
            Map.entry("activityId", "--activity"), Map.entry("formats", "--format"), Map.entry("asOf", "--as-of"),
            Map.entry("titleEs", "--title-es"), Map.entry("labelEs", "--label-es"),
            Map.entry("dropFigures", "--drop-figure ID"), Map.entry("dropEvents", "--drop-event ID"),
            Map.entry("eventId", "EVENT-ID"), Map.entry("figureId", "FIGURE-ID"));

    private final CycleService cycle;
    private final Path home;
    private final String account;

    Shell(CycleService cycle, Path home, String account) {
        this.cycle = cycle;
        this.home = home;
        this.account = account;
    }

    CycleService cycle() {
        return cycle;
    }

    /** The workspace folder: --data (relative to the current directory) or the application's data/. */
    Path data(Args args, Io io, String command) throws CommandException {
        Optional<String> given = args.value("--data");
        Path folder = given.map(d -> io.cwd().resolve(d)).orElse(home.resolve("data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw CommandException.usage(command + ": there is no workspace folder " + folder
                    + (given.isPresent() ? "; give the folder that holds agreement.json with --data DIR" : ""));
        }
        return folder;
    }

    /** Who is acting: --by, else the account's user name. */
    String actor(Args args, String command) throws CommandException {
        Optional<String> by = args.value("--by");
        if (by.isPresent()) {
            return by.get();
        }
        if (account == null || account.isBlank()) {
            throw CommandException.usage(command + ": say who you are with --by NAME (the account has no user name)");
        }
        return account;
    }

    /** The workspace, who acts and why (--why), for a request that changes the workspace. */
    Acting acting(Args args, Io io, String command) throws CommandException {
        String by = actor(args, command);
        return new Acting(data(args, io, command), by, args.value("--why").orElse(null));
    }

    /**
     * Refuses an output path inside the workspace: an export or a translator's file written there would
     * overwrite the workspace's own files (its plan, a year, a published report) outside its
     * transactions and history.
     */
    static void outsideWorkspace(String command, Path out, Path workspace) throws CommandException {
        if (mou.core.command.AtomicFiles.isInside(out, workspace)) {
            throw CommandException.usage(command + ": --out " + out + " is inside the workspace " + workspace + ", whose files only"
                    + " mou's commands change; write it outside the workspace (--out PATH)");
        }
    }

    /** The workspace for a question, nobody named. */
    Acting asking(Args args, Io io, String command) throws CommandException {
        return new Acting(data(args, io, command), null, null);
    }

    static int year(String text, String command) throws CommandException {
        return Years.parse(text).orElseThrow(() -> CommandException.usage(command + ": '" + text + "' is not a year; give "
                + Years.RULE));
    }

    /** The --text paragraphs, with the --es translations paired by position. */
    static List<Text> texts(Args args, String command) throws CommandException {
        List<String> en = args.values("--text");
        List<String> es = args.values("--es");
        if (es.size() > en.size()) {
            throw CommandException.usage(command + ": there are more --es than --text; give each Spanish paragraph after its English one");
        }
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            if (en.get(i).isBlank()) {
                throw CommandException.usage(command + ": --text number " + (i + 1) + " is empty; give the paragraph's text");
            }
            texts.add(Text.of(en.get(i).strip(), i < es.size() ? es.get(i).strip() : null));
        }
        return texts;
    }

    static boolean help(Args args, String command, Io io) {
        if (args.help()) {
            io.out().print(CycleHelp.of(command));
            return true;
        }
        return false;
    }

    /** The option a request's field is given with: {@code rationale} is {@code --rationale TEXT}, {@code evidence[1]} is {@code --evidence}. */
    static String option(String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (indexed.matches()) {
            return option(indexed.group(1)).split(" ")[0];
        }
        String known = OPTIONS.get(field);
        if (known != null) {
            return known;
        }
        return "--" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A refused request as a command's mistake: one line per problem, fields named by {@code names}. */
    static CommandException failed(String command, CycleException e, Function<String, String> names) {
        return failed(command, e, names, "en");
    }

    /** As {@link #failed(String, CycleException, Function)}, each problem said in {@code language} ({@code en} or {@code es}). */
    static CommandException failed(String command, CycleException e, Function<String, String> names, String language) {
        List<String> lines = new ArrayList<>();
        for (Problem p : e.problems()) {
            String text = "en".equals(language) ? p.text(names) : p.text(language, names);
            boolean cell = p.field() != null && p.field().contains("!") && !p.namesFields();
            lines.add(command + ": " + (cell ? p.field() + ": " : "") + text);
        }
        int status = switch (e.kind()) {
            case USAGE -> Status.USAGE;
            case INVALID -> Status.INVALID_DATA;
            case REFUSED, CONFLICT -> Status.FAILED;
        };
        return new CommandException(status, lines);
    }

    static CommandException failed(String command, CycleException e) {
        return failed(command, e, Shell::option);
    }
}
