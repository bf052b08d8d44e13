package mou.commands.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import mou.core.command.AtomicFiles;

/** The plugins folder as install and uninstall see it: the plugin jars in it, and copying one in atomically. */
final class PluginFolder {

    private PluginFolder() {
    }

    /**
     * Why a plugin under this file name would never load, or empty when it would: the launcher
     * installs the files of the plugins folder named {@code [^.].*\\.jar}, and the shell's folder
     * watcher those matching {@code .*\\.jar}, where {@code .} is no line break; hidden files (a
     * name starting with '.') are skipped as half-copied ones. A name holding a control character
     * is refused too: it cannot be shown or typed back.
     */
    static Optional<String> unloadableName(String name) {
        if (!showable(name)) {
            String shown = name.codePoints().mapToObj(c -> invisible(c) ? String.format(Locale.ROOT, "<U+%04X>", c) : Character.toString(c))
                    .collect(Collectors.joining());
            return Optional.of("the file name '" + shown + "' holds a control or invisible character, and the plugins folder "
                    + "would not load it; rename the file (e.g. group-water-1.0.0.jar) and install it again");
        }
        String visible = name.replaceFirst("^\\.+", "");
        String example = visible.isEmpty() || visible.equalsIgnoreCase("jar") ? "group-water-1.0.0.jar"
                : visible.toLowerCase(Locale.ROOT).endsWith(".jar") ? visible.substring(0, visible.length() - 4) + ".jar" : visible + ".jar";
        if (name.startsWith(".")) {
            return Optional.of(name + " is a hidden file (its name starts with '.'), and the plugins folder skips hidden files, "
                    + "so the plugin would never load; rename it to " + example + " and install it again");
        }
        if (!name.endsWith(".jar")) {
            return Optional.of(name + " does not end in .jar, and the plugins folder loads only files named *.jar, so the plugin "
                    + "would never load; rename it to " + example + " and install it again");
        }
        return Optional.empty();
    }

    /** Whether a file name can be shown as it is: it holds no {@linkplain #invisible invisible} character. */
    static boolean showable(String name) {
        return name.codePoints().noneMatch(PluginFolder::invisible);
    }

    /** Control, format (zero-width, direction) and line or paragraph separator characters. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Why the plugins folder may not be written, or empty when it may: it is a symbolic link to a
     * place outside the folder that holds it, so a plugin copied into (or removed from) "the plugins
     * folder" would be written (or deleted) elsewhere.
     */
    static Optional<String> misplaced(Path plugins) {
        if (!Files.isSymbolicLink(plugins)) {
            return Optional.empty();
        }
        Path holder = plugins.toAbsolutePath().normalize().getParent();
        try {
            Path real = plugins.toRealPath();
            if (holder != null && real.startsWith(holder.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of("the plugins folder " + plugins + " is a symbolic link to " + real + ", outside " + holder
                    + "; mou adds and removes plugins only in a folder in its place: replace the link by a folder, "
                    + "or start mou with --plugins " + real);
        } catch (IOException e) {
            return Optional.of("the plugins folder " + plugins + " is a symbolic link to a folder that does not exist; "
                    + "replace the link by a folder");
        }
    }

    /** The plugin jars in the plugins folder, as the framework reads them; files that are not bundles are left out. */
    static List<PluginJar> jars(Platform platform) {
        Path plugins = platform.plugins();
        List<PluginJar> jars = new ArrayList<>();
        if (!Files.isDirectory(plugins)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plugins, "*.jar")) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    jars.add(platform.read(file));
                } catch (PluginJar.NotAPlugin e) {
                    // not a bundle: the launcher reports it when it tries to install it
                }
            }
        } catch (IOException e) {
            return jars;
        }
        jars.sort((a, b) -> a.path().compareTo(b.path()));
        return jars;
    }


    /**
     * Copies a jar into the plugins folder as {@code target} so that the folder holds the old jar
     * or the new one, never neither nor both: the new content replaces the jar it updates
     * ({@code replacing}) at once, by the one atomic write ({@link AtomicFiles}); that file is then
     * renamed to {@code target}.
     *
     * @param replacing the jar of an earlier version of the same bundle, empty for a new plugin
     */
    static void copyAtomically(Path source, Path target, Optional<Path> replacing) throws IOException {
        Path first = replacing.orElse(target);
        new AtomicFiles().write(first, out -> Files.copy(source, out));
        if (!first.equals(target)) {
            AtomicFiles.move(first, target);
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
