package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deliberate mistakes in a copy of the workspace, and where they are in the file. */
final class Broken {

    static final String FILE = "groups/air-quality/2016.json";
    static final String BAD_LEVEL = "great";
    static final String DANGLING_ACTIVITY = "aq-99-99";

    /** Where a mistake was made: 1-based line and column of the value's opening quote. */
    record Spot(int line, int column) {
    }

    private Broken() {
    }

    /**
     * Makes the first assessment's level "great" and the second one's activity id point
     * nowhere; returns where each value is now.
     */
    static List<Spot> levelAndActivity(Path data) throws IOException {
        Path file = data.resolve(FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        text = replaceNth(text, Pattern.compile("(\"level\"\\s*:\\s*\")([a-z-]+)(\")"), 0, BAD_LEVEL);
        text = replaceNth(text, Pattern.compile("(\"activityId\"\\s*:\\s*\")([a-z0-9-]+)(\")"), 1, DANGLING_ACTIVITY);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return List.of(spot(text, "\"" + BAD_LEVEL + "\""), spot(text, "\"" + DANGLING_ACTIVITY + "\""));
    }

    private static String replaceNth(String text, Pattern pattern, int n, String value) {
        Matcher matcher = pattern.matcher(text);
        for (int i = 0; i <= n; i++) {
            assertThat(matcher.find()).as("occurrence %d of %s in %s", i, pattern, FILE).isTrue();
        }
        return text.substring(0, matcher.start(2)) + value + text.substring(matcher.end(2));
    }

    private static Spot spot(String text, String token) {
        int at = text.indexOf(token);
        assertThat(text.indexOf(token, at + 1)).as("%s occurs once", token).isNegative();
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new Spot(line, at - lineStart + 1);
    }
}
