package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A workspace file read into a tree, with the position of every value by its JSON path, so that
 * a problem found later (a dangling reference, a duplicate id) can still say where it is.
 */
final class ParsedFile {

    private final String name;
    private final JsonNode root;
    private final Map<String, Position> positions;

    ParsedFile(String name, JsonNode root, Map<String, Position> positions) {
        this.name = name;
        this.root = root;
        this.positions = java.util.Collections.unmodifiableMap(positions);
    }

    /** The file, relative to the workspace, with '/' separators. */
    String name() {
        return name;
    }

    JsonNode root() {
        return root;
    }

    boolean has(String path) {
        return positions.containsKey(path);
    }

    Position position(String path) {
        return positions.getOrDefault(path, Position.UNKNOWN);
    }

    Loc rootLoc() {
        return new Loc(name, this, JsonPaths.ROOT, JsonPaths.ROOT);
    }
}
