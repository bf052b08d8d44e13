package mou.commands.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The plugins folder as install and uninstall see it: the plugin jars in it, and copying one in atomically. */
final class PluginFolder {

    private PluginFolder() {
    }

    /** The plugin jars in the plugins folder; files that are not bundles are left out. */
    static List<PluginJar> jars(Path plugins) {
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
                    jars.add(PluginJar.read(file));
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

    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void copyAtomically(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
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
