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
     * The workspace's history of changes, oldest first.
     *
     * @throws IOException when the history cannot be read
     */
    default List<HistoryEntry> history(Path folder) throws IOException {
        return List.of();
    }
}
