package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A workspace file read into a tree of {@link JsonObject}s and {@link JsonList}s, with where each
 * value starts, so that a problem found later (a dangling reference, a duplicate id) can still say
 * where it is.
 */
final class ParsedFile {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String name;
    private final Object root;
    private final long rootPlace;
    private final Source source;

    ParsedFile(String name, Object root, long rootPlace, Source source) {
        this.name = name;
        this.root = root;
        this.rootPlace = rootPlace;
        this.source = source;
    }

    /** The file, relative to the workspace, with '/' separators. */
    String name() {
        return name;
    }

    /** The value the file holds, as {@link JsonObject} describes. */
    Object root() {
        return root;
    }

    Loc rootLoc() {
        return Loc.root(this);
    }

    long rootPlace() {
        return rootPlace;
    }

    /** The line and column of a place in this file. */
    Position position(long place) {
        return source.position(place);
    }

    /** The file as a Jackson tree, to merge a save into what is on disk: numbers keep the form they are written in. */
    JsonNode tree() {
        return node(root);
    }

    private static JsonNode node(Object value) {
        if (value instanceof JsonObject object) {
            ObjectNode node = NODES.objectNode();
            for (int i = 0; i < object.size(); i++) {
                node.set(object.key(i), node(object.value(i)));
            }
            return node;
        }
        if (value instanceof JsonList list) {
            ArrayNode node = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                node.add(node(list.get(i)));
            }
            return node;
        }
        if (value == JsonNull.NULL) {
            return NullNode.getInstance();
        }
        // a text, a number in the form it is written in, or true/false: as the model's plain values are written
        return ModelTrees.plain(value);
    }
}
