package mou.commands.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.command.Io;
import mou.core.spi.PluginFailure;

/** How the commands word what they print: counts, paths, years, failures. */
final class Words {

    private Words() {
    }

    static String display(Path path, Io io) {
        Path cwd = io.cwd().toAbsolutePath().normalize();
        if (path.startsWith(cwd)) {
            String relative = cwd.relativize(path).toString();
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }

    static String plural(long count, String singular) {
        return plural(count, singular, singular + "s");
    }

    static String plural(long count, String singular, String pluralForm) {
        return count + " " + (count == 1 ? singular : pluralForm);
    }

    static String join(Set<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // file-system exceptions carry only the path as their message
        return message.contains(" ") ? message : e.getClass().getSimpleName() + ": " + message;
    }

    /** Plugins that are installed but do not run (bundle not active, component failed or unsatisfied), one per line. */
    static void printPluginProblems(List<PluginFailure> problems, Io io) {
        if (!problems.isEmpty()) {
            io.out().println("plugin problems (these plugins are installed but do not run):");
            problems.forEach(p -> io.out().println("  " + p.describe()));
        }
    }
}
