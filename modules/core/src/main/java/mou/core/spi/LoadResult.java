package mou.core.spi;

import java.util.List;
import java.util.Map;
import mou.core.model.Text;
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
 * @param texts every text of the workspace with the place it was read, in file order, when the load was
 *        asked for them ({@link WorkspaceStore#loadPlacingTexts}); else empty (since 1.5)
 */
public record LoadResult(Workspace workspace, List<Problem> problems, Map<String, String> fingerprints, List<TextPlace> texts) {

    public LoadResult {
        problems = List.copyOf(problems);
        fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
        texts = texts == null ? List.of() : List.copyOf(texts);
    }

    /** A result without the places of its texts. */
    public LoadResult(Workspace workspace, List<Problem> problems, Map<String, String> fingerprints) {
        this(workspace, problems, fingerprints, List.of());
    }

    /** A result without fingerprints. */
    public LoadResult(Workspace workspace, List<Problem> problems) {
        this(workspace, problems, Map.of());
    }

    public boolean hasErrors() {
        return workspace == null || problems.stream().anyMatch(Problem::isError);
    }

    /**
     * Where the given text was read: the place of this very instance of the loaded workspace, or else of
     * the first equal text; empty when the load did not place its texts or the text was not read from a
     * file (e.g. a sentence the model makes).
     *
     * @since 1.5
     */
    public java.util.Optional<TextPlace> place(Text text) {
        TextPlace equal = null;
        for (TextPlace place : texts) {
            if (place.text() == text) {
                return java.util.Optional.of(place);
            }
            if (equal == null && place.text().equals(text)) {
                equal = place;
            }
        }
        return java.util.Optional.ofNullable(equal);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
