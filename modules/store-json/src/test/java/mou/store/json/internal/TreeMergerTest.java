package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TreeMergerTest {

    private static JsonNode tree(String json) {
        Problems problems = new Problems();
        ParsedFile f = new LocatedJson(Limits.DEFAULT).parse("t.json", json.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems.sorted()).isEmpty();
        return f.tree();
    }

    private static String merge(String disk, String model) {
        return TreeWriter.write(TreeMerger.merge(tree(disk), tree(model))).replaceAll("\\s+", " ").trim();
    }

    @Test
    void knownKeysTakeTheModelsOrderAndUnknownKeysStayAfterTheKeyTheyFollowed() {
        assertThat(merge("{\"x\": 0, \"b\": 1, \"y\": 2, \"a\": 3, \"z\": 4}", "{\"a\": 30, \"b\": 10, \"c\": 5}"))
                .isEqualTo("{ \"x\": 0, \"a\": 30, \"z\": 4, \"b\": 10, \"y\": 2, \"c\": 5 }");
    }

    @Test
    void aKeyTheFileLeavesOutStaysOutWhileTheModelHasNothingForIt() {
        assertThat(merge("{\"id\": \"a\"}",
                "{\"id\": \"a\", \"note\": null, \"list\": [], \"inferred\": false, \"inJointActionPlan\": true, "
                        + "\"narrative\": {\"summary\": []}, \"attributes\": {}}"))
                .isEqualTo("{ \"id\": \"a\" }");
        assertThat(merge("{\"id\": \"a\"}", "{\"id\": \"a\", \"inferred\": true, \"inJointActionPlan\": false, \"list\": [1]}"))
                .isEqualTo("{ \"id\": \"a\", \"inferred\": true, \"inJointActionPlan\": false, \"list\": [ 1 ] }");
        // What the file says explicitly, it keeps saying.
        assertThat(merge("{\"id\": \"a\", \"note\": null, \"list\": []}", "{\"id\": \"a\", \"note\": null, \"list\": []}"))
                .isEqualTo("{ \"id\": \"a\", \"note\": null, \"list\": [] }");
    }

    @Test
    void listElementsAreMatchedByIdOrActivityIdElseByPosition() {
        assertThat(merge(
                "{\"goals\": [{\"id\": \"g1\", \"extra\": 1}, {\"id\": \"g2\", \"extra\": 2}, {\"id\": \"gone\", \"extra\": 3}]}",
                "{\"goals\": [{\"id\": \"g2\"}, {\"id\": \"new\"}, {\"id\": \"g1\"}]}"))
                .isEqualTo("{ \"goals\": [ { \"id\": \"g2\", \"extra\": 2 }, { \"id\": \"new\" }, { \"id\": \"g1\", \"extra\": 1 } ] }");
        assertThat(merge("{\"a\": [{\"activityId\": \"x\", \"k\": 1}]}", "{\"a\": [{\"activityId\": \"x\", \"level\": \"initial\"}]}"))
                .isEqualTo("{ \"a\": [ { \"activityId\": \"x\", \"k\": 1, \"level\": \"initial\" } ] }");
        assertThat(merge("{\"links\": [{\"url\": \"u\", \"seen\": true}]}", "{\"links\": [{\"title\": \"T\", \"url\": \"v\"}]}"))
                .isEqualTo("{ \"links\": [ { \"title\": \"T\", \"url\": \"v\", \"seen\": true } ] }");
    }

    @Test
    void aListElementOrKeyNewToTheFileIsWrittenAsInANewFileWithoutATextsNulls() {
        // an event added to a year whose file exists: its title and place in both languages, without "asIs": null
        String text = "{\"en\": \"T\", \"es\": \"TE\", \"asIs\": null, \"esOf\": \"f\"}";
        assertThat(merge("{\"events\": [{\"id\": \"old\"}]}", "{\"events\": [{\"id\": \"old\"}, {\"id\": \"new\", \"title\": " + text
                + "}]}"))
                .isEqualTo("{ \"events\": [ { \"id\": \"old\" }, { \"id\": \"new\", \"title\": { \"en\": \"T\", \"es\": \"TE\", \"esOf\": \"f\" } } ] }");
        assertThat(merge("{\"id\": \"e\"}", "{\"id\": \"e\", \"place\": " + text + "}"))
                .isEqualTo("{ \"id\": \"e\", \"place\": { \"en\": \"T\", \"es\": \"TE\", \"esOf\": \"f\" } }");
        // a text the file has keeps saying what it says: a marker the model removed goes
        assertThat(merge("{\"place\": {\"en\": \"P\", \"asIs\": \"name\"}}", "{\"place\": " + text + "}"))
                .isEqualTo("{ \"place\": { \"en\": \"T\", \"es\": \"TE\", \"esOf\": \"f\" } }");
    }

    @Test
    void attributesAreWrittenAsTheModelHoldsThem() {
        assertThat(merge("{\"attributes\": {\"a\": 1, \"old\": {\"deep\": true}}}", "{\"attributes\": {\"a\": 2}}"))
                .isEqualTo("{ \"attributes\": { \"a\": 2 } }");
    }

    @Test
    void aTextObjectWithMoreThanEnAndEsKeepsItsExtraKeys() {
        assertThat(merge("{\"t\": {\"en\": \"old\", \"fr\": \"vieux\"}}", "{\"t\": \"new\"}"))
                .isEqualTo("{ \"t\": { \"en\": \"new\", \"fr\": \"vieux\" } }");
        assertThat(merge("{\"t\": {\"en\": \"old\"}}", "{\"t\": \"new\"}")).isEqualTo("{ \"t\": \"new\" }");
    }

    @Test
    void aTextOfAListKeepsItsExtraKeysWithItsEnglishWhereverTheListMovesIt() {
        String disk = "{\"parties\": [{\"en\": \"Tabasco\", \"note\": \"state\"}, \"Mexico City\", {\"en\": \"Chiapas\", \"note\": \"state\"}]}";
        assertThat(merge(disk, "{\"parties\": [\"Tabasco\", \"Mexico City\", \"Chiapas\"]}"))
                .isEqualTo("{ \"parties\": [ { \"en\": \"Tabasco\", \"note\": \"state\" }, \"Mexico City\", "
                        + "{ \"en\": \"Chiapas\", \"note\": \"state\" } ] }");
        // moved, and a new text in its place: the extra key goes with its English, not with the position
        assertThat(merge(disk, "{\"parties\": [\"Chiapas\", \"Yucatán\", \"Tabasco\"]}"))
                .isEqualTo("{ \"parties\": [ { \"en\": \"Chiapas\", \"note\": \"state\" }, \"Yucatán\", "
                        + "{ \"en\": \"Tabasco\", \"note\": \"state\" } ] }");
        // a text whose English changed is a new text: it does not inherit the extra key
        assertThat(merge(disk, "{\"parties\": [\"Tabasco State\"]}")).isEqualTo("{ \"parties\": [ \"Tabasco State\" ] }");
        // with Spanish given by the model, the extra keys stay (after the key they followed)
        assertThat(merge("{\"l\": [{\"en\": \"a\", \"note\": 1}]}", "{\"l\": [{\"en\": \"a\", \"es\": \"b\"}]}"))
                .isEqualTo("{ \"l\": [ { \"en\": \"a\", \"note\": 1, \"es\": \"b\" } ] }");
    }
}
