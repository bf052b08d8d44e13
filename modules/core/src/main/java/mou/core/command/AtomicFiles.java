package mou.core.command;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one way mou replaces a file, so that a reader (or a crash) sees either the whole old content
 * or the whole new content, never a part: the content goes to a hidden temporary file in the same
 * folder ({@code .NAME.tmp-RANDOM}), is forced to disk, takes the permissions of the file it
 * replaces, and is then renamed over it in one step; the folder is synced so that the rename
 * itself survives a crash. The workspace store, the report files, exported spreadsheets and the
 * plugins folder all write through it.
 *
 * @since 1.0
 */
public final class AtomicFiles {

    /** Writes a file's content to a stream; the stream may be closed by the writer, it is forced after. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** The step that puts the finished temporary file in place; a test replaces it to simulate a crash. */
    @FunctionalInterface
    public interface Rename {
        void move(Path temporary, Path target) throws IOException;
    }

    /** The rename of a real save: atomic, over the old file. */
    public static final Rename ATOMIC_RENAME = AtomicFiles::move;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Rename rename;

    /** Files replaced by an atomic rename. */
    public AtomicFiles() {
        this(ATOMIC_RENAME);
    }

    /** Files replaced by the given rename (tests simulate a crash with it). */
    public AtomicFiles(Rename rename) {
        this.rename = rename;
    }

    /** Whether a file name is one of the hidden temporary files made here (readers skip them). */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.contains(".tmp-");
    }

    /** Replaces {@code target} with {@code content}. */
    public void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Replaces {@code target} with what {@code content} writes; the target's folder is made when missing. */
    public void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createFile(temporaryFor(target));
        boolean moved = false;
        try {
            fill(temporary, content);
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

    /**
     * A new name for the hidden temporary file that will replace {@code target}, in the same folder
     * ({@code .NAME.tmp-RANDOM}); nothing is created.
     */
    public static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
    }

    /**
     * Writes {@code content} into an existing (temporary) file, from its start, and forces it to
     * disk: the first half of a replacement whose second half is {@link #move}. Writers that close
     * the stream they are given (Jackson's, POI's) do not close the file before it is forced.
     */
    public static void fill(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            out.flush();
            channel.force(true);
        }
    }

    /**
     * Renames a finished file over {@code target} in one step (a plain rename where the file system
     * cannot do it atomically).
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename in {@code folder} durable; some systems (Windows) cannot open a folder for this, which is then skipped. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file itself is already on disk; only the durability of the rename is left to the system.
        }
    }

    /** A replaced file keeps the permissions it had, not the defaults of a new file. */
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
}
