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
}
