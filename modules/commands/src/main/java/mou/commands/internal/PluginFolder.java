package mou.commands.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.command.AtomicFiles;

/** The plugins folder as install and uninstall see it: the plugin jars in it, and copying one in atomically. */
final class PluginFolder {

    private PluginFolder() {
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
     * or the new one, never neither nor both: the new content goes into a hidden temporary file,
     * which replaces the jar it updates ({@code replacing}) at once; that file is then renamed to
     * {@code target}.
     *
     * @param replacing the jar of an earlier version of the same bundle, empty for a new plugin
     */
    static void copyAtomically(Path source, Path target, Optional<Path> replacing) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            if (replacing.isEmpty() || replacing.get().equals(target)) {
                AtomicFiles.move(temp, target);
            } else {
                AtomicFiles.move(temp, replacing.get());
                AtomicFiles.move(replacing.get(), target);
            }
        } finally {
            Files.deleteIfExists(temp);
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
