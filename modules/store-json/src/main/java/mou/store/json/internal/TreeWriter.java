package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    /** The tree's text. */
    static String write(JsonNode root) {
        return new String(bytes(root), StandardCharsets.UTF_8);
    }

    /** The tree's text in UTF-8, written as bytes (a file's content, with no text in between). */
    static byte[] bytes(JsonNode root) {
        return bytes(root, null);
    }

    /**
     * As {@link #bytes(JsonNode)}; when {@code layout} is given, it is told where each element of each
     * list at the top of an object tree was written ({@link Layout}).
     */
    static byte[] bytes(JsonNode root, Layout layout) {
        Out out = new Out();
        write(root, out, 0, layout);
        out.add((byte) '\n');
        return out.toArray();
    }

    /**
     * A value written as it stands inside a file at {@code depth} (0 for the file's top, 1 for a value
     * of its top object, 2 for an element of a list there): what {@link #bytes} writes for it at that
     * place, from its first byte to its last, without the indent before it.
     */
    static byte[] value(JsonNode node, int depth) {
        Out out = new Out();
        write(node, out, depth);
        return out.toArray();
    }

    /**
     * Where the elements of the lists at the top of a file were written: for each key of the top object
     * whose value is a list, each element's first byte and the byte after its last (an element is
     * written at depth 2, see {@link #value}). Used to replace an element of a file's content without
     * writing the rest again.
     */
    static final class Layout {
        private final Map<String, int[]> lists = new java.util.HashMap<>();

        /** The bounds of the list's elements, {@code [start0, end0, start1, end1, ...]}; null when the key holds no list. */
        int[] of(String key) {
            return lists.get(key);
        }

        /** A copy of this layout, with {@code key}'s bounds as given and every bound after {@code from} moved by {@code shift}. */
        Layout moved(String key, int[] bounds, int from, int shift) {
            Layout copy = new Layout();
            for (Map.Entry<String, int[]> e : lists.entrySet()) {
                int[] b = e.getKey().equals(key) ? bounds : e.getValue().clone();
                if (b != bounds) {
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] >= from) {
                            b[i] += shift;
                        }
                    }
                }
                copy.lists.put(e.getKey(), b);
            }
            return copy;
        }
    }

    /** A growing array of bytes. */
    private static final class Out {
        private byte[] buf = new byte[8192];
        private int size;

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void add(byte b) {
            room(1);
            buf[size++] = b;
        }

        void add(byte[] b, int from, int to) {
            room(to - from);
            System.arraycopy(b, from, buf, size, to - from);
            size += to - from;
        }

        /** Text known to be ASCII (punctuation, numbers). */
        void ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[size++] = (byte) s.charAt(i);
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    private static void write(JsonNode node, Out out, int indent) {
        write(node, out, indent, null);
    }

    /** Writes a value at {@code indent}; with {@code layout} (for the file's top object), notes where its lists' elements went. */
    private static void write(JsonNode node, Out out, int indent, Layout layout) {
        switch (node.getNodeType()) {
            case OBJECT: {
                if (node.isEmpty()) {
                    out.ascii("{}");
                    return;
                }
                out.ascii("{\n");
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    indent(out, indent + 1);
                    quote(e.getKey(), out);
                    out.ascii(": ");
                    JsonNode value = e.getValue();
                    if (layout != null && value.isArray() && !value.isEmpty()) {
                        int[] bounds = new int[2 * value.size()];
                        writeArray(value, out, indent + 1, bounds);
                        layout.lists.put(e.getKey(), bounds);
                    } else {
                        write(value, out, indent + 1);
                    }
                    out.ascii(it.hasNext() ? ",\n" : "\n");
                }
                indent(out, indent);
                out.add((byte) '}');
                return;
            }
            case ARRAY:
                writeArray(node, out, indent, null);
                return;
            case STRING:
                quote(node.textValue(), out);
                return;
            case NUMBER:
                if (node.isIntegralNumber()) {
                    out.ascii(node.bigIntegerValue().toString());
                } else if (node.isBigDecimal()) {
                    out.ascii(node.decimalValue().toPlainString());
                } else {
                    double d = node.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new IllegalArgumentException("JSON cannot express the number " + d);
                    }
                    out.ascii(Double.toString(d));
                }
                return;
            case BOOLEAN:
                out.ascii(node.booleanValue() ? "true" : "false");
                return;
            case NULL:
            case MISSING:
                out.ascii("null");
                return;
            default:
                throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    /** A list at {@code indent}; with {@code bounds}, where each element's bytes start and end ({@link Layout#of}). */
    private static void writeArray(JsonNode node, Out out, int indent, int[] bounds) {
        if (node.isEmpty()) {
            out.ascii("[]");
            return;
        }
        out.ascii("[\n");
        for (int i = 0; i < node.size(); i++) {
            indent(out, indent + 1);
            if (bounds != null) {
                bounds[2 * i] = out.size;
            }
            write(node.get(i), out, indent + 1);
            if (bounds != null) {
                bounds[2 * i + 1] = out.size;
            }
            out.ascii(i + 1 < node.size() ? ",\n" : "\n");
        }
        indent(out, indent);
        out.add((byte) ']');
    }

    private static final byte[] SPACES = "                                                                ".getBytes(StandardCharsets.US_ASCII);

    private static void indent(Out out, int level) {
        int n = 2 * level;
        while (n > 0) {
            int step = Math.min(n, SPACES.length);
            out.add(SPACES, 0, step);
            n -= step;
        }
    }

    /**
     * A string in quotes, in UTF-8: the characters JSON must escape (quote, backslash, control
     * characters) escaped, every other one as it is. Those are all ASCII, and every byte of a UTF-8
     * sequence for another character is 0x80 or above, so the escaping can be done on the bytes.
     */
    private static void quote(String s, Out out) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.add((byte) '"');
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\' || c < 0) { // (a byte of 0x80 or above is negative)
                continue;
            }
            out.add(b, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.ascii("\\\"");
                case '\\' -> out.ascii("\\\\");
                case '\n' -> out.ascii("\\n");
                case '\r' -> out.ascii("\\r");
                case '\t' -> out.ascii("\\t");
                case '\b' -> out.ascii("\\b");
                case '\f' -> out.ascii("\\f");
                default -> out.ascii(String.format("\\u%04x", (int) c));
            }
        }
        out.add(b, from, b.length);
        out.add((byte) '"');
    }
}
