package mou.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * How commands lay out a long text for a terminal: wrapped at word boundaries, never cut inside a
 * word.
 *
 * @since 1.2
 */
public final class Lines {

    /** The width commands wrap their output at: a terminal of 100 columns shows it unbroken. */
    public static final int WIDTH = 100;

    private Lines() {
    }

    /**
     * A text wrapped at word boundaries so that no line is longer than {@code width}, unless a
     * single word is (it then stands whole on a line of its own). Line breaks and runs of spaces
     * in the text count as one space.
     *
     * @param first what the first line starts with, e.g. {@code "  title: "}
     * @param text the text
     * @param indent what each further line starts with, e.g. {@code "    "}
     * @param width the longest line wanted
     * @return the lines, at least one
     */
    public static List<String> wrap(String first, String text, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        String stripped = text == null ? "" : text.strip();
        for (String word : stripped.isEmpty() ? new String[0] : stripped.split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
