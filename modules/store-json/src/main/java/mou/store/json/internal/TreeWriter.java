package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a tree in the workspace's canonical form: two-space indents, one value per line,
 * {@code "key": value}, {@code []} and {@code {}} for empty ones, non-ASCII characters as they
 * are (the file is UTF-8), and a newline at the end. The same tree always gives the same text,
 * which is what lets a save leave unchanged files alone.
 */
final class TreeWriter {

    private TreeWriter() {
    }

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, out, 0);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, StringBuilder out, int indent) {
        switch (node.getNodeType()) {
            case OBJECT: {
                if (node.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    indent(out, indent + 1);
                    quote(e.getKey(), out);
                    out.append(": ");
                    write(e.getValue(), out, indent + 1);
                    out.append(it.hasNext() ? ",\n" : "\n");
                }
                indent(out, indent);
                out.append('}');
                return;
            }
            case ARRAY: {
                if (node.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < node.size(); i++) {
                    indent(out, indent + 1);
                    write(node.get(i), out, indent + 1);
                    out.append(i + 1 < node.size() ? ",\n" : "\n");
                }
                indent(out, indent);
                out.append(']');
                return;
            }
            case STRING:
                quote(node.textValue(), out);
                return;
            case NUMBER:
                if (node.isIntegralNumber()) {
                    out.append(node.bigIntegerValue());
                } else if (node.isBigDecimal()) {
                    out.append(node.decimalValue().toPlainString());
                } else {
                    double d = node.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new IllegalArgumentException("JSON cannot express the number " + d);
                    }
                    out.append(Double.toString(d));
                }
                return;
            case BOOLEAN:
                out.append(node.booleanValue());
                return;
            case NULL:
            case MISSING:
                out.append("null");
                return;
            default:
                throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private static void indent(StringBuilder out, int level) {
        for (int i = 0; i < level; i++) {
            out.append("  ");
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        int plain = 0; // most texts need no escape: copied whole, not a character at a time
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        if (plain == s.length()) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
