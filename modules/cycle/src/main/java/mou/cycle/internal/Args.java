package mou.cycle.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's words as people type them: {@code --name value}, {@code --name=value}, flags, and the
 * remaining arguments; {@code --help} (or {@code -h}) anywhere. Options named as repeatable may be
 * given more than once (e.g. {@code --evidence A --evidence B}); others only once. Everything after
 * {@code --} is an argument. Gogo passes the words unparsed, so this is the only place they are read.
 */
final class Args {

    static final String HELP = "--help";

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
     * @param valued options that take a value
     * @param repeatable those of {@code valued} that may be given more than once
     * @param flagNames options without a value
     */
    static Args parse(String command, List<String> words, Set<String> valued, Set<String> repeatable, Set<String> flagNames)
            throws CommandException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new TreeSet<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null) {
                continue;
            }
            if (word.equals("--")) {
                arguments.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (word.equals("-h")) {
                word = HELP;
            }
            if (!word.startsWith("--")) {
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
                throw CommandException.usage(command + ": unknown option '" + name + "'; options: " + String.join(", ", all));
            }
        }
        return new Args(command, values, flags, List.copyOf(arguments));
    }

    Optional<String> value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** A value that must not be blank when given. */
    Optional<String> text(String name) throws CommandException {
        Optional<String> value = value(name);
        if (value.isPresent() && value.get().isBlank()) {
            throw CommandException.usage(command + ": " + name + " is empty; give it a text");
        }
        return value.map(String::strip);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean help() {
        return flags.contains(HELP);
    }

    List<String> arguments() {
        return arguments;
    }

    /** Exactly {@code count} arguments, else a usage error showing how to call the command. */
    List<String> expect(int count, String usage) throws CommandException {
        if (arguments.size() != count) {
            throw CommandException.usage(command + ": " + (arguments.size() < count ? "missing arguments" : "unexpected argument '"
                    + arguments.get(count) + "'") + "; usage: " + usage);
        }
        return arguments;
    }
}
