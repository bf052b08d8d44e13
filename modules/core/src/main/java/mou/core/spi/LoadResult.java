package mou.core.spi;

import java.util.List;
import java.util.Map;
import mou.core.model.Workspace;

/**
 * What {@link WorkspaceStore#load} found.
 *
 * @param workspace the workspace, or null when it could not be read at all
 * @param problems every problem found, in file order
 * @param fingerprints a fingerprint of the content of every file read (its path relative to the
 *        workspace, with '/' separators, to e.g. its length and checksums of its bytes), so that a later
 *        {@link WorkspaceStore#save(java.nio.file.Path, Workspace, LoadResult, List) save} can tell
 *        whether a file changed on disk since; empty when the store keeps none
 */
public record LoadResult(Workspace workspace, List<Problem> problems, Map<String, String> fingerprints) {

    public LoadResult {
        problems = List.copyOf(problems);
        fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
    }

    /** A result without fingerprints. */
    public LoadResult(Workspace workspace, List<Problem> problems) {
        this(workspace, problems, Map.of());
    }

    public boolean hasErrors() {
        return workspace == null || problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
