package mou.core.spi;

import java.util.List;
import mou.core.model.Workspace;

/**
 * What {@link WorkspaceStore#load} found.
 *
 * @param workspace the workspace, or null when it could not be read at all
 * @param problems every problem found, in file order
 */
public record LoadResult(Workspace workspace, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return workspace == null || problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
