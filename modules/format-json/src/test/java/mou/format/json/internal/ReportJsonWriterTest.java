package mou.format.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.testfixtures.Golden;
import mou.testfixtures.SampleReport;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonOutput} against Jackson's streaming generator set up as this format writes
 * ({@link JacksonReference}): the same bytes for any tree, every kind of string, whether it takes
 * the fast path (plain ASCII copied in one go) or the general one, numbers, and nesting deeper than
 * anything prepared in advance; and whole reports as approved in golden files
 * (src/test/resources/golden; {@code -Dgolden.update=true} rewrites them, see {@link Golden}).
 */
class ReportJsonWriterTest {

    /** Pieces that each exercise an escape; random strings are made of them. */
    private static final String[] PIECES = {
        "a", "Word", " ", "\u0000", "\u0001", "\b", "\t", "\n", "\u000B", "\f", "\r", "\u001F", "\"", "\\", "/", "<", ">", "&", "'",
        "\u007F", "\u0080", "\u009F", "é", "·", "—", "\u2027", "\u2028", "\u2029", "\u202A", "\uFDD0", "\uFFFD", "\uFFFE", "\uFFFF",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDFE2", "\uDBFF\uDFFF", "日本", "<script>", "\\u003C", "null", "1.5",
    };

    private static List<String> strings(int count) {
        List<String> strings = new ArrayList<>(List.of("", " ", "plain", "\uD83D", "\uDFE2", "\uDFE2\uD83D", "a\uD83D\uDFE2\uD83D"));
        Random random = new Random(6);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            strings.add(text.toString());
        }
        return strings;
    }

    private static byte[] written(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJsonWriter.write(document, out);
        return out.toByteArray();
    }

    @Test
    void reportsComeOutAsApproved() throws IOException {
        Golden.assertMatches("empty-report.json", written(new ReportDocument(null, null, null, 2017, List.of())));
        Golden.assertMatches("blank-title-report.json",
                written(new ReportDocument("T", " ", "en", 2016, List.of(Section.of("s", "S", List.of())))));
        // every kind of string in every place of a report: each text as the title of a small report, one after the other
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String text : strings(60)) {
            all.write(written(new ReportDocument(text, text, "en", 2016, List.of(Section.of(text, text,
                    List.of(new mou.core.report.Block.Paragraph(text)))))));
        }
        Golden.assertMatches("strings-reports.json", all.toByteArray());
    }

    /** Writes the same random tree with Jackson and with {@link JsonOutput}, side by side. */
    private static void tree(JsonGenerator jackson, JsonOutput out, Random random, List<String> strings, int depth) throws IOException {
        boolean array = random.nextBoolean();
        if (array) {
            jackson.writeStartArray();
            out.startArray();
        } else {
            jackson.writeStartObject();
            out.startObject();
        }
        for (int i = depth > 40 ? 0 : random.nextInt(depth < 3 ? 6 : 3); i > 0; i--) {
            if (!array) {
                String name = "field" + random.nextInt(5);
                jackson.writeFieldName(name);
                out.field(name);
            }
            switch (random.nextInt(depth < 20 ? 7 : 6)) {
                case 0 -> {
                    String text = strings.get(random.nextInt(strings.size()));
                    jackson.writeString(ReportJsonWriterTest.cleaned(text));
                    out.string(text);
                }
                case 1 -> {
                    long number = random.nextBoolean() ? random.nextInt(1000) : random.nextLong() >> random.nextInt(64);
                    jackson.writeNumber(number);
                    out.number(number);
                }
                case 2 -> {
                    double number = random.nextBoolean() ? random.nextDouble() : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                    jackson.writeNumber(number);
                    out.number(number);
                }
                case 3 -> {
                    jackson.writeNull();
                    out.nullValue();
                }
                case 4 -> {
                    boolean value = random.nextBoolean();
                    jackson.writeBoolean(value);
                    out.bool(value);
                }
                default -> tree(jackson, out, random, strings, depth + 1);
            }
        }
        if (array) {
            jackson.writeEndArray();
            out.endArray();
        } else {
            jackson.writeEndObject();
            out.endObject();
        }
    }

    /** Unpaired surrogates as U+FFFD, as the writer cleaned strings before handing them to Jackson, which refuses them. */
    private static String cleaned(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    @Test
    void anyTreeComesOutAsJacksonWroteIt() throws IOException {
        List<String> strings = strings(2000);
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            ByteArrayOutputStream jacksonBytes = new ByteArrayOutputStream();
            ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
            // the smallest buffer there may be: every value meets the buffer's end somewhere
            JsonOutput out = new JsonOutput(outBytes, 32);
            try (JsonGenerator jackson = JacksonReference.FACTORY.createGenerator(jacksonBytes, JsonEncoding.UTF8)) {
                jackson.setPrettyPrinter(JacksonReference.prettyPrinter());
                tree(jackson, out, random, strings, 0);
            }
            out.drain();
            assertThat(outBytes.toByteArray()).as("tree %d", n).isEqualTo(jacksonBytes.toByteArray());
        }
    }

    @Test
    void deepNestingIsIndentedAsJacksonIndentedIt() throws IOException {
        ByteArrayOutputStream jacksonBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        JsonOutput out = new JsonOutput(outBytes);
        try (JsonGenerator jackson = JacksonReference.FACTORY.createGenerator(jacksonBytes, JsonEncoding.UTF8)) {
            jackson.setPrettyPrinter(JacksonReference.prettyPrinter());
            for (int depth = 0; depth < 100; depth++) {
                jackson.writeStartObject();
                jackson.writeFieldName("inner");
                out.startObject().field("inner");
            }
            jackson.writeStartArray();
            jackson.writeEndArray();
            out.startArray().endArray();
            for (int depth = 0; depth < 100; depth++) {
                jackson.writeEndObject();
                out.endObject();
            }
        }
        out.drain();
        assertThat(outBytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(jacksonBytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\n" + "  ".repeat(100) + "\"inner\": []");
    }

    @Test
    void aFailingStreamFailsTheRendering() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        IOException failure = null;
        try {
            new JsonReportFormat().render(SampleReport.document(), broken);
        } catch (IOException e) {
            failure = e;
        } catch (UncheckedIOException e) {
            throw new AssertionError("the cause should have been handed on", e);
        }
        assertThat(failure).hasMessage("disk full");
    }
}
