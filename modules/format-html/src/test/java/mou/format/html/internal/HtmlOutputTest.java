package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import mou.testfixtures.Golden;
import mou.testfixtures.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * The one-pass writer: the escaping, cleaning and links approved in golden files
 * (src/test/resources/golden/escape.txt, clean.txt, inline.txt: each text beside what it becomes;
 * {@code -Dgolden.update=true} rewrites them, see {@link Golden}), and the same bytes as the
 * string-by-string functions ({@link Html}) for every text, whether a text takes the fast path
 * (plain ASCII copied in one go) or the general one (character by character), and wherever the
 * buffer's end falls.
 */
class HtmlOutputTest {

    /** Pieces that each exercise a rule; random texts are made of them. */
    private static final String[] PIECES = {
        "a", "Word", " ", "  ", "<", ">", "&", "\"", "'", "&amp;", "<script>", "\t", "\n", "\r", "\r\n",
        "\u0000", "\u0007", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0", "·", "é", "ñ", "—", "→", "↩", "\u2028",
        "\uFDCF", "\uFDD0", "\uFDEF", "\uFDF0", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "\uD83D\uDFE2", "\uD83F\uDFFE", "\uD83F\uDFFF", "\uDBFF\uDFFF", "\uD800\uDC00", "日本",
        "http://", "https://", "http", "https", "HTTP://x.org", "example.org/a_b", "x.org", "/path?q=1&r=2", "#frag",
        "(", ")", ".", ",", ";", ":", "!", "?", "%", "%4", "%41", "%zz", "=", "+", "*", "~", "-", "_", "@", "$", "[", "]",
        "0", "42", "# heading", "- item", "1. item",
    };

    private static final List<String> TRICKY = List.of(
            "", "plain text", "&<>\"'", "a\u0000b\u0007c\uD800d\u0085e\tf", "emoji \uD83D\uDFE2 ok", "lone high \uD83D at end \uD83D",
            "lone low \uDFE2 first", "\uDFE2\uD83D reversed", "noncharacters \uFDD0 \uFFFE \uFFFF \uD83F\uDFFE \uDBFF\uDFFF",
            "see (https://example.org/a_b), then", "x https://e.org/?a=1&b=2\"><script>", "javascript:alert(1) http://",
            "https://e.org/100%", "https://e.org/%41%4", "http://a", "http://ab", "https://a", "https://ab.", "https://x.org/a(b)c).",
            "https://x.org/a)b)", "(https://x.org/(a))", "https://x.org/a'", "httphttp://x.org", "hhttps://x.org", "https:// x",
            "https://x.org\uD83D\uDFE2https://y.org", "a\u0000https://x.org/\u0007b", "https://x.org.,;:!?", "http://x.org/&amp;",
            "\uD83Dhttps://x.org", "https://x.org\uDFE2", SampleReport.HOSTILE);

    /** What a writer writes, through the smallest buffer there may be: every text meets the buffer's end somewhere. */
    private static byte[] written(Consumer<HtmlOutput> writer) {
        return written(16, writer);
    }

