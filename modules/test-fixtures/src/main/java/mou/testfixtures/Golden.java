package mou.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Approved golden files: what a writer must write, kept under {@code src/test/resources/golden/}
 * of the module whose test compares with them, byte for byte.
 *
 * <p>A deliberate change of the output is approved in one place, with one switch: run the tests
 * with {@code -Dgolden.update=true} ({@code mvn -B verify -Dgolden.update=true} for the whole
 * build, or {@code mvn -B test -pl modules/test-fixtures,modules/format-html -Dgolden.update=true}
 * for one module), which rewrites every golden file the tests compare with instead of comparing, then review the change with {@code git diff} and commit it with the change that
 * caused it. Without the switch a difference fails the test, naming the file, the first line
 * that differs and the switch.
 */
public final class Golden {

    /** The system property that rewrites the golden files instead of comparing with them. */
    public static final String UPDATE = "golden.update";

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /** Whether this run rewrites the golden files ({@code -Dgolden.update=true}). */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /** The golden file {@code name} of the module under test (the tests run in the module's folder). */
    public static Path file(String name) {
        return FOLDER.resolve(name).toAbsolutePath();
    }

    /**
     * Fails unless {@code actual} is byte for byte the golden file {@code name}; with
     * {@code -Dgolden.update=true} writes {@code actual} into it instead.
     */
    public static void assertMatches(String name, byte[] actual) {
        Path file = file(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
                System.out.println("golden file written: " + file);
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("no golden file " + file + "; write it with -D" + UPDATE + "=true and review it");
            }
            byte[] expected = Files.readAllBytes(file);
            if (!java.util.Arrays.equals(expected, actual)) {
                throw new AssertionError("the output differs from the golden file " + file + " " + firstDifference(expected, actual)
                        + ". If the change is intended, rewrite the golden files with -D" + UPDATE + "=true, review them with"
                        + " `git diff` and commit them with the change.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertMatches(String name, String actual) {
        assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every input with what {@code function} makes of it, two lines each ({@link #quoted} forms),
     * so that the golden file of a text function shows each input beside its output.
     */
    public static String records(List<String> inputs, UnaryOperator<String> function) {
        StringBuilder b = new StringBuilder();
        for (String input : inputs) {
            b.append("in  ").append(quoted(input)).append('\n');
            b.append("out ").append(quoted(function.apply(input))).append('\n');
        }
        return b.toString();
    }

    /**
     * A text in printable ASCII, one line, nothing lost: a backslash as {@code \\}, every other
     * character outside U+0020..U+007E as {@code \}{@code uXXXX}.
     */
    public static String quoted(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c >= 0x20 && c <= 0x7E) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        int at = 0;
        int line = 1;
        int lineStart = 0;
        while (at < expected.length && at < actual.length && expected[at] == actual[at]) {
            if (expected[at] == '\n') {
                line++;
                lineStart = at + 1;
            }
            at++;
        }
        return "at line " + line + " (byte " + at + "): expected " + lineFrom(expected, lineStart) + " but was " + lineFrom(actual, lineStart);
    }

    private static String lineFrom(byte[] bytes, int start) {
        if (start >= bytes.length) {
            return "the end of the file";
        }
        int end = start;
        while (end < bytes.length && bytes[end] != '\n' && end - start < 300) {
            end++;
        }
        return "\"" + new String(bytes, start, end - start, StandardCharsets.UTF_8) + "\"";
    }
}
