package mou.commands.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OSGi manifest headers such as Import-Package and Provide-Capability: clauses separated by
 * commas, each a list of names followed by {@code attribute=value} and {@code directive:=value}
 * parameters, values optionally quoted. Typed attributes ({@code objectClass:List<String>="..."})
 * are kept under their plain name.
 */
final class Headers {

    /** One clause of a header: its names (packages, namespaces), attributes and directives. */
    record Clause(List<String> names, Map<String, String> attributes, Map<String, String> directives) {

        String attribute(String name) {
            return attributes.get(name);
        }

        String directive(String name) {
            return directives.get(name);
        }
    }

    private Headers() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clauseText : split(header, ',')) {
            if (clauseText.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clauseText, ';')) {
                String piece = part.trim();
                int equals = indexOutsideQuotes(piece, '=');
                if (equals < 0) {
                    if (!piece.isEmpty()) {
                        names.add(piece);
                    }
                    continue;
                }
                String value = unquote(piece.substring(equals + 1).trim());
                if (equals > 0 && piece.charAt(equals - 1) == ':') {
                    directives.put(piece.substring(0, equals - 1).trim(), value);
                } else {
                    String key = piece.substring(0, equals).trim();
                    int colon = key.indexOf(':');
                    attributes.put(colon < 0 ? key : key.substring(0, colon).trim(), value);
                }
            }
            clauses.add(new Clause(List.copyOf(names), attributes, directives));
        }
        return clauses;
    }

    /**
     * Splits a list-valued attribute ({@code "a,b"}) into its elements; {@code \,} is a comma
     * inside an element.
     */
    static List<String> listValue(String value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == ',') {
                items.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString().trim());
        return items;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder b = new StringBuilder();
            String inner = value.substring(1, value.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                // keep "\," escapes: they matter to list values, which listValue() reads
                if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) != ',') {
                    b.append(inner.charAt(++i));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
        return value;
    }
}
