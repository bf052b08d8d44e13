package mou.format.pdf.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word may be hyphenated, by Liang's algorithm (as TeX does it) on the TeX hyphenation
 * patterns of hyph-utf8 shipped in this bundle ({@code hyphenation/}, with their licences):
 * American English (Kuiken's ushyphmax with Knuth's exceptions) and Spanish (Bezos). No library on
 * Maven Central fitted (a well-kept one with these patterns under a licence we can ship), and the
 * algorithm is a few lines.
 *
 * <p>{@link #softHyphens(String)} puts a soft hyphen (U+00AD) at every such point of the plain
 * words of a text; openhtmltopdf breaks a line there (with {@link LineBreaks}) and draws a hyphen
 * only at the end of a line, never the soft hyphen itself. Words with digits, capitals after their
 * first letter (acronyms, code), or joined by anything but a hyphen or an apostrophe (web and mail
 * addresses, file names, ids) are left whole.
 */
final class Hyphenation {

    static final char SOFT_HYPHEN = '\u00ad';
    /** Shorter words are never hyphenated. */
    private static final int MIN_WORD = 6;
    /**
     * In a table cell only longer words are hyphenated, with at least this many letters on each
     * side: a cell is never narrower than the longest part of a word it cannot break (the table
     * gives each column at least that), so parts of a syllable would make columns a syllable wide.
     */
    static final int CELL_PART = 4;
    private static final int CELL_WORD = 10;
    private static final String FOLDER = "hyphenation/";

    /** Each language's patterns, read when a report first needs them (an English report never reads the Spanish ones). */
    private static final class English {
        static final Hyphenation PATTERNS = new Hyphenation("hyph-en-us", 2, 3);
    }

    private static final class Spanish {
        static final Hyphenation PATTERNS = new Hyphenation("hyph-es", 2, 2);
    }

    /** Pattern letters → the values between them (one more than the letters). */
    private final Map<String, byte[]> patterns = new HashMap<>();
    /** A word of the exceptions → its hyphenation points. */
    private final Map<String, boolean[]> exceptions = new HashMap<>();
    private final int leftMin;
    private final int rightMin;
    private int longest;
    /** Words as hyphenated before, by the least part's length (a report repeats its words); cleared when large. */
    private final Map<String, String> hyphenated = new ConcurrentHashMap<>();

    private Hyphenation(String name, int leftMin, int rightMin) {
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        for (String line : lines(name + ".pat.txt", true)) {
            addPattern(line);
        }
        for (String line : lines(name + ".hyp.txt", false)) {
            addException(line);
        }
    }

    /** The hyphenation of a language ({@code en}, {@code es}, {@code es-MX}...), or null for a language it has no patterns for. */
    static Hyphenation forLanguage(String languageTag) {
        String language = languageTag == null ? "" : Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return switch (language) {
            case "en" -> English.PATTERNS;
            case "es" -> Spanish.PATTERNS;
            default -> null;
        };
    }

    /**
     * The points where a word may be hyphenated: {@code points[i]} is true when a hyphen may come
     * before {@code word.charAt(i)}. The word is letters only.
     */
    boolean[] points(String word) {
        boolean[] points = new boolean[word.length()];
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() != word.length() || word.length() < leftMin + rightMin) {
            return points;
        }
        boolean[] exception = exceptions.get(lower);
        if (exception != null) {
            return exception.clone();
        }
        String padded = "." + lower + ".";
        byte[] values = new byte[padded.length() + 1];
        for (int start = 0; start < padded.length(); start++) {
            for (int end = start + 1; end <= Math.min(padded.length(), start + longest); end++) {
                byte[] found = patterns.get(padded.substring(start, end));
                if (found != null) {
                    for (int k = 0; k < found.length; k++) {
                        values[start + k] = (byte) Math.max(values[start + k], found[k]);
                    }
                }
            }
        }
        // values[i + 1] lies between word.charAt(i - 1) and word.charAt(i)
        for (int i = leftMin; i <= word.length() - rightMin; i++) {
            points[i] = values[i + 1] % 2 == 1;
        }
        return points;
    }

    /** The word with a soft hyphen at its hyphenation points, each part at least {@code part} letters long (the first points first). */
    String hyphenate(String word, int part) {
        if (word.length() < Math.max(MIN_WORD, 2 * part)) {
            return word;
        }
        String key = part + word;
        String known = hyphenated.get(key);
        if (known != null) {
            return known;
        }
        if (hyphenated.size() > 50_000) {
            hyphenated.clear();
        }
        String result = hyphenateNew(word, part);
        hyphenated.put(key, result);
        return result;
    }

    private String hyphenateNew(String word, int part) {
        boolean[] points = points(word);
        StringBuilder out = new StringBuilder(word.length() + 8);
        int last = 0;
        for (int i = 0; i < word.length(); i++) {
            if (points[i] && i - last >= part && word.length() - i >= part) {
                out.append(SOFT_HYPHEN);
                last = i;
            }
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    /**
     * A text with soft hyphens in its plain words. A word is what lies between white space; its
     * leading and trailing punctuation aside, it is hyphenated only if it is letters, with at most a
     * capital first, in parts joined by hyphens or apostrophes (each part hyphenated on its own).
     */
    String softHyphens(String text) {
        return softHyphens(text, false);
    }

    /** As {@link #softHyphens(String)}; in a table cell ({@code cell}) only words of 10 letters or more, 4 letters at least on each side of a hyphen. */
    String softHyphens(String text, boolean cell) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            word(text, start, i, cell, out);
            int space = i;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            out.append(text, space, i);
        }
        return out.toString();
    }

    private void word(String text, int start, int end, boolean cell, StringBuilder out) {
        int from = start;
        while (from < end && !Character.isLetter(text.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && !Character.isLetter(text.charAt(to - 1))) {
            to--;
        }
        if (to - from < (cell ? CELL_WORD : MIN_WORD) || !plain(text, from, to)) {
            out.append(text, start, end);
            return;
        }
        out.append(text, start, from);
        int part = from;
        for (int i = from; i <= to; i++) {
            if (i == to || !Character.isLetter(text.charAt(i))) {
                String piece = text.substring(part, i);
                out.append(cell && piece.length() < CELL_WORD ? piece : hyphenate(piece, cell ? CELL_PART : 0));
                if (i < to) {
                    out.append(text.charAt(i));
                }
                part = i + 1;
            }
        }
        out.append(text, to, end);
    }

    /** Letters (a capital only first) in parts joined by single hyphens or apostrophes (so a word with a soft hyphen of its own is left as it is). */
    private static boolean plain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (i > from && Character.isUpperCase(c) && Character.isLetter(text.charAt(i - 1))) {
                    return false;
                }
            } else if (c == '-' || c == '\'' || c == '\u2019') {
                if (!Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i + 1))) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private void addPattern(String pattern) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[pattern.length() + 1];
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                values[letters.length()] = (byte) (c - '0');
            } else {
                letters.append(c);
            }
        }
        byte[] own = new byte[letters.length() + 1];
        System.arraycopy(values, 0, own, 0, own.length);
        patterns.put(letters.toString(), own);
        longest = Math.max(longest, letters.length());
    }

    private void addException(String hyphenated) {
        String word = hyphenated.replace("-", "");
        boolean[] points = new boolean[word.length()];
        int at = 0;
        for (int i = 0; i < hyphenated.length(); i++) {
            if (hyphenated.charAt(i) == '-') {
                points[at] = true;
            } else {
                at++;
            }
        }
        exceptions.put(word.toLowerCase(Locale.ROOT), points);
    }

    private static Iterable<String> lines(String name, boolean required) {
        try (InputStream in = Hyphenation.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("The PDF format's hyphenation patterns " + name + " are missing from its bundle");
                }
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("%")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
