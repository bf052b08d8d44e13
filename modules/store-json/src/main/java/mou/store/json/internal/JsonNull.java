package mou.store.json.internal;

/** A JSON null read from a workspace file, as distinct from a key that is not there (null). */
enum JsonNull {
    NULL;

    @Override
    public String toString() {
        return "null";
    }
}
