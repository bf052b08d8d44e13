package mou.store.json.internal;

/** A list read from a workspace file: its elements, each with the place it starts at. Elements are values as {@link JsonObject} describes. */
final class JsonList {

    private final Object[] values;
    private final long[] places;

    JsonList(Object[] values, long[] places) {
        this.values = values;
        this.places = places;
    }

    int size() {
        return values.length;
    }

    /** The element at {@code index}; null when there is none. */
    Object get(int index) {
        return index >= 0 && index < values.length ? values[index] : null;
    }

    long place(int index) {
        return places[index];
    }
}
