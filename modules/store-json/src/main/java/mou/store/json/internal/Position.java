package mou.store.json.internal;

/** A place in a file: 1-based line and column, or 0 and 0 when unknown. */
record Position(int line, int column) {

    static final Position UNKNOWN = new Position(0, 0);
}
