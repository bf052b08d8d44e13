package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.core.cycle.Problem;
import org.junit.jupiter.api.Test;

/**
 * Every problem code the cycle service can raise has its words in English and in Spanish: the codes
 * are read from the service's sources (each {@code Problem.of(field, "code", ...)}, including each
 * code a condition chooses), so that a new one without its Spanish fails here.
 */
class ProblemCodesTest {

    private static final Pattern CALL = Pattern.compile("Problem\\.of\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)+");

    /** The codes named in Problem.of calls of the cycle bundle's sources. */
    static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        // the service's sources, and the cycle API's (whose Problem.missing says what a year misses)
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("../core/src/main/java/mou/core/cycle")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String arguments = arguments(source, call.end());
                    Matcher literal = LITERAL.matcher(arguments);
                    while (literal.find()) {
                        if (CODE.matcher(literal.group(1)).matches()) {
                            codes.add(literal.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    /** The text of a call's arguments, from after its '(' to its matching ')'. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        throw new AssertionError("a Problem.of call without its end at " + from);
    }

    @Test
    void everyCodeTheServiceRaisesHasItsWordsInEnglishAndSpanish() throws IOException {
        Set<String> used = codesInSources();
        Map<String, String> english = Problem.codes("en");
        Map<String, String> spanish = Problem.codes("es");

        assertThat(used).as("the sources name codes (the scan works)").hasSizeGreaterThan(60)
                .contains("rate.rationale.missing", "review.refused.approve.draft", "gap.noIntroduction", "conflict.rating");
        assertThat(english.keySet()).as("every code used has English words, and every English code is used").isEqualTo(used);
        assertThat(spanish.keySet()).as("every code has Spanish words").isEqualTo(english.keySet());
        english.forEach((code, words) -> {
            assertThat(Problem.positions(spanish.get(code))).as("the Spanish of %s names the same values", code)
                    .isEqualTo(Problem.positions(words));
            assertThat(fields(spanish.get(code))).as("the Spanish of %s names the same fields", code).isEqualTo(fields(words));
            assertThat(spanish.get(code)).as("%s is translated", code).isNotEqualTo(words);
        });
    }

    private static Set<String> fields(String words) {
        Set<String> all = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z][A-Za-z0-9\\[\\]]*)\\}").matcher(words);
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }
}
