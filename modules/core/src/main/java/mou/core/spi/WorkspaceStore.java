package mou.core.spi;

import java.io.IOException;
import java.nio.file.Path;
import mou.core.model.Workspace;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads and writes a workspace: the agreement, organizations, each group's plan and each
 * group's years. A store keeps what it does not understand (unknown fields, attributes of
 * deliverable types whose plugin is not installed) as it was, writes atomically, and never
 * reads or writes outside the workspace folder.
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
     */
    void save(Path folder, Workspace workspace) throws IOException;
}
