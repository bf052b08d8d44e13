package mou.testfixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the tests do with their own temporary folders. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, deepest first (a test's temporary folder; {@code deleteOnExit} deletes only an empty one). */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
