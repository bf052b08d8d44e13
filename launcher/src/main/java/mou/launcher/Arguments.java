package mou.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's command line: {@code [--plugins DIR] [-h|--help] COMMAND [ARGS...]}. Only the
 * words before the command belong to the launcher; the command's own words are passed on as they are.
 *
 * @param plugins the plugins folder given with --plugins, resolved against the current directory
 * @param command the command to run, or null when none was given
 * @param arguments the command's words
 * @param help whether --help (or -h) came before the command
 */
record Arguments(Optional<Path> plugins, String command, List<String> arguments, boolean help) {

    /** The launcher's own command, next to the application's. */
    static final String SHELL = "shell";

    /** A mistake on the launcher's part of the command line. */
    static final class Mistake extends Exception {

        private static final long serialVersionUID = 1L;

        Mistake(String message) {
            super(message);
        }
    }

    static Arguments parse(List<String> words, Path cwd) throws Mistake {
        Optional<Path> plugins = Optional.empty();
        boolean help = false;
        int i = 0;
        for (; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-h") || word.equals("--help")) {
                help = true;
            } else if (word.equals("--plugins") || word.startsWith("--plugins=")) {
                if (plugins.isPresent()) {
                    throw new Mistake("--plugins is given twice; give it once");
                }
                String value;
                if (word.startsWith("--plugins=")) {
                    value = word.substring("--plugins=".length());
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    value = "";
                }
                if (value.isBlank()) {
                    throw new Mistake("--plugins needs a folder: --plugins DIR");
                }
                plugins = Optional.of(cwd.resolve(value).toAbsolutePath().normalize());
            } else if (word.startsWith("-")) {
                throw new Mistake("unknown option '" + word + "' before the command; a command's options go after it,"
                        + " e.g. mou report --year 2016");
            } else {
                break;
            }
        }
        String command = i < words.size() ? words.get(i) : null;
        List<String> rest = i < words.size() ? List.copyOf(words.subList(i + 1, words.size())) : List.of();
        return new Arguments(plugins, command, rest, help);
    }
}
