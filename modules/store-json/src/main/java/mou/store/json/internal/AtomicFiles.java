package mou.store.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file so that a reader (or a crash) sees either the whole old content or the whole
 * new content, never a part: the content goes to a hidden temporary file in the same folder,
 * is forced to disk, and is then renamed over the old file in one step.
 */
final class AtomicFiles {

    /** The step that puts the finished temporary file in place; a test replaces it to simulate a crash. */
    @FunctionalInterface
    interface Rename {
        void move(Path temporary, Path target) throws IOException;
    }

    static final Rename ATOMIC_RENAME = (temporary, target) ->
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Rename rename;

    AtomicFiles() {
        this(ATOMIC_RENAME);
    }

    AtomicFiles(Rename rename) {
        this.rename = rename;
    }

    /** The name of a temporary file beside {@code target}: hidden, so that the store never reads it as data. */
    static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.contains(".tmp-");
    }

    void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + target.getFileName() + ".tmp-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(target, temporary);
            rename.move(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        syncFolder(folder);
    }

    /** A saved file keeps the permissions it had, not the defaults of a new file. */
    private static void keepPermissions(Path target, Path temporary) {
        try {
            if (Files.exists(target)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(temporary, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the new file has the folder's defaults, which is all one can do there.
        }
    }

    /** Makes the rename itself durable; some systems (Windows) cannot open a folder for this, which is then skipped. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file itself is already on disk; only the durability of the rename is left to the system.
        }
    }
}
