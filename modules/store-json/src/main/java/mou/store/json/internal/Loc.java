package mou.store.json.internal;

/**
 * Where a value is (or would be) in a file: its JSON path, and the nearest value that exists in
 * the file, whose position is reported, so that a missing field is reported at the object that
 * should hold it. Reading a file makes a place for every value it looks at, and nearly none is
 * ever reported: whether the value exists, its path and its position are worked out only when
 * asked for. So a place belongs to the thread reading its file; a {@link #pinned()} one, complete
 * from the start, may be read by any.
 */
final class Loc {

    private final String file;
    /** The parsed file, or null when the file could not be parsed or the place is {@link #pinned()}. */
    private final ParsedFile parsed;
    /** The place this one is a key or an index of; null at the root. */
    private final Loc parent;
    /** The key in the parent object, or null when this is an index of a list. */
    private final String key;
    /** The index in the parent list; with {@link #item}, the index among the entries that were read, until worked out. */
    private int index;
    /** Whether {@link #index} counts only the entries of the list that its reading kept ({@link #item(int)}). */
    private boolean item;
    private String path;
    private Position position;

    private Loc(String file, ParsedFile parsed, Loc parent, String key, int index, String path, Position position) {
        this.file = file;
        this.parsed = parsed;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.path = path;
        this.position = position;
    }

    /** The root value of a parsed file. */
    static Loc root(ParsedFile parsed) {
        return new Loc(parsed.name(), parsed, null, null, -1, JsonPaths.ROOT, null);
    }

    /** A place in a file that could not be parsed (or whose position is not known). */
    static Loc ofFile(String file) {
        return new Loc(file, null, null, null, -1, "", Position.UNKNOWN);
    }

    /** The file, relative to the workspace. */
    String file() {
        return file;
    }

    Loc key(String name) {
        return new Loc(file, parsed, this, name, -1, null, null);
    }

    Loc index(int i) {
        return new Loc(file, parsed, this, null, i, null, null);
    }

    /**
     * The entry {@code i} of the list here as the model holds it: reading a list leaves out the entries it
     * cannot read (null, or not an object or a text where one is expected), so the model's {@code i} is
     * the {@code i}-th object or text of the list. (An object in a list of texts, or a text in a list of
     * objects, is counted too: such a list has an error of its own.)
     */
    Loc item(int i) {
        Loc loc = new Loc(file, parsed, this, null, i, null, null);
        loc.item = true;
        return loc;
    }

    /** The index in the parent list, the entries left out by the reading counted. */
    private int listIndex() {
        if (item) {
            item = false;
            if (parent.value() instanceof JsonList list) {
                int kept = -1;
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    if ((element instanceof JsonObject || element instanceof String) && ++kept == index) {
                        index = i;
                        break;
                    }
                }
            }
        }
        return index;
    }

    /** The JSON path of the value, e.g. {@code $.goals[2].activities[0].id}. */
    String path() {
        if (path == null) {
            path = key != null ? JsonPaths.key(parent.path(), key) : JsonPaths.index(parent.path(), listIndex());
        }
        return path;
    }

    /** The position of the nearest value that exists: this one's, or that of the object or list that should hold it. */
    Position position() {
        if (position == null) {
            position = parent == null ? parsed.position(parsed.rootPlace()) : positionIn(parent.value());
        }
        return position;
    }

    private Position positionIn(Object container) {
        if (key != null && container instanceof JsonObject object) {
            int i = object.indexOf(key);
            if (i >= 0) {
                return parsed.position(object.place(i));
            }
        } else if (key == null && container instanceof JsonList list && list.get(listIndex()) != null) {
            return parsed.position(list.place(listIndex()));
        }
        return parent.position();
    }

    /** The value here, or null when there is none in the file. */
    private Object value() {
        if (parent == null) {
            return parsed == null ? null : parsed.root();
        }
        Object container = parent.value();
        if (key != null) {
            return container instanceof JsonObject object ? object.get(key) : null;
        }
        return container instanceof JsonList list ? list.get(listIndex()) : null;
    }

    /** The same place, holding only its file, path and position: the parsed file (tree and content) can then be collected. */
    Loc pinned() {
        if (parsed == null) {
            return this;
        }
        return new Loc(file, null, null, null, -1, path(), position());
    }

    /** {@code file:line:column (path)}, to name where something else is in a message. */
    String describe() {
        Position p = position();
        String path = path();
        return file + ":" + p.line() + ":" + p.column() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
