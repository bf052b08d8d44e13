package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mou.core.model.DateSpan;
import mou.core.model.Text;

/**
 * Typed reads of a tree's values: each read checks the JSON type, reports what is wrong at the
 * value's place and returns null (or an empty list) so that reading goes on.
 */
final class Fields {

    /** Ids of everything: lower case letters, digits and '-', starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Reads one element of a list; returns null to leave it out. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode node, Loc at);
    }

    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** The node as an object, or null (with a problem) when it is something else. */
    ObjectNode object(JsonNode node, Loc at, String what) {
        if (node instanceof ObjectNode o) {
            return o;
        }
        problems.error(at, what + " must be an object {...}, not " + describe(node));
        return null;
    }

    /** The value of a key; null when absent or null, with a problem when it is required. */
    JsonNode value(ObjectNode o, Loc at, String key, boolean required) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problems.error(at.key(key), v == null
                        ? "'" + key + "' is required here but missing; add it"
                        : "'" + key + "' is required and may not be null; give it a value");
            }
            return null;
        }
        return v;
    }

    String string(ObjectNode o, Loc at, String key, boolean required) {
        JsonNode v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problems.error(at.key(key), "'" + key + "' must be a text in double quotes, not " + describe(v));
            return null;
        }
        return v.textValue();
    }

    /** An id: a string of lower case letters, digits and '-'. */
    String id(ObjectNode o, Loc at, String key, boolean required) {
        String id = string(o, at, key, required);
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(at.key(key), "'" + id + "' is not a valid id; use lower case letters, digits and '-' "
                    + "(starting with a letter or digit), e.g. aq-3-2");
        }
        return id;
    }

    Text text(ObjectNode o, Loc at, String key, boolean required) {
        JsonNode v = value(o, at, key, required);
        return v == null ? null : text(v, at.key(key), "'" + key + "'");
    }

    /** A text: a string, or {"en": ..., "es": ...}. */
    Text text(JsonNode v, Loc at, String what) {
        if (v.isTextual()) {
            return Text.of(v.textValue());
        }
        if (v instanceof ObjectNode o) {
            JsonNode en = o.get("en");
            JsonNode es = o.get("es");
            if (en == null || !en.isTextual()) {
                problems.error(at.key("en"), what
                        + " needs its English text as \"en\": \"...\"" + (en == null ? "" : ", not " + describe(en)));
                return null;
            }
            if (es != null && !es.isNull() && !es.isTextual()) {
                problems.error(at.key("es"), "the Spanish text \"es\" must be a text in double quotes, not " + describe(es));
                return Text.of(en.textValue());
            }
            return Text.of(en.textValue(), es == null || es.isNull() ? null : es.textValue());
        }
        problems.error(at, what + " must be a text, \"...\", or {\"en\": \"...\", \"es\": \"...\"}, not " + describe(v));
        return null;
    }

    List<Text> texts(ObjectNode o, Loc at, String key) {
        return list(o, at, key, (n, l) -> text(n, l, "each entry of '" + key + "'"));
    }

    List<String> strings(ObjectNode o, Loc at, String key) {
        return list(o, at, key, (n, l) -> {
            if (!n.isTextual()) {
                problems.error(l, "each entry of '" + key + "' must be a text in double quotes, not " + describe(n));
                return null;
            }
            return n.textValue();
        });
    }

    DateSpan date(ObjectNode o, Loc at, String key, boolean required) {
        String s = string(o, at, key, required);
        if (s == null) {
            return null;
        }
        try {
            return DateSpan.parse(s);
        } catch (IllegalArgumentException e) {
            problems.error(at.key(key), e.getMessage());
            return null;
        }
    }

    Integer integer(ObjectNode o, Loc at, String key, boolean required) {
        JsonNode v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.error(at.key(key), "'" + key + "' must be a whole number, not " + describe(v));
            return null;
        }
        return v.intValue();
    }

    /** Any number, as written: integers stay integral (3800 is not 3800.0). */
    BigDecimal number(ObjectNode o, Loc at, String key, boolean required) {
        JsonNode v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            problems.error(at.key(key), "'" + key + "' must be a number (without quotes), not " + describe(v));
            return null;
        }
        return v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : v.decimalValue();
    }

    boolean bool(ObjectNode o, Loc at, String key, boolean absent) {
        JsonNode v = value(o, at, key, false);
        if (v == null) {
            return absent;
        }
        if (!v.isBoolean()) {
            problems.error(at.key(key), "'" + key + "' must be true or false (without quotes), not " + describe(v));
            return absent;
        }
        return v.booleanValue();
    }

    /** The elements of a list; an absent or null list is empty. */
    <T> List<T> list(ObjectNode o, Loc at, String key, ElementReader<T> reader) {
        JsonNode v = value(o, at, key, false);
        if (v == null) {
            return List.of();
        }
        Loc listAt = at.key(key);
        if (!v.isArray()) {
            problems.error(listAt, "'" + key + "' must be a list [...], not " + describe(v));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            Loc elementAt = listAt.index(i);
            if (element.isNull()) {
                problems.error(elementAt, "an entry of '" + key + "' is null; remove it or give it a value");
                continue;
            }
            T t = reader.read(element, elementAt);
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    /** A JSON value as plain Java: String, Integer/Long/BigInteger, BigDecimal, Boolean, List, Map, or null. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(plain(n)));
            return Collections.unmodifiableList(list);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            if (big.bitLength() < 32) {
                return big.intValue();
            }
            if (big.bitLength() < 64) {
                return big.longValue();
            }
            return big;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    /** What a value is, for messages: "an object", "a list", "the number 3", "the text \"abc\"". */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v.isBoolean()) {
            return String.valueOf(v.booleanValue());
        }
        if (v.isNumber()) {
            return "the number " + (v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.decimalValue().toPlainString());
        }
        return v.asText();
    }
}
