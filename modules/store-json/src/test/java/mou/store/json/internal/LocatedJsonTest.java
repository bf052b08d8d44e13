package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Loc goals = f.rootLoc().key("goals");
        Loc activity = goals.index(2).key("activities").index(0);
        assertThat(f.rootLoc().position()).isEqualTo(new Position(1, 1));
        assertThat(goals.position()).isEqualTo(new Position(2, 12));
        assertThat(goals.index(1).key("id").position()).isEqualTo(new Position(4, 12));
        assertThat(activity.key("id").position()).isEqualTo(new Position(8, 16));
        assertThat(activity.key("weird key").position()).isEqualTo(new Position(8, 36));
        assertThat(activity.key("weird key").path()).isEqualTo("$.goals[2].activities[0]['weird key']");
        // Columns count characters, not UTF-8 bytes.
        assertThat(activity.key("ünï").position()).isEqualTo(new Position(8, 49));
        // There is no fourth goal: its place is that of the list.
        assertThat(goals.index(3).position()).isEqualTo(goals.position());
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
        ParsedFile f = parse("{\"i\": 3800, \"d\": 1.50, \"l\": 12345678901, \"b\": -999999999999999, \"e\": 1e3}",
                new Problems());
        JsonNode root = f.tree();
        assertThat(root.get("i").isInt()).isTrue();
        assertThat(root.get("d").decimalValue().toString()).isEqualTo("1.50");
        assertThat(root.get("l").isLong()).isTrue();
        assertThat(root.get("b").longValue()).isEqualTo(-999_999_999_999_999L);
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
        assertThat(((JsonObject) withBom.root()).get("a")).isEqualTo(1);
        assertThat(withBom.rootLoc().key("a").position()).isEqualTo(new Position(1, 7));

        Problems problems = new Problems();
        assertThat(json.parse("latin1.json", "{\"a\": \"Michoac\u00e1n\"}".getBytes(StandardCharsets.ISO_8859_1), problems)).isNull();
        assertThat(single(problems).format()).startsWith("latin1.json:1:15: invalid UTF-8 (byte 0xE1)");
    }

    /** Where the text's parser puts each value, by path: how every position was found before it was worked out lazily. */
    private static Map<String, Position> parserPositions(String text) throws IOException {
        Map<String, Position> positions = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            parser.nextToken();
            record(parser, JsonPaths.ROOT, positions);
        }
        return positions;
    }

    private static void record(JsonParser parser, String path, Map<String, Position> positions) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        positions.putIfAbsent(path, new Position(at.getLineNr(), at.getColumnNr()));
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                record(parser, JsonPaths.key(path, key), positions);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                record(parser, JsonPaths.index(path, index++), positions);
            }
        }
    }

    /** Every value's position, and its path, by walking the parsed tree with {@link Loc}s. */
    private static Map<String, Position> locPositions(Object value, Loc at, Map<String, Position> positions) {
        positions.put(at.path(), at.position());
        if (value instanceof JsonObject object) {
            for (int i = 0; i < object.size(); i++) {
                locPositions(object.value(i), at.key(object.key(i)), positions);
            }
        } else if (value instanceof JsonList list) {
            for (int i = 0; i < list.size(); i++) {
                locPositions(list.get(i), at.index(i), positions);
            }
        }
        return positions;
    }

    @Test
    void everyPositionWorkedOutWhenAskedForIsWhereTheParserPutsTheValue() throws IOException {
        String[] texts = {
            "{\"a\": [1, 2.50, {\"b\": null, \"c\": [true, false]}], \"d\": \"x\"}",
            // characters of two, three and four bytes before values on their line; tabs; \r\n and a lone \r
            "\uFEFF{\r\n\t\"é\": \"ü\", \"€uro\": [\"😀\", 1, {\"x\": \"Michoacán\"}],\r  \"z\":\n\n  {\"😀😀\": 123456789012345}\n}",
            // a key given twice: read from the text, keeping the first
            "{\n  \"id\": \"a\",\n  \"nested\": {\"é\": 1, \"k\": [1, 2]},\n  \"id\": \"b\"\n}",
        };
        for (String text : texts) {
            ParsedFile parsed = json.parse("test.json", text.getBytes(StandardCharsets.UTF_8), new Problems());
            assertThat(locPositions(parsed.root(), parsed.rootLoc(), new LinkedHashMap<>())).as(text)
                    .containsExactlyEntriesOf(parserPositions(text));
        }
    }

    @Test
    void bytesThatJacksonWouldTakeForAnotherEncodingAreReadAsTheTextTheyAre() {
        // Zero bytes make Jackson guess UTF-16 (here it would read {}), and it would skip a second byte order mark.
        byte[][] notJson = {{'{', 0, '}', 0}, {0, '{', 0, '}'}, "\uFEFF\uFEFF{}".getBytes(StandardCharsets.UTF_8), {'{', 0, '}'}};
        String[] said = {"the file is saved as UTF-16", "the file is saved as UTF-16", "the character U+FEFF is not allowed here",
            "a NUL (zero) byte"};
        for (int i = 0; i < notJson.length; i++) {
            Problems problems = new Problems();
            assertThat(json.parse("odd.json", notJson[i], problems)).isNull();
            Problem p = single(problems);
            assertThat(p.message()).startsWith(said[i]);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isPositive();
        }
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnWithTheByte() {
        byte[] head = "{\n  \"a\": 1,\r\n  \"t\u00edtulo\": \"Michoac".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = (byte) 0xE1; // "á" in Latin-1
        bytes[head.length + 1] = 'n';
        bytes[head.length + 2] = '"';
        bytes[head.length + 3] = '}';
        Problems problems = new Problems();
        assertThat(json.parse("groups/x/plan.json", bytes, problems)).isNull();
        // line 3 (a \r\n is one line break); "título" counts 6 characters, not 7 bytes
        assertThat(single(problems).format()).isEqualTo("groups/x/plan.json:3:21: invalid UTF-8 (byte 0xE1): the file must be UTF-8 text; "
                + "save it with the UTF-8 encoding, or type the character here again");

        for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xF0, (byte) 0x9F}, {(byte) 0x80}, {(byte) 0xFF}}) {
            byte[] file = new byte[8 + bad.length];
            System.arraycopy("{\"a\": \"".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 7);
            System.arraycopy(bad, 0, file, 7, bad.length);
            file[file.length - 1] = '"';
            Problems p = new Problems();
            assertThat(json.parse("f.json", file, p)).isNull();
            assertThat(single(p).format()).startsWith(String.format("f.json:1:8: invalid UTF-8 (byte 0x%02X)", bad[0] & 0xFF));
        }
    }

    @Test
    void aNulByteIsCalledWhatItIsAtItsLineAndColumn() {
        Problems inText = new Problems();
        assertThat(parse("{\n  \"a\": \"x\u0000y\"\n}", inText)).isNull();
        assertThat(single(inText).format()).isEqualTo("test.json:2:10: a NUL (zero) byte is not allowed in a workspace file; remove it "
                + "(such bytes come from a damaged file or one saved in another encoding)");

        Problems betweenTokens = new Problems();
        assertThat(parse("{\n  \"a\": 1,\n\u0000  \"b\": 2\n}", betweenTokens)).isNull();
        Problem p = single(betweenTokens);
        assertThat(p.message()).startsWith("a NUL (zero) byte");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);

        Problems control = new Problems();
        assertThat(parse("{\"a\": \"x\u0001\"}", control)).isNull();
        assertThat(single(control).format()).isEqualTo("test.json:1:9: a control character (U+0001) is not allowed here; remove it");

        Problems tab = new Problems();
        assertThat(parse("{\"a\": \"x\ty\"}", tab)).isNull();
        assertThat(single(tab).message()).isEqualTo("a text may not contain a raw line break or tab; write \\n or \\t instead");
    }

    @Test
    void aKeyGivenTwiceKeepsTheFirstValueAndSaysWhereBothAre() {
        Problems problems = new Problems();
        ParsedFile parsed = parse("{\n  \"a\": {\"b\": 1, \"b\": 2},\n  \"a\": 3\n}", problems);
        JsonObject a = (JsonObject) ((JsonObject) parsed.root()).get("a");
        assertThat(a.get("b")).isEqualTo(1);
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "test.json:2:17: $.a.b: the key 'b' appears twice in this object (first at line 2, column 9); keep only one of them",
                "test.json:3:3: $.a: the key 'a' appears twice in this object (first at line 2, column 3); keep only one of them");
    }

    @Test
    void shortTextsReadWithTheSameStringsAreOneInstanceAndLongOnesAreLeftAsRead() {
        SharedStrings strings = new SharedStrings();
        String longText = "a text longer than any id, type or date that recurs in a workspace";
        String text = "{\"activityId\": \"aq-1-1\", \"note\": \"" + longText + "\"}";
        JsonObject first = (JsonObject) json.parse("a.json", text.getBytes(StandardCharsets.UTF_8), new Problems(), strings).root();
        JsonObject second = (JsonObject) json.parse("b.json", text.getBytes(StandardCharsets.UTF_8), new Problems(), strings).root();
        assertThat(second.get("activityId")).isSameAs(first.get("activityId"));
        assertThat(second.get("note")).isEqualTo(longText).isNotSameAs(first.get("note"));
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

    @Test
    void theCommonFailuresOfTheParserAreSaidInOurOwnWordsInEnglishAndSpanish() {
        String[][] cases = {
            {"{\"a\": \"\\u00g1\"}", "a \\u escape needs four hexadecimal digits", "un escape \\u necesita cuatro dígitos hexadecimales"},
            {"{\"a\": 1", "the file ends before the JSON is complete", "el archivo termina antes de que el JSON esté completo"},
            {"{\"a\": 1,}", "there is a comma before this '}'", "hay una coma antes de esta '}'"},
            {"{\"a\": 1 \"b\": 2}", "a comma is missing between two entries of this object", "falta una coma entre dos entradas de este objeto"},
            {"{\"a\" 1}", "a ':' is missing between a key and its value", "falta ':' entre una clave y su valor"},
            {"{\"a\": [1 2]}", "a comma is missing between two entries of this list", "falta una coma entre dos entradas de esta lista"},
            {"{\"a\": True}", "'True' is not a JSON value", "'True' no es un valor JSON"},
            {"{\"a\": 'x'}", "use double quotes", "usan comillas dobles"},
            {"{\"a\": 1, \"a\": 2}", "the key 'a' appears twice in this object (first at line 1, column 2)",
                "la clave 'a' aparece dos veces en este objeto (la primera en la línea 1, columna 2)"},
        };
        for (String[] c : cases) {
            Problems problems = new Problems();
            json.parse("f.json", c[0].getBytes(StandardCharsets.UTF_8), problems);
            Problem p = single(problems);
            assertThat(p.message()).as(c[0]).contains(c[1]).doesNotContain("Unexpected", "was expecting", "character escape");
            assertThat(p.message("es")).as(c[0]).contains(c[2]).doesNotContain("Unexpected", "was expecting", "JSON no válido");
            assertThat(p.line()).as(c[0]).isEqualTo(1);
            assertThat(p.column()).as(c[0]).isPositive();
        }
    }

    @Test
    void aFailureWithoutOurOwnWordsIsSaidInSpanishWithoutTheParsersWordsAndWithWhatToDo() {
        Said said = LocatedJson.syntax("Some future complaint of the parser about `StreamReadFeature.X` (code 12)");
        assertThat(said.en()).startsWith("invalid JSON: Some future complaint of the parser").doesNotContain("Feature", "code ");
        assertThat(said.es()).isEqualTo("JSON no válido en este punto: revise la sintaxis aquí (claves y textos entre comillas dobles, una"
                + " coma entre dos entradas, cada '{' y '[' con su cierre)");
    }
}
