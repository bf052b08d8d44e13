package mou.store.json.internal;

/**
 * Where a value is (or would be): its file, its JSON path, and the path of the nearest value that
 * exists in the file, so that a missing field is reported at the object that should hold it.
 *
 * @param file the file, relative to the workspace
 * @param parsed the parsed file, or null when the file could not be parsed
 * @param path the JSON path of the value
 * @param anchor the JSON path whose position is reported
 */
record Loc(String file, ParsedFile parsed, String path, String anchor) {

    /** A place in a file that could not be parsed (or whose position is not known). */
    static Loc ofFile(String file) {
        return new Loc(file, null, "", "");
    }

    Loc key(String name) {
        return child(JsonPaths.key(path, name));
    }

    Loc index(int index) {
        return child(JsonPaths.index(path, index));
    }

    private Loc child(String childPath) {
        boolean exists = parsed != null && parsed.has(childPath);
        return new Loc(file, parsed, childPath, exists ? childPath : anchor);
    }

    /** The same place, holding only its own position: the parsed file (tree and positions) can then be collected. */
    Loc pinned() {
        if (parsed == null || parsed.root() == null) {
            return this;
        }
        return new Loc(file, new ParsedFile(parsed.name(), null, java.util.Map.of(anchor, parsed.position(anchor))), path, anchor);
    }

    Position position() {
        return parsed == null ? Position.UNKNOWN : parsed.position(anchor);
    }

    /** {@code file:line:column (path)}, to name where something else is in a message. */
    String describe() {
        Position p = position();
        return file + ":" + p.line() + ":" + p.column() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
