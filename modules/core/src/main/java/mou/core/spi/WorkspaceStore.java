package mou.core.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads and writes a workspace: the agreement, organizations, each group's plan and each
 * group's years, and its history of changes. A store keeps what it does not understand (unknown
 * fields, attributes of deliverable types whose plugin is not installed) as it was, writes
 * atomically, never reads or writes outside the workspace folder, and never changes a published year.
 * A store makes each save one transaction: a change and its history entries are applied together or
 * not at all, even when the process is killed in the middle ({@link #recover}).
 */
@ConsumerType
public interface WorkspaceStore {

    /**
     * Loads and validates a workspace. Problems in the data are returned, located in their
     * files, never thrown.
     *
     * @param folder the workspace folder
     * @return the workspace (null when it could not be read at all) and every problem found
     */
    LoadResult load(Path folder);

    /**
     * As {@link #load}, and lists every text of the workspace with the place it was read
     * ({@link LoadResult#texts()}), for the checks that show texts in their files: {@code validate
     * --language es} and {@code publish} list the texts without Spanish or whose Spanish translates an
     * older English. Slower than {@link #load}; a store that cannot place texts returns what {@link #load} does.
     *
     * @since 1.5
     */
    default LoadResult loadPlacingTexts(Path folder) {
        return load(folder);
    }

    /**
     * Saves a workspace into the folder it was loaded from. Each file is written to a temporary
     * file, forced to disk and atomically renamed over the old one; files whose content would
     * not change are not touched. Fields of the files on disk that the model does not hold are kept.
     * This save does not check whether the files changed since they were loaded; commands that
     * change data use {@link #save(Path, Workspace, LoadResult, List)}.
     */
    void save(Path folder, Workspace workspace) throws IOException;

    /**
     * Saves a workspace that was loaded as {@code basis}, refusing when a file it would write
     * changed on disk since (optimistic concurrency: two commands saving the same file at once
     * never lose an update, the second one is refused), and appends the given entries to the
     * workspace's history when, and only when, at least one file was written. The check, the
     * writes and the history append happen under a lock on the workspace.
     *
     * @param folder the workspace folder
     * @param workspace the changed workspace
     * @param basis what {@link #load} returned when the workspace was read
     * @param history what changed, for the history; may be empty
     * @return the files written, relative to the workspace; empty when nothing changed
     * @throws ConcurrentChangeException when a file changed on disk since {@code basis}; nothing was saved
     * @throws IOException when a file could not be written, or a published year would change; nothing was saved
     *         unless the message says otherwise
     */
    default List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history) throws IOException {
        throw new IOException("this workspace store (" + getClass().getName() + ") cannot check for concurrent changes, "
                + "so nothing was saved");
    }

    /**
     * As {@link #save(Path, Workspace, LoadResult, List)}, and in the same transaction moves every
     * file of {@code staged} (a folder made by {@link #stage}) into the folder {@code target} of the
     * workspace, replacing files of the same names, and removes the staging folder: after a crash at
     * any instant the workspace shows either the changed files, the moved files and the history
     * entries together, or none of them. {@code publish} puts a year's report in place this way,
     * together with the lock of the groups' years. The staged files are moved even when no other
     * file changes.
     *
     * @param staged the staging folder, or null for none
     * @param target where the staged files go, relative to the workspace with '/' separators (e.g. {@code published/2017})
     * @return the files written and moved into place, relative to the workspace
     * @since 1.3
     */
    default List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged,
            String target) throws IOException {
        throw new IOException("this workspace store (" + getClass().getName() + ") cannot save staged files, so nothing was saved");
    }

    /**
     * As {@link #save(Path, Workspace, LoadResult, List, Path, String)} (with {@code staged} null: as
     * {@link #save(Path, Workspace, LoadResult, List)}), telling {@code accepted} as soon as the save is
     * checked and waits for its turn to be written, or is refused: from then on {@link #loadForChange}
     * finds it, so the next change of this process may start while this one is written (a store that
     * commits the saves waiting at once together, one journal and one set of forced writes for all of
     * them). {@code accepted} is told exactly once, also when the save throws.
     *
     * @since 1.6
     */
    default List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged,
            String target, Runnable accepted) throws IOException {
        try {
            return staged == null ? save(folder, workspace, basis, history) : save(folder, workspace, basis, history, staged, target);
        } finally {
            accepted.run();
        }
    }

    /**
     * The workspace as the next change made in this process finds it: as {@link #load}, and with the
     * saves of this process that are checked and wait to be written
     * ({@link #save(Path, Workspace, LoadResult, List, Path, String, Runnable)}). A change that works on it
     * and saves is refused, as any save, when a file it writes is not as read (another process's
     * change, or a waiting save that failed). Readers use {@link #load}, which shows only what is saved.
     *
     * @since 1.6
     */
    default LoadResult loadForChange(Path folder) {
        return load(folder);
    }

    /**
     * A new, empty staging folder inside the workspace for files that a later
     * {@link #save(Path, Workspace, LoadResult, List, Path, String) save} moves into {@code target}.
     * Refuses, before anything is written, when {@code target} or a folder on its way is a symbolic
     * link out of the workspace or a file. A staging folder left by a process that was killed is
     * removed by {@link #recover}.
     *
     * @param target the folder the files will go to, relative to the workspace (e.g. {@code published/2017})
     * @throws IOException with a message for the person when the folder cannot be made there
     * @since 1.3
     */
    default Path stage(Path folder, String target) throws IOException {
        throw new IOException("this workspace store (" + getClass().getName() + ") cannot stage files, so nothing was written");
    }

    /**
     * Finishes or discards what a save that was cut short (a killed process, a power cut) left in
     * the workspace, and removes its stale temporary files; does nothing when there is nothing to
     * do. {@link #load}, {@link #history} and every save do this themselves, under the workspace's
     * lock, so a reader never sees half a change; a server calls it at its start.
     *
     * @return what was done, one sentence each for the person; empty when nothing was to be done
     * @throws IOException when what was left cannot be finished (e.g. the disk is full); it is tried again next time
     * @since 1.3
     */
    default List<String> recover(Path folder) throws IOException {
        return List.of();
    }

    /**
     * The workspace's history of changes, oldest first.
     *
     * @throws IOException when the history cannot be read
     */
    default List<HistoryEntry> history(Path folder) throws IOException {
        return List.of();
    }

    /**
     * The lines of the history that {@link #history} leaves out because they are not a change it records
     * (cut short by a crash, edited by hand, saved in another encoding), each a warning naming the file
     * and the line, why, and what to do; empty when every line is one. {@code validate} lists them, so
     * that a change dropped from the history is not dropped in silence.
     *
     * @throws IOException when the history cannot be read
     * @since 1.8
     */
    default List<Problem> historyProblems(Path folder) throws IOException {
        return List.of();
    }

    /**
     * Work done holding the workspace's lock ({@link #locked}).
     *
     * @since 1.5
     */
    @FunctionalInterface
    interface LockedWork<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} holding the lock that every save into the workspace holds, so that it takes
     * its turn with the saves of this and of other processes: for a file of the workspace that the
     * store does not write itself (the web application's accounts), which the work reads and writes
     * back under the lock, so that two such changes never interleave and the last cannot lose the
     * first. The work must not save through the store. A store without a lock just runs it.
     *
     * @throws IOException when the lock cannot be had (another process held it too long)
     * @since 1.5
     */
    default <T, E extends Exception> T locked(Path folder, LockedWork<T, E> work) throws IOException, E {
        return work.run();
    }

    /**
     * Runs {@code work}, which loads and saves through this store, keeping the saves of other processes out
     * of the workspace until it is done, while the saves of this process still take turns with it: for a
     * change that met another process's save of its file and is made again on the file as it is now (a
     * command while the web application saves), so that it is not met again. The work must be short: the
     * other processes' saves wait for it. A store without a lock just runs it.
     *
     * @throws IOException when the lock cannot be had (another process held it too long)
     * @since 1.10
     */
    default <T, E extends Exception> T inTurn(Path folder, LockedWork<T, E> work) throws IOException, E {
        return work.run();
    }

    /**
     * A number that this store raises after each save it commits into the folder (and each unfinished
     * save it finishes), before the save returns: the same number twice means this store (in this
     * process) committed nothing there in between. A long-running reader (the web application) puts it
     * into the key of what it keeps; changes made by other processes or by hand it must find itself.
     * A store that does not count returns 0.
     *
     * @since 1.6
     */
    default long commits(Path folder) {
        return 0;
    }
}
