package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.model.Text;

/**
 * Merges the tree of the model into the tree of the file on disk, so that what the model does not
 * know survives a save. The model's tree holds every key it knows (see {@link ModelTrees}):
 * <ul>
 * <li>keys the model knows take the model's value, in the model's (documented) order;</li>
 * <li>keys it does not know keep their value and stay right after the known key they followed;</li>
 * <li>a known key the file leaves out stays out while the model holds only its "nothing" for it
 *     (null, an empty list, false, or the default), so an untouched file does not grow;</li>
 * <li>list elements are matched by {@code "id"} (by {@code "activityId"} for assessments, by
 *     {@code "quarter"} for quarterly updates), texts by their English (so that a text the file writes
 *     with more than en and es, e.g. {@code {"en": ..., "asIs": "name"}}, keeps its extra keys in a
 *     list too), others by position, and merged the same way;</li>
 * <li>a deliverable's {@code attributes} are written exactly as the model holds them: the model
 *     already keeps every attribute, so nothing of the file's is added back.</li>
 * </ul>
 */
final class TreeMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The keys of a text the model writes (see {@link ModelTrees#text}); any other key is the file's own. */
    private static final Set<String> KNOWN_TEXT_KEYS = Set.of("en", "es", "esOf", "asIs");

    /** Keys whose value in the model is written as it is, never merged. */
    private static final Set<String> VERBATIM = Set.of("attributes");

    /** Booleans whose "nothing" is true: a plan without the key is in the Joint Action Plan. */
    private static final Set<String> TRUE_BY_DEFAULT = Set.of("inJointActionPlan");

    /**
     * Keys the model always writes (null when it has nothing), so that a value it dropped does not
     * survive from the file, but which a new file or a new element leaves out when null: a figure's
     * {@code words} (see {@link ModelTrees}).
     */
    private static final Set<String> OPTIONAL = Set.of("words");

    private TreeMerger() {
    }

    /** The model's tree as a new file or element holds it: without the optional keys it has nothing for. */
    private static JsonNode withoutOptionalNulls(JsonNode model) {
        if (model instanceof ObjectNode object) {
            for (String key : isText(object) ? KNOWN_TEXT_KEYS : OPTIONAL) {
                JsonNode value = object.get(key);
                if (value != null && value.isNull()) {
                    object.remove(key);
                }
            }
            object.fields().forEachRemaining(field -> {
                if (!VERBATIM.contains(field.getKey())) {
                    withoutOptionalNulls(field.getValue());
                }
            });
        } else if (model instanceof ArrayNode array) {
            for (JsonNode child : array) {
                withoutOptionalNulls(child);
            }
        }
        return model;
    }

    /**
     * @param disk the value in the file, or null when the file (or this part of it) does not exist
     * @param model the value the model writes
     */
    static JsonNode merge(JsonNode disk, JsonNode model) {
        if (disk == null || disk.isMissingNode()) {
            return withoutOptionalNulls(model);
        }
        if (model.isObject() && disk.isObject()) {
            return mergeObjects((ObjectNode) disk, (ObjectNode) model);
        }
        if (model.isTextual() && isTextWithMore(disk)) {
            // A text the file wrote as {"en": ..., "note": ...}: keep the object so its extra keys survive.
            ObjectNode text = NODES.objectNode();
            text.set("en", model);
            text.putNull("es");
            text.putNull("esOf");
            text.putNull("asIs");
            return mergeObjects((ObjectNode) disk, text);
        }
        if (model.isArray() && disk.isArray()) {
            return mergeArrays((ArrayNode) disk, (ArrayNode) model);
        }
        if (model instanceof ObjectNode text && isText(text)) {
            return withoutOptionalNulls(model); // a text the file wrote as a plain string: as a new one
        }
        return model;
    }

    private static ObjectNode mergeObjects(ObjectNode disk, ObjectNode model) {
        List<String> leading = new ArrayList<>();
        Map<String, List<String>> following = new HashMap<>();
        String lastKnown = null;
        for (Map.Entry<String, JsonNode> e : disk.properties()) {
            if (model.has(e.getKey())) {
                lastKnown = e.getKey();
            } else if (lastKnown == null) {
                leading.add(e.getKey());
            } else {
                following.computeIfAbsent(lastKnown, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        ObjectNode result = NODES.objectNode();
        for (String key : leading) {
            result.set(key, disk.get(key));
        }
        boolean text = isText(model);
        for (Map.Entry<String, JsonNode> e : model.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode onDisk = disk.get(key);
            if (text && (value.isNull() || key.equals("esOf") && onDisk == null && translatesDisk(disk, model))) {
                // a text's Spanish, marker or fingerprint the model no longer has goes, the file's own keys stay
                for (String unknown : following.getOrDefault(key, List.of())) {
                    result.set(unknown, disk.get(unknown));
                }
                continue;
            }
            if (onDisk == null) {
                if (!isNothing(key, value)) {
                    // new to the file: written as in a new file, without a text's or an optional key's null
                    result.set(key, VERBATIM.contains(key) ? value : withoutOptionalNulls(value));
                }
                continue;
            }
            result.set(key, VERBATIM.contains(key) ? value : merge(onDisk, value));
            for (String unknown : following.getOrDefault(key, List.of())) {
                result.set(unknown, disk.get(unknown));
            }
        }
        return result;
    }

    private static ArrayNode mergeArrays(ArrayNode disk, ArrayNode model) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode element : disk) {
            String id = idOf(element);
            if (id != null) {
                byId.putIfAbsent(id, element);
            }
        }
        ArrayNode result = NODES.arrayNode();
        Set<JsonNode> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < model.size(); i++) {
            JsonNode element = model.get(i);
            String id = idOf(element);
            JsonNode match;
            if (id != null) {
                match = byId.remove(id);
            } else if (element.isObject() && i < disk.size() && disk.get(i).isObject() && idOf(disk.get(i)) == null) {
                match = disk.get(i);
            } else if (element.isTextual()) {
                match = textWithMore(disk, i, element.textValue(), used);
            } else {
                match = null;
            }
            // an element new to the file is written as in a new file, without a text's or an optional key's null
            result.add(match == null ? withoutOptionalNulls(element) : merge(match, element));
        }
        return result;
    }

    /**
     * The element of a list of texts in the file that a text of the model's list continues: one written
     * as {@code {"en": ..., "asIs": ...}} (more than en and es) with the same English, at the same
     * position or else the first not yet taken; null when there is none. (A list of texts is matched
     * by its English, not by position, so that a marker stays with its text when the list changes.)
     */
    private static JsonNode textWithMore(ArrayNode disk, int position, String english, Set<JsonNode> used) {
        if (position < disk.size() && isTextWithMore(disk.get(position)) && !used.contains(disk.get(position))
                && english.equals(disk.get(position).get("en").textValue())) {
            used.add(disk.get(position));
            return disk.get(position);
        }
        for (JsonNode element : disk) {
            if (isTextWithMore(element) && !used.contains(element) && english.equals(element.get("en").textValue())) {
                used.add(element);
                return element;
            }
        }
        return null;
    }

    /** The key an element of a list is matched by: its "id", else its "activityId" (assessments). */
    private static String idOf(JsonNode element) {
        if (!element.isObject()) {
            return null;
        }
        JsonNode id = element.get("id");
        if (id != null && id.isTextual()) {
            return "id:" + id.textValue();
        }
        JsonNode activityId = element.get("activityId");
        if (activityId != null && activityId.isTextual()) {
            return "activityId:" + activityId.textValue();
        }
        JsonNode quarter = element.get("quarter");
        if (quarter != null && quarter.isInt()) {
            return "quarter:" + quarter.intValue();
        }
        return null;
    }

    /**
     * Whether a text of the file written without its fingerprint (as files written before mou-progress
     * 1.6, or by hand, do) still has the English the model's Spanish translates: then the file's silence
     * already says "the Spanish translates this English", and the file stays as it is.
     */
    private static boolean translatesDisk(ObjectNode disk, ObjectNode model) {
        JsonNode en = model.get("en");
        return en.equals(disk.get("en")) && model.get("esOf").textValue().equals(Text.fingerprint(en.textValue()));
    }

    /** Whether the model's object is a text as {@link ModelTrees#text} writes it (every key, null when absent). */
    private static boolean isText(ObjectNode model) {
        return model.get("en") instanceof TextNode && model.has("es") && model.has("asIs") && model.has("esOf");
    }

    private static boolean isTextWithMore(JsonNode disk) {
        if (!disk.isObject() || !(disk.get("en") instanceof TextNode)) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : disk.properties()) {
            if (!KNOWN_TEXT_KEYS.contains(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** True when a value says nothing the file's silence does not already say. */
    private static boolean isNothing(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (value.isBoolean()) {
            return value.booleanValue() == TRUE_BY_DEFAULT.contains(key);
        }
        if (value.isArray()) {
            return value.isEmpty();
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (!isNothing(e.getKey(), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
