package mou.core.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.model.Gap;

/**
 * One thing wrong with a request, for the person who made it.
 *
 * @param field what the problem is about, so that a form shows it beside that field: the name of a
 *        request's component ({@code "rationale"}, {@code "level"}), with the position for one of a
 *        list ({@code "evidence[1]"}); a cell of imported sheet content ({@code "Assessments!E7"});
 *        or null for the request as a whole
 * @param code what the problem is, stable across versions ({@code "rate.level.unknown"}), whose
 *        words in each language are in {@code mou/core/cycle/problems_LANG.properties} next to this
 *        class ({@link #message(String)}); null for a problem that has only its English message
 *        (since 1.4)
 * @param args the values the code's words name as {@code {0}}, {@code {1}} ..., as text (since 1.4)
 * @param message what is wrong and what to do, in plain English words (the commands print it).
 *        Where it names a field of the request it writes it in braces ({@code "a new event needs {kind}"}),
 *        so that each front door shows its own name for it (an option, a form label): see {@link #text}
 * @param messageEs for a problem without a code, the message in Spanish when the one who said it gave
 *        one (a deliverable type's {@code validate}, the store), else null: then it is shown in English
 *        (since 1.5)
 */
public record Problem(String field, String code, List<String> args, String message, String messageEs) {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9\\[\\]]*)\\}");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)(?:\\|([a-z]+))?\\}");
    private static final Map<String, Map<String, String>> WORDS = new ConcurrentHashMap<>();

    /** The languages whose words every code has: every text's ({@link mou.core.model.Text#LANGUAGES}). */
    public static final List<String> LANGUAGES = mou.core.model.Text.LANGUAGES;

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
        if (message == null) {
            message = code == null ? "" : format(words("en").get(code), code, args, words("en"));
        }
    }

    /** A problem with a code and its values, or with its English message only (without the Spanish of {@link #said}). */
    public Problem(String field, String code, List<String> args, String message) {
        this(field, code, args, message, null);
    }

    /** A problem that has only its English message, without a code. */
    public Problem(String field, String message) {
        this(field, null, List.of(), message, null);
    }

    /**
     * A problem without a code whose words were said in English and Spanish where its rule lives
     * (a deliverable type, the store); {@code es} null leaves it English (since 1.5).
     */
    public static Problem said(String field, String en, String es) {
        return new Problem(field, null, List.of(), en, es);
    }

    /**
     * A problem with a code of {@code mou/core/cycle/problems_en.properties} and its values; its
     * {@link #message()} is the code's English words with the values in place (since 1.4). A moment
     * ({@link java.time.Instant}) is said to the second, as a person reads it ({@code 2017-03-02T10:14:00Z}),
     * though the history keeps its milliseconds.
     *
     * @throws IllegalArgumentException when the code has no words (a programming error)
     */
    public static Problem of(String field, String code, Object... args) {
        if (!words("en").containsKey(code)) {
            throw new IllegalArgumentException("no words for the problem code " + code);
        }
        return new Problem(field, code, Arrays.stream(args).map(Problem::said).toList(), null);
    }

    private static String said(Object value) {
        return value instanceof java.time.Instant at ? at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() : String.valueOf(value);
    }

    /**
     * What a year misses ({@link Gap#describe()}, after the group and year when it is a group's) as a
     * problem with a code, to be said in any language (since 1.4).
     */
    public static Problem missing(Gap gap) {
        String at = gap.groupId() == null ? "" : gap.groupId() + " " + gap.year() + ": ";
        List<String> subjects = gap.subjects();
        String list = String.join(", ", subjects);
        return switch (gap.kind()) {
            case NOT_RATED -> Problem.of(null, "missing.notRated", at, subjects.size(), gap.of(), list);
            case CARRIED_OVER -> Problem.of(null, "missing.carriedOver", at, subjects.size(), gap.of(), list, gap.year());
            case EMPTY_NARRATIVE -> subjects.size() == 1 ? Problem.of(null, "missing.emptyNarrative.one", at, list)
                    : Problem.of(null, "missing.emptyNarrative.many", at, String.join(", ", subjects.subList(0, subjects.size() - 1)),
                            subjects.get(subjects.size() - 1));
            case NO_INTRODUCTION -> Problem.of(null, "missing.noIntroduction", at, gap.year());
        };
    }

    /**
     * What is wrong in {@code language} ({@code en} or {@code es}): the code's words, or without a code
     * the message said in that language ({@link #said}), else the English message (since 1.4).
     */
    public String message(String language) {
        if (code == null) {
            return mou.core.model.Text.in(language, message, messageEs);
        }
        String words = words(LANGUAGES.contains(language) ? language : "en").get(code);
        return words == null ? message : format(words, code, args, words(LANGUAGES.contains(language) ? language : "en"));
    }

    /** The message in {@code language} with each {@code {field}} replaced by what {@code names} calls that field (since 1.4). */
    public String text(String language, Function<String, String> names) {
        return names(message(language), names);
    }

    /**
     * As {@link #text(String, Function)}, with a front door's own words for some codes: {@code words}
     * gives, for a code, the words in {@code language} to use instead of the cycle's (with the same
     * values, {@code {0}} ...), e.g. a web page's, which names no command to type. A code without such
     * words has the cycle's (since 1.8).
     */
    public String text(String language, Function<String, String> names, Function<String, String> words) {
        String own = code == null || words == null ? null : words.apply(code);
        if (own == null) {
            return text(language, names);
        }
        return names(format(own, code, args, words(LANGUAGES.contains(language) ? language : "en")), names);
    }

    /** The message with each {@code {field}} replaced by what {@code names} calls that field. */
    public String text(Function<String, String> names) {
        return names(message, names);
    }

    /** Whether the message names fields in braces. */
    public boolean namesFields() {
        return NAME.matcher(message).find();
    }

    /** Every code and its words in {@code language} (since 1.4). */
    public static Map<String, String> codes(String language) {
        Map<String, String> codes = new TreeMap<>(words(language));
        // the words of values ({N|part}: part.summary ...) are no codes
        codes.keySet().removeIf(key -> key.startsWith(VALUE_WORDS + "."));
        return Collections.unmodifiableMap(codes);
    }

    /**
     * The words of the values that messages name as {@code {N|part}}, by the value ({@code part.next-steps}
     * is "next-steps", "próximos pasos"), in {@code language} (since 1.8).
     */
    public static Map<String, String> valueWords(String language) {
        Map<String, String> values = new TreeMap<>(words(language));
        values.keySet().removeIf(key -> !key.startsWith(VALUE_WORDS + "."));
        return values;
    }

    private static final String VALUE_WORDS = "part";

    /** The codes' value positions in the words, e.g. {0, 1} for {@code "{0} has no {1}"} (since 1.4). */
    public static Set<Integer> positions(String words) {
        Set<Integer> all = new java.util.TreeSet<>();
        Matcher m = ARG.matcher(words);
        while (m.find()) {
            all.add(Integer.parseInt(m.group(1)));
        }
        return all;
    }

    /** {@code field: message}, fields named as they are. */
    @Override
    public String toString() {
        return (field == null || namesFields() ? "" : field + ": ") + text(Function.identity());
    }

    private static String names(String text, Function<String, String> names) {
        Matcher m = NAME.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The words with the values in place: {@code {1}} is the value as it is; {@code {1|part}} is the value
     * in the words of this language that {@code part.VALUE} gives, where it has some (a narrative part's id,
     * {@code next-steps}, reads "next steps", "próximos pasos"), each of a list of them ("a, b") alike.
     */
    private static String format(String words, String code, List<String> args, Map<String, String> language) {
        if (words == null) {
            throw new IllegalArgumentException("no words for the problem code " + code);
        }
        Matcher m = ARG.matcher(words);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < args.size() ? args.get(i) : m.group();
            if (m.group(2) != null && i < args.size()) {
                List<String> shown = new java.util.ArrayList<>();
                for (String one : value.split(", ", -1)) {
                    shown.add(language.getOrDefault(m.group(2) + "." + one, one));
                }
                value = String.join(", ", shown);
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Map<String, String> words(String language) {
        return WORDS.computeIfAbsent(language, l -> {
            Properties properties = new Properties();
            try (InputStream in = Problem.class.getResourceAsStream("problems_" + l + ".properties")) {
                if (in == null) {
                    return Map.of();
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> all = new TreeMap<>();
            properties.forEach((k, v) -> all.put((String) k, (String) v));
            return Map.copyOf(all);
        });
    }
}