    private static byte[] written(int bufferSize, Consumer<HtmlOutput> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HtmlOutput out = new HtmlOutput(bytes, bufferSize);
        writer.accept(out);
        out.drain();
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** How many of {@link #texts()} the golden files show: the tricky ones and the first random ones. */
    private static final int GOLDEN_TEXTS = TRICKY.size() + 500;

    private static List<String> goldenTexts() {
        return texts().subList(0, GOLDEN_TEXTS);
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(TRICKY);
        Random random = new Random(6);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(12); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void textIsEscapedAndCleanedAsApproved() {
        Golden.assertMatches("escape.txt", Golden.records(goldenTexts(), Html::escape));
        Golden.assertMatches("clean.txt", Golden.records(goldenTexts(), Html::clean));
        for (String text : texts()) {
            assertThat(written(out -> out.text(text))).as(text).isEqualTo(utf8(Html.escape(text)));
        }
        assertThat(written(out -> out.text(null))).isEmpty();
        assertThat(Html.clean(null)).isEmpty();
    }

    @Test
    void runningTextGetsTheLinksApproved() {
        Golden.assertMatches("inline.txt", Golden.records(goldenTexts(), Html::inline));
        for (String text : texts()) {
            assertThat(written(out -> out.inline(text))).as(text).isEqualTo(utf8(Html.inline(text)));
        }
        assertThat(written(out -> out.inline(null))).isEmpty();
    }

    @Test
    void aTextWithNothingToReplaceIsCleanedWithoutACopy() {
        String text = "nothing to replace here \uD83D\uDFE2 · —";
        assertThat(Html.clean(text)).isSameAs(text);
    }

    @Test
    void markupIsEncodedAsJavasUtf8Encoder() {
        for (String markup : texts()) {
            assertThat(written(out -> out.append(markup))).as(markup).isEqualTo(utf8(markup));
        }
        assertThat(written(out -> out.append('<').append('↩').append('\n'))).isEqualTo(utf8("<↩\n"));
    }

    @Test
    void longTextsComeOutTheSameWhereverTheBufferEnds() {
        StringBuilder long1 = new StringBuilder();
        Random random = new Random(7);
        while (long1.length() < 100_000) {
            long1.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = long1.toString();
        String plain = "x".repeat(140_000);
        for (int offset : new int[] {0, 1, 2, 3, 65_531, 65_533, 65_534, 65_535, 65_536}) {
            String before = "m".repeat(offset);
            byte[] expected = utf8(before + Html.escape(text) + Html.inline(text) + text + Html.escape(plain));
            assertThat(written(1 << 16, out -> out.append(before).text(text).inline(text).append(text).text(plain))).isEqualTo(expected);
        }
    }

    @Test
    void preparedMarkupIsWhatItsWriterWrites() {
        HtmlOutput.Markup markup = HtmlOutput.prepare(out -> out.append("<span title=\"").text("a \"b\" & ↩").append("\">"));
        assertThat(written(out -> out.append(markup).append(markup))).isEqualTo(utf8("<span title=\"a &quot;b&quot; &amp; ↩\">".repeat(2)));
        HtmlOutput.Markup big = HtmlOutput.prepare(out -> out.text("é".repeat(100_000)));
        assertThat(written(1 << 16, out -> out.append("x".repeat(65_000)).append(big))).isEqualTo(utf8("x".repeat(65_000) + "é".repeat(100_000)));
        assertThat(written(out -> out.append("x").append(markup))).isEqualTo(utf8("x<span title=\"a &quot;b&quot; &amp; ↩\">"));
    }

    @Test
    void numbersAreWrittenAsLongToStringWritesThem() {
        Random random = new Random(8);
        List<Long> numbers = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 99L, 100L, -1L, -10L, (long) Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 1000; i++) {
            numbers.add(random.nextLong() >> random.nextInt(64));
        }
        for (long number : numbers) {
            assertThat(written(out -> out.append(number))).as("%d", number).isEqualTo(utf8(Long.toString(number)));
        }
    }

    /** What the renderer wrote before: {@code %.1f} unless the tenth is zero. */
    private static String legacyTenths(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
    }

    @Test
    void coordinatesHaveTheDigitsThatPercentOneFGave() {
        Random random = new Random(9);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.05, 0.04999, -0.05, -0.06, 0.15, 0.25, 1.45, 2.675, 63.25, 63.35,
                472.0 / 3, 99.95, 1e11 + 0.3, 1e12 + 0.3, -1e12 - 0.3, 1e15 + 0.5, 1e300, -1e300, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
        for (int i = 0; i < 5_000; i++) {
            values.add((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(16)));
            values.add(random.nextInt(5200) / 10.0 + random.nextInt(3) * 0.05);
        }
        for (double value : values) {
            assertThat(written(out -> out.tenths(value))).as("%s", value).isEqualTo(utf8(legacyTenths(value)));
        }
    }
}
