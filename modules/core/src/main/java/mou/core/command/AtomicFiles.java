package mou.core.command;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
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

    /**
     * Replaces {@code target} with what {@code content} writes; the target's folder is made when
     * missing. A target that is a symbolic link is refused ({@link #refuseLink}); when the folder
     * cannot be made or written, the exception says why in words ({@link #describe}).
     */
    public void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = temporaryBeside(target, folder);
        boolean moved = false;
        try {
            fill(temporary, content);
            keepPermissions(target, temporary);
            rename.move(temporary, target);
            moved = true;
        } catch (FileSystemException e) {
            throw new IOException(describe(target, e), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        syncFolder(folder);
    }

    /**
     * As {@link #write(Path, byte[])}, for a file that a journal covers (the journal holds its content
     * and is kept until this returns): the file is renamed into place first, then its content and its
     * folder's entry are forced to disk at the same time ({@code executor} forces the folder), one wait
     * for the disk instead of two. Not for a file without a journal: until both are forced, a crash may
     * leave the new name with part of its content, which only the journal puts right.
     *
     * @since 1.3
     */
    public void writeJournaled(Path target, byte[] content, java.util.concurrent.Executor executor) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = temporaryBeside(target, folder);
        boolean moved = false;
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            keepPermissions(target, temporary);
            rename.move(temporary, target);
            moved = true;
            // the folder's entry forced on the executor while this thread forces the content (join waits through interrupts)
            java.util.concurrent.CompletableFuture<Void> entry = java.util.concurrent.CompletableFuture.runAsync(() -> syncFolder(folder),
                    executor);
            try {
                channel.force(true); // the very file renamed: this channel is still open on it
            } finally {
                entry.exceptionally(e -> null).join(); // syncFolder says nothing of its own failures
            }
        } catch (FileSystemException e) {
            throw new IOException(describe(target, e), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A new, empty temporary file beside {@code target} (its folder made when missing); a target that is a link is refused. */
    private Path temporaryBeside(Path target, Path folder) throws IOException {
        refuseLink(target);
        try {
            Files.createDirectories(folder);
            return Files.createFile(temporaryFor(target));
        } catch (FileSystemException e) {
            throw new IOException(describe(target, e), e);
        }
    }

    /**
     * Refuses a target that is a symbolic link: mou replaces a file, it never writes through a link
     * to wherever the link points (nor replaces the link by a file, which would undo what someone
     * set up).
     *
     * @throws IOException saying so, with what to do
     * @since 1.1
     */
    public static void refuseLink(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            String to;
            try {
                to = " (to " + Files.readSymbolicLink(target) + ")";
            } catch (IOException | UnsupportedOperationException e) {
                to = "";
            }
            throw new IOException(target + " is a symbolic link" + to + "; mou writes only files, never through a link: "
                    + "remove the link or write to another name");
        }
    }

    /**
     * Refuses a target that is a symbolic link ({@link #refuseLink}), or whose folder, links
     * resolved, is not inside {@code within}: the check for a file that belongs in a given folder
     * (a workspace, its published reports, the plugins folder), which a link must not lead out of.
     * The folders need not exist yet; what exists of them is resolved.
     *
     * @param target the file about to be written
     * @param within the folder it must stay in, e.g. the workspace
     * @throws IOException saying which link leads where, with what to do
     * @since 1.1
     */
    public static void checkTarget(Path target, Path within) throws IOException {
        refuseLink(target);
        Path folder = target.toAbsolutePath().normalize().getParent();
        Path inside = resolved(within.toAbsolutePath().normalize());
        Path real = resolved(folder);
        if (!real.startsWith(inside)) {
            throw new IOException(target + " would be written in " + real + ", outside " + within
                    + ", because a folder on the way is a symbolic link; replace the link by the folder itself");
        }
    }

    /**
     * Whether {@code path} is {@code folder} or inside it, links of the parts that exist resolved: a
     * report or export written there would overwrite a workspace's files.
     *
     * @since 1.4
     */
    public static boolean isInside(Path path, Path folder) {
        try {
            return resolved(path.toAbsolutePath().normalize()).startsWith(resolved(folder.toAbsolutePath().normalize()));
        } catch (IOException e) {
            return false;
        }
    }

    /** A path with the links of the part that exists resolved, the rest as it is. */
    private static Path resolved(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }

    /**
     * Why {@code target} could not be written, in words a person can act on: permission denied, not
     * a folder, a read-only file system, no such folder, a full disk; then what to do. The file
     * system's own exceptions carry little more than a path: this looks at the folders to say more.
     *
     * @param target the file that was to be written
     * @param e what the file system said
     * @return for example "permission denied: you may not create or change files in /srv/reports; choose a folder you may
     *         write to, or ask for write access to it"
     * @since 1.1
     */
    public static String describe(Path target, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT) : "";
        if (!(e instanceof FileSystemException) && e.getMessage() != null && e.getMessage().contains(" ")) {
            return e.getMessage();
        }
        Path folder = target.toAbsolutePath().normalize().getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no such folder: " + folder + " cannot be made; check the path";
        }
        if (!Files.isDirectory(existing)) {
            return "not a folder: " + existing + " is a file, so nothing can be written below it; choose another path";
        }
        if (reason.contains("read-only") || readOnly(existing)) {
            return "read-only: " + existing + " is on a read-only file system; write to a folder elsewhere";
        }
        if (reason.contains("no space")) {
            return "the disk is full: there is no room left for " + target.getFileName() + " in " + existing
                    + "; free some space or write to another disk";
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied") || reason.contains("not permitted")
                || !Files.isWritable(existing)) {
            return "permission denied: you may not create or change files in " + existing
                    + "; choose a folder you may write to, or ask for write access to it";
        }
        if (e instanceof NoSuchFileException) {
            return existing.equals(folder)
                    ? "files cannot be made in " + folder + " (a system folder, such as /proc, takes no files); choose another folder"
                    : "no such folder: " + folder + " does not exist and could not be made in " + existing
                            + " (a system folder, such as /proc, takes none); check the path, or choose another place";
        }
        if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
            return "not a folder: a part of " + folder + " is a file; choose another path";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return target + " is in the way (a folder or another file of that name); move it away or choose another name";
        }
        return (reason.isEmpty() ? "the system refused it" : reason) + " (" + target + "); choose another place";
    }

    private static boolean readOnly(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException | SecurityException e) {
            return false;
        }
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
