package mou.core.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's words as people type them: {@code --name value}, {@code --name=value}, flags, and
 * the remaining arguments; {@code --help} (or {@code -h}) anywhere. Options named as repeatable
 * may be given more than once (e.g. {@code --evidence A --evidence B}); others only once.
 * Everything after {@code --} is an argument, and so are a lone {@code -} and a negative number
 * such as {@code -3}; any other word that starts with a dash is an option. Gogo passes the words
 * unparsed, so this is the only place they are read.
 *
 * <p>Every mistake is a {@link CommandException#usage usage error} whose message begins with the
 * command's name and says what to type instead.
 */
public final class Args {

    /** The option every command accepts; {@code -h} is the same. */
    public static final String HELP = "--help";

    private final String command;
    private final Map<String, List<String>> values;
    private final Set<String> flags;
    private final List<String> arguments;

    private Args(String command, Map<String, List<String>> values, Set<String> flags, List<String> arguments) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.arguments = arguments;
    }

    /**
     * Parses the words given to a command; no option may be given twice.
     *
     * @param command the command's name, for messages
     * @param words the words after the command's name
     * @param valued the options that take a value, e.g. {@code --year}
     * @param flagNames the options that take none; {@code --help} is always accepted
     * @throws CommandException for an unknown option, a missing or empty value, or an option given twice
     */
    public static Args parse(String command, List<String> words, Set<String> valued, Set<String> flagNames) throws CommandException {
        return parse(command, words, valued, Set.of(), flagNames);
    }

    /**
     * Parses the words given to a command.
     *
     * @param command the command's name, for messages
     * @param words the words after the command's name
     * @param valued the options that take a value
     * @param repeatable those of {@code valued} that may be given more than once
     * @param flagNames the options without a value; {@code --help} is always accepted
     * @throws CommandException for an unknown option, a missing or empty value, or a
     *         non-repeatable option given twice
     */
    public static Args parse(String command, List<String> words, Set<String> valued, Set<String> repeatable, Set<String> flagNames)
            throws CommandException {
        return parse(command, words, valued, repeatable, flagNames, Set.of());
    }

    /**
     * Parses the words given to a command some of whose options may be given an empty value, which
     * says "none" (e.g. {@code figure ... --target ""} removes a figure's target).
     *
     * @param command the command's name, for messages
     * @param words the words after the command's name
     * @param valued the options that take a value
     * @param repeatable those of {@code valued} that may be given more than once
     * @param flagNames the options without a value; {@code --help} is always accepted
     * @param clearable those of {@code valued} whose value may be empty
     * @throws CommandException for an unknown option, a missing value or an empty one where it may not be,
     *         or a non-repeatable option given twice
     */
    public static Args parse(String command, List<String> words, Set<String> valued, Set<String> repeatable, Set<String> flagNames,
            Set<String> clearable) throws CommandException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new TreeSet<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null) {
                continue;
            }
            if (word.equals("--")) {
                arguments.addAll(words.subList(i + 1, words.size()).stream().filter(w -> w != null).toList());
                break;
            }
            if (word.equals("-h")) {
                word = HELP;
            }
            if (!isOption(word)) {
                arguments.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = word.substring(equals + 1);
                } else if (i + 1 < words.size() && words.get(i + 1) != null && !words.get(i + 1).startsWith("--")) {
                    value = words.get(++i);
                } else {
                    throw CommandException.usage(command + ": " + name + " needs a value, e.g. " + name + " VALUE or " + name + "=VALUE");
                }
                if (value.isEmpty() && !clearable.contains(name)) {
                    throw CommandException.usage(command + ": " + name + " needs a value, not an empty one");
                }
                List<String> given = values.computeIfAbsent(name, n -> new ArrayList<>());
                if (!given.isEmpty() && !repeatable.contains(name)) {
                    throw CommandException.usage(command + ": " + name + " is given twice; give it once");
                }
                given.add(value);
            } else if (name.equals(HELP) || flagNames.contains(name)) {
                if (equals >= 0) {
                    throw CommandException.usage(command + ": " + name + " takes no value");
                }
                flags.add(name);
            } else {
                Set<String> all = new TreeSet<>(valued);
                all.addAll(flagNames);
                all.add(HELP);
                String guess = didYouMean(name, all);
                throw CommandException.usage(command + ": unknown option '" + name + "'; options: " + String.join(", ", all)
                        + (guess.isEmpty() ? "" : "; " + guess));
            }
        }
        return new Args(command, values, flags, List.copyOf(arguments));
    }

    /** A word that names an option: a dash and more, but not a lone dash or a negative number. */
    private static boolean isOption(String word) {
        if (word.length() < 2 || word.charAt(0) != '-') {
            return false;
        }
        char second = word.charAt(1);
        return !(Character.isDigit(second) || second == '.');
    }

    /**
     * The known names nearest to a mistyped one, when they are near enough to be what was meant: a
     * typo or two (a letter missing, extra, wrong, or two letters swapped), or a word cut short
     * ({@code --rational} for {@code --rationale}), but not another word. Options ({@code --yeer})
     * and commands ({@code reprot}) are matched alike; leading dashes do not count towards a word's
     * length. The one place where "did you mean" is decided, for options here and for commands by
     * the command dispatcher.
     *
     * @param typed what was typed
     * @param known the names it could have meant
     * @return the nearest names (more than one when they are equally near), in the order of {@code known}; empty when none is near
     * @since 1.2
     */
    public static List<String> nearest(String typed, Collection<String> known) {
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance && !best.contains(candidate)) {
                best.add(candidate);
            }
        }
        int length = typed.length() - dashes(typed);
        int allowed = Math.max(1, Math.min(3, length / 3));
        final int found = bestDistance;
        return List.copyOf(best.stream().filter(name -> found <= allowed
                || length >= 2 && found <= 4 && (name.startsWith(typed) || typed.startsWith(name))).toList());
    }

    /**
     * "did you mean X?" (or "X or Y?") for the names {@link #nearest} finds, or empty.
     *
     * @since 1.2
     */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> nearest = nearest(typed, known);
        if (nearest.isEmpty()) {
            return "";
        }
        String names = nearest.size() == 1 ? nearest.get(0)
                : String.join(", ", nearest.subList(0, nearest.size() - 1)) + " or " + nearest.get(nearest.size() - 1);
        return "did you mean " + names + "?";
    }

    /** The first of the known names nearest to a mistyped one. */
    static Optional<String> closest(String typed, Set<String> known) {
        return nearest(typed, known).stream().findFirst();
    }

    private static int dashes(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) == '-') {
            i++;
        }
        return i;
    }

    /** The edit distance between two words: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The command's name, as messages begin with it. */
    public String command() {
        return command;
    }

    /** An option's value (its first, for a repeatable one), empty when it was not given. */
    public Optional<String> value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** An option's value with the spaces around it removed; a usage error when it is only spaces. */
    public Optional<String> text(String name) throws CommandException {
        Optional<String> value = value(name);
        if (value.isPresent() && value.get().isBlank()) {
            throw CommandException.usage(command + ": " + name + " is empty; give it a text");
        }
        return value.map(String::strip);
    }

    /** Every value of a repeatable option, in the order given; empty when it was not given. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether an option (valued or flag) was given. */
    public boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** Whether help was asked for ({@code --help} or {@code -h}). */
    public boolean help() {
        return flags.contains(HELP);
    }

    /** The words that are not options, in order. */
    public List<String> arguments() {
        return arguments;
    }

    /** Exactly {@code count} arguments, else a usage error showing how to call the command. */
    public List<String> expect(int count, String usage) throws CommandException {
        if (arguments.size() != count) {
            throw CommandException.usage(command + ": " + (arguments.size() < count ? "missing arguments" : "unexpected argument '"
                    + arguments.get(count) + "'") + "; usage: " + usage);
        }
        return arguments;
    }

    /** No arguments, else a usage error pointing at the command's help. */
    public void expectNone() throws CommandException {
        if (!arguments.isEmpty()) {
            throw CommandException.usage(command + ": unexpected argument '" + arguments.get(0) + "'; see " + command + " --help");
        }
    }
}
