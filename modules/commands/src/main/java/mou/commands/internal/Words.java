package mou.commands.internal;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.command.AtomicFiles;
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

    /** What went wrong, in words: a file system's exception (which carries little more than a path) as {@link AtomicFiles#describe} says it. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return AtomicFiles.describe(Path.of(f.getFile()), f);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an internal error in mou or a plugin, not a problem with your data" : message;
    }

    /** Plugins that are installed but do not run (bundle not active, component failed or unsatisfied), one per line. */
    static void printPluginProblems(List<PluginFailure> problems, Io io) {
        if (!problems.isEmpty()) {
            io.out().println("plugin problems (these plugins are installed but do not run):");
            problems.forEach(p -> io.out().println("  " + p.describe()));
        }
    }
}
