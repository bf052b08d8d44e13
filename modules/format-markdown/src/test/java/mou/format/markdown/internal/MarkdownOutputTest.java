package mou.format.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import mou.testfixtures.Golden;
import mou.testfixtures.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * The one-pass writer: texts made inert as approved in a golden file
 * (src/test/resources/golden/text.txt: each text beside what it becomes; {@code -Dgolden.update=true}
 * rewrites it, see {@link Golden}), and the same bytes for every text, whether a text takes the
 * fast path (ASCII words and single spaces copied in one go) or the general one (character by
 * character), and wherever the buffer's end falls.
 */
class MarkdownOutputTest {

    /** Pieces that each exercise a rule; random texts are made of them. */
    private static final String[] PIECES = {
        "a", "Word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C", "\u001F", "\u00A0", "\u202F", "\u2007", "\u2003",
        "\u3000", "\u2028", "\u2029", "\u1680", "\u0085", "\u0000", "\u0007", "\u007F", "\u0080", "\u009F", "·", "é", "—", "→",
        "\uFDD0", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDFE2", "\uD83F\uDFFE", "日本",
        "<", ">", "&", "&amp;", "\"", "'", "\\", "`", "*", "**", "_", "[", "]", "|", "~", "~~", "#", "$", "!", "(", ")",
        "-", "+", "=", "===", ".", ",", ";", ":", "?", "%", "/", "0", "1", "12", "123456789", "1234567890", "2016)", "3.",
        "http://", "https://", "http", "x.org", "example.org/a_b", "/p?q=1&r=2", "#frag", "%41",
    };

    private static final List<String> TRICKY = List.of(
            "", " ", "   ", "\n\t ", "plain text", "# not a heading", "- not a list", "+ not a list", "1. not a list",
            "2016) not a list", "1234567890. long", "123456789. nine", "0.5 is a number", "> not a quote", "=== not an underline",
            "    not code", "```not a fence", "| not | a | table |", "$x$ and $y$ are not maths", "~~not struck~~",
            "<div>not html</div>", "&amp; stays as written", "back\\slash\\", "  - indented dash", "\n1. after a break",
            " \u00A0- no-break space first", "\u2007- figure space first", "one\n# two\n\n- three", "x\ny", "p|q",
            "see https://example.org/a_b, then", "https://x.org/a(b)c).", "(https://x.org/(a))", "http://a", "http://ab",
            "https://ab.", "https:// x", "httphttp://x.org", "-https://x.org", "1.https://x.org", "https://x.org\uD83D\uDFE2y",
            "a\u0000b\u0007c\uD800d\u0085e\tf", "emoji \uD83D\uDFE2 ok", "\uD83D", "\uDFE2\uD83D", "trailing space ", " leading",
            "many   spaces\t\tand\n\nlines", SampleReport.HOSTILE);

    /** How many of {@link #texts()} the golden file shows: the tricky ones and the first random ones. */
    private static final int GOLDEN_TEXTS = TRICKY.size() + 500;

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

    /** A finished document as the writer writes it, through a buffer of {@code bufferSize} bytes. */
    private static String document(int bufferSize, Consumer<MarkdownOutput> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarkdownOutput out = new MarkdownOutput(bytes, bufferSize);
        writer.accept(out);
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textIsMadeInertAsApproved() {
        Golden.assertMatches("text.txt", Golden.records(texts().subList(0, GOLDEN_TEXTS), Md::text));
        for (String text : texts()) {
            String expected = Md.text(text);
            // between markup, through the smallest buffer: every text meets the buffer's end somewhere
            assertThat(document(16, out -> out.append('|').text(text).append('|'))).as(text).isEqualTo("|" + expected + "|\n");
        }
        assertThat(Md.text(null)).isEmpty();
    }

    @Test
    void longTextsComeOutTheSameWhereverTheBufferEnds() {
        StringBuilder long1 = new StringBuilder();
        Random random = new Random(7);
        while (long1.length() < 100_000) {
            long1.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String text = long1.toString();
        String expected = Md.text(text);
        for (int offset : new int[] {0, 1, 2, 3, 65_531, 65_533, 65_534, 65_535, 65_536}) {
            String before = "m".repeat(offset);
            assertThat(document(1 << 16, out -> out.append(before).text(text).append('.'))).isEqualTo(before + expected + ".\n");
        }
    }

    @Test
    void markupIsEncodedAsJavasUtf8Encoder() {
        for (String markup : texts()) {
            byte[] expected = (markup + ".\n").getBytes(StandardCharsets.UTF_8);
            assertThat(document(16, out -> out.append(markup).append('.')).getBytes(StandardCharsets.UTF_8)).as(markup).isEqualTo(expected);
        }
        assertThat(document(16, out -> out.append('*').append("🟢").append(42).append(-7L).append(Long.MIN_VALUE)))
                .isEqualTo("*🟢42-7" + Long.MIN_VALUE + "\n");
    }

    @Test
    void theDocumentEndsWithOneLineBreakHoweverManyWereWritten() {
        Random random = new Random(8);
        for (int n = 0; n < 500; n++) {
            List<String> pieces = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                pieces.add(random.nextBoolean() ? "\n".repeat(1 + random.nextInt(40)) : "x".repeat(random.nextInt(30)) + "é");
            }
            StringBuilder all = new StringBuilder();
            pieces.forEach(all::append);
            int end = all.length();
            while (end > 0 && all.charAt(end - 1) == '\n') {
                end--;
            }
            String expected = all.substring(0, end) + "\n";
            assertThat(document(16, out -> pieces.forEach(out::append))).isEqualTo(expected);
            assertThat(document(1 << 16, out -> pieces.forEach(out::append))).isEqualTo(expected);
        }
        assertThat(document(16, out -> { })).isEqualTo("\n");
    }

    @Test
    void positionCountsTheBytesWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarkdownOutput out = new MarkdownOutput(bytes, 16);
        out.append("0123456789abcdef0123").text("é & *x*");
        assertThat(out.position()).isEqualTo(20 + "é &amp; \\*x\\*".getBytes(StandardCharsets.UTF_8).length);
        long before = out.position();
        out.text("  \n ").text(null);
        assertThat(out.position()).isEqualTo(before);
    }
}
