package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TreeWriterTest {

    @Test
    void writesTheCanonicalForm() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", "aq-1");
        root.put("number", 3800);
        root.set("share", DecimalNode.valueOf(new BigDecimal("12.50")));
        root.putNull("title");
        root.put("priority", false);
        root.putArray("empty");
        root.putObject("none");
        root.putArray("list").add("a").add(1).addObject().put("k", "v");
        root.put("text", "Michoacán \"quoted\" back\\slash\nline\ttab\u0001");

        assertThat(TreeWriter.write(root)).isEqualTo("""
                {
                  "id": "aq-1",
                  "number": 3800,
                  "share": 12.50,
                  "title": null,
                  "priority": false,
                  "empty": [],
                  "none": {},
                  "list": [
                    "a",
                    1,
                    {
                      "k": "v"
                    }
                  ],
                  "text": "Michoacán \\"quoted\\" back\\\\slash\\nline\\ttab\\u0001"
                }
                """);
    }

    @Test
    void whatItWritesReadsBackToTheSameTree() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("s", "\u0000\u001f\u2028 é \"");
        root.set("d", DecimalNode.valueOf(new BigDecimal("0.000001")));
        root.putArray("a").addArray().addObject();
        String text = TreeWriter.write(root);
        ParsedFile back = new LocatedJson(Limits.DEFAULT).parse("x.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), new Problems());
        assertThat(back.tree()).isEqualTo(root);
        assertThat(text).contains("0.000001").endsWith("}\n");
    }

    /** Any text, deep indents included: written as JSON escapes it (each character the standard needs, no other), and read back the same. */
    @net.jqwik.api.Property(tries = 300)
    void anyTextIsWrittenEscapedAsJsonWantsAndReadsBack(@net.jqwik.api.ForAll String text, @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(max = 40) int depth) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode inner = root;
        for (int i = 0; i < depth; i++) {
            inner = inner.putObject("k" + i);
        }
        inner.put("t", text);
        String written = TreeWriter.write(root);
        StringBuilder expected = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> expected.append("\\\"");
                case '\\' -> expected.append("\\\\");
                case '\n' -> expected.append("\\n");
                case '\r' -> expected.append("\\r");
                case '\t' -> expected.append("\\t");
                case '\b' -> expected.append("\\b");
                case '\f' -> expected.append("\\f");
                default -> expected.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        expected.append('"');
        String line = "  ".repeat(depth + 1) + "\"t\": " + new String(expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8) + "\n";
        assertThat(written).contains(line);
        assertThat(TreeWriter.bytes(root)).isEqualTo(written.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            ParsedFile back = new LocatedJson(Limits.DEFAULT).parse("x.json", TreeWriter.bytes(root), new Problems());
            assertThat(back.tree()).isEqualTo(root);
        }
    }
}
