package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mou.core.report.Block;
import mou.core.report.Section;
import java.util.Locale;
import java.util.regex.Pattern;
import mou.testfixtures.PdfStandards;
import mou.testfixtures.Slow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped 2016 report as the publication, in English and in Spanish: it meets PDF/A-2u and
 * PDF/UA-1 (veraPDF), its text holds every goal, activity, deliverable, figure, event and
 * narrative paragraph of the workspace, the contents give the pages where the headings are, the
 * outline has every chapter and section, the metadata name the program office as its Author, and
 * every font is embedded.
 */
@Slow
class ShippedPdfTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void meetsPdfA2uAndPdfUa1WithNoFailedRule(String language) {
        byte[] pdf = Shipped.pdf(language);
        List<PdfStandards.FailedRule> failed = PdfStandards.failedRules(pdf);
        assertThat(failed).as(PdfStandards.describe(failed)).isEmpty();
        assertThat(PdfStandards.name(PdfStandards.declaredPdfA2(pdf))).containsIgnoringCase("2u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void holdsEveryGoalActivityAndDeliverable(String language) throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path plan : files("plan.json")) {
            for (JsonNode goal : JSON.readTree(plan.toFile()).path("goals")) {
                expected.add(in(goal.path("statement"), language));
                for (JsonNode activity : goal.path("activities")) {
                    expected.add(in(activity.path("description"), language));
                    for (JsonNode deliverable : activity.path("deliverables")) {
                        expected.add(in(deliverable.path("title"), language));
                    }
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(120);
        assertAllIn(language, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void holdsEveryFigureWithItsValueAndEveryEvent(String language) throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path year : files("2016.json")) {
            JsonNode node = JSON.readTree(year.toFile());
            for (JsonNode metric : node.path("metrics")) {
                expected.add(in(metric.path("label"), language));
                expected.add(grouped(metric.path("value").decimalValue(), language));
            }
            for (JsonNode event : node.path("events")) {
                expected.add(in(event.path("title"), language));
            }
        }
        assertThat(expected).hasSizeGreaterThan(40);
        assertAllIn(language, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void holdsTheProgramOfficeTextsAndEveryNarrativeParagraph(String language) throws IOException {
        List<String> expected = new ArrayList<>();
        JsonNode report = JSON.readTree(Shipped.DATA.resolve("reports/2016.json").toFile());
        report.path("introduction").forEach(p -> expected.add(in(p, language)));
        report.path("finalComments").forEach(p -> expected.add(in(p, language)));
        for (JsonNode related : JSON.readTree(Shipped.DATA.resolve("related-agreements.json").toFile()).path("relatedAgreements")) {
            expected.add(in(related.path("title"), language));
        }
        for (Path year : files("2016.json")) {
            JsonNode narrative = JSON.readTree(year.toFile()).path("narrative");
            for (String part : List.of("summary", "accomplishments", "challenges", "nextSteps")) {
                narrative.path(part).forEach(p -> expected.add(in(p, language)));
            }
        }
        assertThat(expected).hasSizeGreaterThan(30);
        assertAllIn(language, expected);
    }

    /**
     * Each entry of the contents (chapters and their sections) gives a page number; that page holds
     * the heading, and the outline entry of the same section goes to the same page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theContentsGiveThePagesWhereTheHeadingsAre(String language) {
        assertThat(Publications.contentsGiveThePagesWhereTheHeadingsAre(Shipped.pdf(language), Shipped.document(language), language))
                .isGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theOutlineHasAnEntryForEveryChapterAndSectionInOrder(String language) {
        Publications.outlineHasEveryChapterAndSection(Shipped.pdf(language), Shipped.document(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyPageSaysItsNumberAndTheHeaderNamesTheChapter(String language) {
        Publications.everyPageSaysItsNumberOfAll(Shipped.pdf(language), language);
        Publications.theHeaderNamesTheChapter(Shipped.pdf(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theLinksWithinTheDocumentGoToTheirTargets(String language) {
        assertThat(Publications.linksGoToTheirTargets(Shipped.pdf(language))).isGreaterThan(40);
    }

    /** No heading ends a page: on the page its outline entry goes to, text follows the heading. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void noHeadingEndsAPage(String language) {
        byte[] pdf = Shipped.pdf(language);
        List<String> pages = Pdfs.pages(pdf);
        List<String> ending = new ArrayList<>();
        for (Pdfs.Entry entry : Pdfs.outline(pdf)) {
            String page = pages.get(entry.page() - 1);
            int at = page.lastIndexOf(entry.title());
            assertThat(at).as("%s on page %d", entry.title(), entry.page()).isNotNegative();
            if (page.length() - (at + entry.title().length()) < 20) {
                ending.add(entry.title() + " (page " + entry.page() + ")");
            }
        }
        assertThat(ending).as("headings that end their page").isEmpty();
    }

    /**
     * A table's columns share its width by how much text each has: in the training log's table the
     * column with the most text (the courses' topics) is the widest (openhtmltopdf's own share had
     * left it a column of single words, the narrowest of all in English).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theColumnWithTheMostTextIsTheWidest(String language) throws IOException {
        String caption = language.equals("es") ? "Cursos y capacitaciones en 2016" : "Courses and trainings in 2016";
        Block.Table table = tables(Shipped.document(language).sections()).stream().filter(t -> caption.equals(t.caption())).findFirst()
                .orElseThrow();
        // each header's first word, where it begins on the header row
        List<String> headers = table.headers().stream().map(h -> h.split(" ")[0]).toList();
        Map<String, Float> starts = headerStarts(Shipped.pdf(language), caption, headers);
        float right = pageWidth(Shipped.pdf(language)) - 18 * 72 / 25.4f; // the table is as wide as the page's body
        Map<String, Integer> widths = new java.util.LinkedHashMap<>();
        int most = 0;
        for (int i = 0; i < headers.size(); i++) {
            widths.put(table.headers().get(i) + " (" + text(table, i) + " characters)", Math.round(width(headers, starts, i, right)));
            most = text(table, i) > text(table, most) ? i : most;
        }
        assertThat(Math.round(width(headers, starts, most, right))).as("the width of %s, in points, among %s", table.headers().get(most), widths)
                .isEqualTo(widths.values().stream().max(Integer::compare).orElseThrow());
    }

    private static List<Block.Table> tables(List<Section> sections) {
        List<Block.Table> tables = new ArrayList<>();
        for (Section section : sections) {
            section.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(tables::add);
            tables.addAll(tables(section.subsections()));
        }
        return tables;
    }

    private static int text(Block.Table table, int column) {
        int length = table.headers().get(column).length();
        for (List<String> row : table.rows()) {
            length += column < row.size() && row.get(column) != null ? row.get(column).length() : 0;
        }
        return length;
    }

    private static float width(List<String> headers, Map<String, Float> starts, int column, float right) {
        return (column + 1 < headers.size() ? starts.get(headers.get(column + 1)) : right) - starts.get(headers.get(column));
    }

    private static float pageWidth(byte[] pdf) {
        try (PDDocument document = Pdfs.open(pdf)) {
            return document.getPage(0).getMediaBox().getWidth();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Where each word begins (x, in points) on the first line of the page with the caption that has them all: the table's header row. */
    private static Map<String, Float> headerStarts(byte[] pdf, String caption, List<String> words) throws IOException {
        List<String> pages = Pdfs.pages(pdf);
        int page = pages.stream().filter(text -> text.contains(caption)).findFirst().map(pages::indexOf).orElseThrow();
        Map<Float, Map<String, Float>> lines = new TreeMap<>();
        try (PDDocument document = Pdfs.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (String word : words) {
                        int at = text.indexOf(word);
                        if (at >= 0 && (at == 0 || text.charAt(at - 1) == ' ')) {
                            lines.computeIfAbsent(positions.get(at).getYDirAdj(), y -> new HashMap<>())
                                    .putIfAbsent(word, positions.get(at).getXDirAdj());
                        }
                    }
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
        }
        return lines.values().stream().filter(line -> line.size() == words.size()).findFirst()
                .orElseThrow(() -> new AssertionError("no header row " + words + " on page " + (page + 1) + ": " + lines));
    }

    /**
     * The document information and the XMP metadata name the report's publisher, the program office
     * of the agreement ({@code ReportDocument.publisher}), as its Author (dc:creator), beside its title, subject and language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void namesTheProgramOfficeAsItsAuthorBesideItsTitleSubjectAndLanguage(String language) throws Exception {
        boolean es = language.equals("es");
        String agreement = es ? "Memorándum de Entendimiento California-México en materia de Cambio Climático y Medio Ambiente"
                : "California-Mexico Memorandum of Understanding on Climate Change and the Environment";
        // the publisher the report names: the program office of the agreement (its short title), not the report's title
        String author = es ? "Oficina del Programa, MOU California-México" : "Program Office, California-Mexico MOU";
        String subject = es ? "Informe de Avances 2016" : "2016 Progress Report";
        try (PDDocument document = Pdfs.open(Shipped.pdf(language))) {
            PDDocumentInformation information = document.getDocumentInformation();
            assertThat(information.getAuthor()).isEqualTo(author);
            assertThat(information.getTitle()).isEqualTo(agreement + " — " + subject);
            assertThat(information.getSubject()).isEqualTo(subject);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            XMPMetadata xmp;
            try (InputStream in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in.readAllBytes());
            }
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(author);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(information.getTitle());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyFontIsEmbedded(String language) throws IOException {
        int fonts = 0;
        try (PDDocument document = Pdfs.open(Shipped.pdf(language))) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                    fonts++;
                }
            }
        }
        assertThat(fonts).isPositive();
    }

    /** The cover and the running footer of the shipped report, in its language. */
    @Test
    void theCoverAndTheFooterAreInTheReportsLanguage() {
        List<String> english = Pdfs.wholePages(Shipped.pdf("en"));
        List<String> spanish = Pdfs.wholePages(Shipped.pdf("es"));
        assertThat(english.get(0)).contains("2016 Progress Report").contains("Edmund G. Brown Jr., Governor of California")
                .doesNotContain("page 1 of");
        assertThat(english.get(1)).contains("page 2 of " + english.size());
        assertThat(spanish.get(0)).contains("Informe de Avances 2016").contains("Edmund G. Brown Jr., Gobernador de California")
                .doesNotContain("Progress Report");
        assertThat(spanish.get(1)).contains("página 2 de " + spanish.size());
    }

    private static void assertAllIn(String language, List<String> expected) {
        String text = Pdfs.text(Shipped.pdf(language));
        List<String> missing = expected.stream().map(t -> Pdfs.normal(Normalizer.normalize(t, Normalizer.Form.NFKC)))
                .filter(t -> !t.isEmpty() && !text.contains(t) && !hyphenated(t).matcher(text).find())
                .map(t -> t + "\n   found up to: " + longestPrefix(text, t)).toList();
        assertThat(missing).as("texts missing from the %s publication", language).isEmpty();
    }

    /**
     * The text as it may read with its words hyphenated at the ends of lines: the drawn hyphen stays
     * in the extracted text ("desa-" / "rrollo" reads "desa-rrollo", see {@link Pdfs#pages}).
     */
    private static Pattern hyphenated(String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i))) {
                regex.append("-?");
            }
            regex.append(Pattern.quote(String.valueOf(text.charAt(i))));
        }
        return Pattern.compile(regex.toString());
    }

    private static String longestPrefix(String text, String wanted) {
        int n = wanted.length();
        while (n > 0 && !text.contains(wanted.substring(0, n))) {
            n--;
        }
        int at = text.indexOf(wanted.substring(0, n));
        return wanted.substring(0, n) + " [then the PDF has: " + text.substring(at + n, Math.min(text.length(), at + n + 60)) + "]";
    }

    /** A workspace text in a language: its Spanish when it has one, else its English (as the report shows it then). */
    private static String in(JsonNode text, String language) {
        if (text.isTextual()) {
            return text.asText();
        }
        if (text.hasNonNull(language)) {
            return text.path(language).asText();
        }
        return text.path("en").asText();
    }

    private static String grouped(BigDecimal value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.equals("es") ? Locale.forLanguageTag("es-MX") : Locale.US);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static List<Path> files(String name) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(Shipped.DATA.resolve("groups"))) {
            for (Path group : groups) {
                if (Files.exists(group.resolve(name))) {
                    found.add(group.resolve(name));
                }
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }
}
