package mou.store.json.internal;

/**
 * An object read from a workspace file: its members in the order written, each with the place its
 * value starts at (see {@link Source}). A value is a {@link JsonObject}, a {@link JsonList}, a
 * String, an Integer, Long or BigInteger (the smallest that holds a whole number), a BigDecimal
 * (a number with a fraction or an exponent, as written), a Boolean, or {@link JsonNull#NULL}.
 * Lighter than a Jackson tree, which a load would build and drop for every file: no map, no node
 * per value.
 */
final class JsonObject {

    private final String[] keys;
    private final Object[] values;
    private final long[] places;

    JsonObject(String[] keys, Object[] values, long[] places) {
        this.keys = keys;
        this.values = values;
        this.places = places;
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    Object value(int i) {
        return values[i];
    }

    long place(int i) {
        return places[i];
    }

    /** The value of {@code key}; null when there is no such key (a JSON null is {@link JsonNull#NULL}). */
    Object get(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    /** The index of {@code key}, or -1. An object has a few keys, each read once, so a look along them beats hashing. */
    int indexOf(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
