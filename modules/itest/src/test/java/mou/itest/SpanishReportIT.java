package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.testfixtures.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped 2016 report in Spanish is in Spanish from the first word to the last (issue 15): the
 * visible sentences of the {@code es} and {@code en} HTML reports are compared, and a sentence of
 * the Spanish report that is identical in the English one is a failure unless it is made only of
 * texts the workspace marks {@code asIs} (proper names, English-only titles), web addresses, codes
 * and acronyms, numbers and punctuation, or is one of the few words spelt the same in both
 * languages. Prints the measured share. One framework for the class, both reports rendered once.
 */
class SpanishReportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words the report writes that Spanish spells as English does. */
    private static final Set<String> SAME_IN_SPANISH = Set.of("Total", "Plan");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|li|td|th|h[1-6]|dt|dd|caption|figcaption|div|tr|summary|text|desc|br|section|nav|ul|ol|table|dl|header|footer)\\b[^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** A code, an acronym or a number: capitals, digits and what joins them (NOM-163-SEMARNAT-ENER-SCFI-2013, CARB, 15,000). */
    private static final Pattern CODE = Pattern.compile("\\b[\\p{Lu}\\d][\\p{Lu}\\d.,/&%-]*\\b");

    static InProcessApp mou;
    static String english;
    static String spanish;
    static List<String> asIs;
    static Map<String, byte[]> written = new LinkedHashMap<>();

    @BeforeAll
    static void bothReports() throws Exception {
        mou = InProcessApp.boot();
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        for (String language : List.of("en", "es")) {
            App.Run run = mou.run("report", "--language", language, "--format", "html", "--out", "out-" + language);
            assertThat(run.exit()).as(run.toString()).isZero();
        }
        Path home = mou.app.home;
        english = Files.readString(home.resolve("out-en/progress-report-2016.html"));
        spanish = Files.readString(home.resolve("out-es/progress-report-2016-es.html"));
        asIs = asIsTexts(home.resolve("data"));
        App.Run every = mou.run("report", "--language", "es", "--out", "out-es-all");
        assertThat(every.exit()).as(every.toString()).isZero();
        for (String name : List.of("progress-report-2016-es.html", "progress-report-2016-es.md", "progress-report-2016-es.json")) {
            written.put(name, Files.readAllBytes(home.resolve("out-es-all").resolve(name)));
        }
    }

    /**
     * The shipped report in Spanish in every format, byte for byte as approved in
     * src/test/resources/golden (as {@link ReportContentIT} approves the English one; a deliberate
     * change: {@code -Dgolden.update=true}, then review the diff).
     */
    @Test
    void theSpanishReportIsWrittenAsApproved() {
        written.forEach(Golden::assertMatches);
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
    }

    @Test
    void noVisibleSentenceOfTheSpanishReportIsStillEnglish() {
        List<String> spanishSentences = sentences(spanish);
        Set<String> englishSentences = new HashSet<>(sentences(english));
        List<String> counted = spanishSentences.stream().filter(s -> !trivial(s)).toList();
        List<String> stillEnglish = new ArrayList<>();
        int excused = 0;
        for (String sentence : counted) {
            if (!englishSentences.contains(sentence)) {
                continue;
            }
            if (excused(sentence)) {
                excused++;
            } else {
                stillEnglish.add(sentence);
            }
        }
        System.out.printf("Spanish 2016 report: %d visible sentences, %d identical in English (%d of them asIs texts, codes, numbers),"
                + " %d still English: %.2f%%%n", counted.size(), excused + stillEnglish.size(), excused, stillEnglish.size(),
                100.0 * stillEnglish.size() / counted.size());
        assertThat(counted).as("the Spanish report has sentences").hasSizeGreaterThan(1000);
        assertThat(stillEnglish).as("sentences of the Spanish report identical in the English one").isEmpty();
    }

    @Test
    void theSpanishReportIsInSpanishAndShowsNamesAsTheyAreInEnglish() {
        assertThat(spanish).contains("<html lang=\"es\"").contains("<span lang=\"en\">Sonoran Institute</span>")
                .contains("28 de julio de 2014");
        assertThat(spanish).as("every text of the shipped workspace is translated or marked").doesNotContain("class=\"untranslated\"");
        assertThat(english).doesNotContain("<span lang=\"en\">");
    }

    /** Nothing but numbers, dates and marks: nothing to translate. */
    private static boolean trivial(String sentence) {
        return !Pattern.compile("\\p{L}{3,}").matcher(sentence).find();
    }

    /** Made only of asIs texts, web addresses, codes, numbers and punctuation, or a word Spanish spells as English does. */
    private static boolean excused(String sentence) {
        String rest = URL.matcher(sentence).replaceAll(" ");
        for (String text : asIs) {
            rest = rest.replace(text, " ");
        }
        rest = CODE.matcher(rest).replaceAll(" ").strip();
        if (trivial(rest) || SAME_IN_SPANISH.contains(rest.replaceAll("\\p{P}", ""))) {
            return true;
        }
        String fragment = sentence.replaceAll("[.:;,]$", "");
        return fragment.length() > 3 && asIs.stream().anyMatch(text -> text.contains(fragment)); // a name cut at "G." by the split
    }

    /** The visible text of a page, line by line (block elements end a line), split into sentences. */
    static List<String> sentences(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<title>.*?</title>", " ");
        text = BLOCK_TAG.matcher(text).replaceAll("\n").replaceAll("<[^>]+>", "");
        text = ReportContentIT.decodeEntities(text);
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            String folded = line.replaceAll("\\s+", " ").strip();
            for (String sentence : SENTENCE_END.split(folded)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** The English of every text of the workspace marked asIs, longest first. */
    private static List<String> asIsTexts(Path data) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collect(JSON.readTree(file.toFile()), texts);
            }
        }
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isObject() && node.has("asIs") && node.path("en").isTextual()) {
            into.add(node.path("en").asText());
        }
        node.forEach(child -> collect(child, into));
    }
}
