package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `validate` on the shipped workspace and on a copy with deliberate mistakes, in the real framework (one for the class). */
class ValidateIT {

    static InProcessApp mou;

    App app;

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @BeforeEach
    void home() throws Exception {
        mou.reset(App.groupJar());
        app = mou.app;
    }

    @Test
    void theShippedWorkspaceIsValidAndSummedUpInOneLine() throws Exception {
        App.Run run = mou.run("validate");

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1))
                .matches("data: \\d+ working groups?, \\d+ goals?, \\d+ activit(y|ies), \\d+ deliverables?, progress for [0-9, ]+; 0 errors, \\d+ warnings?");
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line).contains(": warning: "));
    }

    @Test
    void theShippedWorkspaceHasNoErrorsWithEveryShippedGroupInstalled() throws Exception {
        mou.reset(App.shippedGroupJars().toArray(java.nio.file.Path[]::new));

        App.Run run = mou.run("validate");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines().get(run.outLines().size() - 1))
                .startsWith("data: 5 working groups, ").endsWith("; 0 errors, 0 warnings");
    }

    @Test
    void aBadLevelAndADanglingActivityIdExitOneWithTheirFileLineAndColumnAndTouchNothing() throws Exception {
        List<Broken.Spot> spots = Broken.levelAndActivity(app.data);
        Map<String, String> before = App.fingerprint(app.home);

        App.Run run = mou.run("validate", "--data", "data");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        Broken.Spot level = spots.get(0);
        Broken.Spot activity = spots.get(1);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(Broken.FILE + ":" + level.line() + ":" + level.column() + ": ")
                .contains(Broken.BAD_LEVEL));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(Broken.FILE + ":" + activity.line() + ":" + activity.column() + ": ")
                .contains(Broken.DANGLING_ACTIVITY));
        assertThat(run.outLines().stream().filter(l -> !l.contains(": warning: "))).hasSize(2);
        assertThat(run.outLines()).allSatisfy(line -> assertThat(line).matches("[^:]+:\\d+:\\d+: .+"));
        assertThat(run.err()).contains("2 errors");
        assertThat(App.fingerprint(app.home)).as("validate changes no file").isEqualTo(before);
    }

    /**
     * A few of the store's malformed-workspace corpus (modules/store-json, MalformedWorkspaceTest) through the real
     * `validate`: each exits 1 with an error at its file, line and column, no message shows internals, no file changes.
     */
    @Test
    void malformedFilesExitOneWithTheirFileLineAndColumnInWordsAndTouchNothing() throws Exception {
        String year = "groups/air-quality/2016.json";
        byte[] yearBytes = Files.readAllBytes(app.data.resolve(year));
        // searched and edited byte for byte: one character a byte
        String yearText = new String(yearBytes, StandardCharsets.ISO_8859_1);
        int levelAt = yearText.indexOf("\"moderate\"") + 1;
        int evidenceAt = yearText.indexOf("\"evidence\": []");
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("agreement.json", Arrays.copyOf(Files.readAllBytes(app.data.resolve("agreement.json")), 900));
        variants.put(year, insert(yearBytes, levelAt, new byte[] {(byte) 0xFF}));
        variants.put(year + " ", insert(yearBytes, levelAt, new byte[] {0}));
        variants.put(year + "  ", (yearText.substring(0, evidenceAt) + "\"evidence\": [{\"title\": \"x\", \"url\": \"java\\tscript:alert(1)\"}]"
                + yearText.substring(evidenceAt + "\"evidence\": []".length())).getBytes(StandardCharsets.ISO_8859_1));
        variants.put("organizations.json", ("{\"organizations\": " + "[".repeat(300) + "]".repeat(300) + "}").getBytes(StandardCharsets.UTF_8));
        String[] said = {"the file ends before the JSON is complete", "invalid UTF-8 (byte 0xFF)", "a NUL (zero) byte",
            "'java<U+0009>script:alert(1)' holds a tab", "nested more than 200 levels deep"};
        int[] line = {0, lineOf(yearBytes, levelAt), lineOf(yearBytes, levelAt), lineOf(yearBytes, evidenceAt), 1};
        int i = 0;
        for (Map.Entry<String, byte[]> variant : variants.entrySet()) {
            String file = variant.getKey().strip();
            byte[] original = Files.readAllBytes(app.data.resolve(file));
            Files.write(app.data.resolve(file), variant.getValue());
            Map<String, String> before = App.fingerprint(app.home);

            App.Run run = mou.run("validate");

            assertThat(run.exit()).as(run.toString()).isEqualTo(1);
            int expectedLine = line[i];
            int index = i;
            assertThat(run.outLines()).as(run.toString()).anySatisfy(l -> assertThat(l)
                    .matches(java.util.regex.Pattern.quote(file) + ":" + (expectedLine > 0 ? expectedLine : "[1-9]\\d*") + ":[1-9]\\d*: .+")
                    .contains(said[index]));
            assertThat(run.out() + run.err()).doesNotContain("Exception", "com.fasterxml", "java.", "CTRL-CHAR", "\u0000", "\t");
            assertThat(App.fingerprint(app.home)).as("validate changes no file").isEqualTo(before);
            Files.write(app.data.resolve(file), original);
            i++;
        }
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int k = 0; k < at; k++) {
            line += bytes[k] == '\n' ? 1 : 0;
        }
        return line;
    }

    @Test
    void inSpanishTheShippedWorkspaceIsCleanAndAStaleAndAMissingSpanishAreErrorsInTheirFiles() throws Exception {
        mou.reset(App.shippedGroupJars().toArray(java.nio.file.Path[]::new));
        App.Run clean = mou.run("validate", "--language", "es");
        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.outLines()).singleElement().asString().startsWith("data: 5 working groups, ").endsWith("; 0 errors, 0 warnings");

        // the English of a rationale changed after its translation, and a paragraph written in English only
        java.nio.file.Path year = app.data.resolve("groups/air-quality/2016.json");
        String json = Files.readString(year, StandardCharsets.UTF_8);
        String changed = json.replace("\"en\": \"The executive summary says progress was made on coordinating",
                "\"en\": \"The executive summary says that progress was made on coordinating");
        assertThat(changed).isNotEqualTo(json);
        Files.writeString(year, changed, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(changed.split("\n", -1));
        int staleLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"rationale\": {") && lines.get(i + 1).contains("says that progress")) {
                staleLine = i + 1;
            }
        }
        Map<String, String> before = App.fingerprint(app.home);

        App.Run run = mou.run("validate", "--language", "es");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("groups/air-quality/2016.json:" + staleLine + ":20: $.assessments[0].rationale: the Spanish \"El resumen ejecutivo")
                .contains("translates an older English");
        assertThat(run.err()).contains("0 errors, 0 warnings, 1 Spanish text older than its English");
        assertThat(App.fingerprint(app.home)).as("validate writes nothing").isEqualTo(before);
        // in English the same workspace is valid
        assertThat(mou.run("validate").exit()).isZero();
    }

    /** The exit status as a script sees it: the launcher's process, on a Spanish version removed by hand. */
    @Test
    void inSpanishAMissingTranslationMakesTheLaunchersProcessExitOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        App process = App.withGroup(dir);
        java.nio.file.Path plan = process.data.resolve("groups/air-quality/plan.json");
        String json = Files.readString(plan, StandardCharsets.UTF_8);
        String english = json.replaceFirst("\"es\": \"Grupo de Trabajo de Calidad del Aire\",?", "");
        assertThat(english).isNotEqualTo(json);
        Files.writeString(plan, english, StandardCharsets.UTF_8);

        App.Run run = process.run("validate", "--language", "es");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("groups/air-quality/plan\\.json:\\d+:\\d+: \\$\\.name:"
                + " no Spanish version of \"Air Quality Working Group\".*"));
        assertThat(run.err()).contains("1 text without Spanish");
    }
}
