package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

    private final LocatedJson json = new LocatedJson(Limits.DEFAULT);

    private ParsedFile parse(String text, Problems problems) {
        return json.parse("test.json", text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static Problem single(Problems problems) {
        List<Problem> all = problems.sorted();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void recordsThePositionOfEveryValueByItsPath() {
        String text = """
                {
                  "goals": [
                    {"id": "a"},
                    {"id": "b"},
                    {
                      "id": "c",
                      "activities": [
                        {"id": "c-1", "weird key": true, "ünï": 1}
                      ]
                    }
                  ]
                }
                """;
        ParsedFile f = parse(text, new Problems());
        assertThat(f.position("$")).isEqualTo(new Position(1, 1));
        assertThat(f.position("$.goals")).isEqualTo(new Position(2, 12));
        assertThat(f.position("$.goals[1].id")).isEqualTo(new Position(4, 12));
        assertThat(f.position("$.goals[2].activities[0].id")).isEqualTo(new Position(8, 16));
        assertThat(f.position("$.goals[2].activities[0]['weird key']")).isEqualTo(new Position(8, 36));
        // Columns count characters, not UTF-8 bytes.
        assertThat(f.position("$.goals[2].activities[0]['ünï']")).isEqualTo(new Position(8, 49));
        assertThat(f.has("$.goals[3]")).isFalse();
    }

    @Test
    void aMissingValueIsLocatedAtTheNearestValueThatExists() {
        ParsedFile f = parse("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n", new Problems());
        Loc missing = f.rootLoc().key("a").key("c").index(2);
        assertThat(missing.path()).isEqualTo("$.a.c[2]");
        assertThat(missing.position()).isEqualTo(new Position(2, 8));
    }

    @Test
    void numbersKeepTheirForm() {
        ParsedFile f = parse("{\"i\": 3800, \"d\": 1.50, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"e\": 1e3}",
                new Problems());
        JsonNode root = f.root();
        assertThat(root.get("i").isInt()).isTrue();
        assertThat(root.get("d").decimalValue().toString()).isEqualTo("1.50");
        assertThat(root.get("l").isLong()).isTrue();
        assertThat(root.get("b").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
        assertThat(root.get("e").decimalValue().toPlainString()).isEqualTo("1000");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithAPlainMessage() {
        Problems problems = new Problems();
        String deep = "{\"a\": " + "[".repeat(250) + "]".repeat(250) + "}";
        assertThat(parse(deep, problems)).isNull();
        Problem p = single(problems);
        assertThat(p.message()).contains("nested more than 200 levels deep").doesNotContain("StreamReadConstraints");
        assertThat(p.line()).isEqualTo(1);

        assertThat(parse("{\"a\": " + "[".repeat(150) + "]".repeat(150) + "}", new Problems())).isNotNull();
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithAPlainMessage() {
        Problems problems = new Problems();
        assertThat(parse("{\"a\": \"" + "x".repeat(1_000_001) + "\"}", problems)).isNull();
        assertThat(single(problems).message()).contains("longer than 1,000,000 characters").doesNotContain("StreamReadConstraints");
    }

    @Test
    void aFileLongerThanTheLimitIsRefusedWithAPlainMessage() {
        LocatedJson small = new LocatedJson(new Limits(200, 1_000_000, 100));
        Problems problems = new Problems();
        assertThat(small.parse("big.json", ("{\"a\": \"" + "x".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8), problems)).isNull();
        assertThat(single(problems).message()).contains("more than the limit of 100").contains("split it");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndBadUtf8IsReported() {
        ParsedFile withBom = json.parse("bom.json", "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8), new Problems());
        assertThat(withBom.root().get("a").intValue()).isEqualTo(1);
        assertThat(withBom.position("$.a")).isEqualTo(new Position(1, 7));

        Problems problems = new Problems();
        assertThat(json.parse("latin1.json", "{\"a\": \"Michoac\u00e1n\"}".getBytes(StandardCharsets.ISO_8859_1), problems)).isNull();
        assertThat(single(problems).message()).contains("not valid UTF-8");
    }

    @Test
    void messagesOfTheParserAreTurnedIntoPlainWords() {
        String[] raw = {
            "Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
            "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
            "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
            "Unexpected character ((CTRL-CHAR, code 10)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
            "Some future message mentioning `StreamReadFeature.X` (code 12)",
        };
        for (String r : raw) {
            assertThat(LocatedJson.syntaxMessage(r)).as(r).doesNotContain("Feature", "code ", "`", "JsonReadFeature");
        }
        assertThat(LocatedJson.syntaxMessage(raw[2])).contains("not a valid JSON number");
    }
}
