package mou.commands.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's options, parsed the way people type them: {@code --name value}, {@code --name=value},
 * flags such as {@code --help} (or {@code -h}), and the remaining arguments. Everything after
 * {@code --} is an argument even when it starts with a dash. Gogo passes the words as they are,
 * so this is the only place options are read.
 */
final class Options {

    static final String HELP = "--help";

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> arguments;

    private Options(Map<String, String> values, Set<String> flags, List<String> arguments) {
        this.values = values;
        this.flags = flags;
        this.arguments = arguments;
    }

    /**
     * Parses the words given to a command.
     *
     * @param command the command's name, for messages
     * @param words the words after the command's name
     * @param valued the options that take a value, e.g. {@code --year}
     * @param flagNames the options that take none; {@code --help} is always accepted
     * @throws UsageException for an unknown option, a missing value or an option given twice
     */
    static Options parse(String command, List<String> words, Set<String> valued, Set<String> flagNames) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
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
            if (!word.startsWith("-") || word.equals("-")) {
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
                    throw new UsageException(command + ": " + name + " needs a value, e.g. " + name + " VALUE or " + name + "=VALUE");
                }
                if (value.isEmpty()) {
                    throw new UsageException(command + ": " + name + " needs a value, not an empty one");
                }
                if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException(command + ": " + name + " is given twice; give it once");
                }
            } else if (name.equals(HELP) || flagNames.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(command + ": " + name + " takes no value");
                }
                flags.add(name);
            } else {
                throw new UsageException(command + ": unknown option '" + name + "'" + known(valued, flagNames));
            }
        }
        return new Options(values, flags, List.copyOf(arguments));
    }

    private static String known(Set<String> valued, Set<String> flagNames) {
        Set<String> all = new TreeSet<>(valued);
        all.addAll(flagNames);
        all.add(HELP);
        return "; options: " + String.join(", ", all);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean help() {
        return flags.contains(HELP);
    }

    /** The words that are not options, in order. */
    List<String> arguments() {
        return arguments;
    }
}
