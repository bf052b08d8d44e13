package mou.format.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.testfixtures.Slow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the pages of the shipped 2016 report break, in English and Spanish, on Letter and A4, read
 * from the tagged structure and the positions of its text (PDFBox): no heading is the last thing on
 * its page, no table row is split across pages, an activity's "Why" row is on the page its row ends
 * on, a caption on the page its table begins on, a paragraph split across pages keeps at least two
 * lines on each; and the hyphenation: lines end in a hyphen only where the word may be hyphenated,
 * and no soft hyphen is ever in the text a reader copies.
 */
@Slow
class PageBreaksTest {

    /** Lines whose baselines are closer than this (in tenths of a point) are one line (an icon or a smaller span shifts a baseline a little). */
    private static final int SAME_LINE = 30;
    private static final Map<String, List<Tagged.Node>> TAGGED = new ConcurrentHashMap<>();

    /** The tagged structure of the shipped report, read once per language and paper. */
    private static List<Tagged.Node> tagged(String language, Paper paper) {
        return TAGGED.computeIfAbsent(language + " " + paper, key -> Tagged.elements(Shipped.pdf(language, paper)));
    }

    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void noHeadingEndsAPage(String language, Paper paper) {
        List<Tagged.Node> nodes = tagged(language, paper);
        List<String> ending = new ArrayList<>();
        int headings = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Tagged.Node heading = nodes.get(i);
            if (!heading.type().matches("H[1-6]") || heading.pages().isEmpty()) {
                continue;
            }
            headings++;
            int page = heading.pages().last();
            Tagged.Node next = nextWithText(nodes, i);
            if (next != null && next.pages().first() != page) {
                ending.add(heading.text() + " (page " + page + ", then " + next.type() + " " + abbreviated(next.text()) + " on page " + next.pages().first() + ")");
            }
        }
        assertThat(headings).as("headings").isGreaterThan(50);
        assertThat(ending).as("headings that end their page").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void noTableRowIsSplitAcrossPages(String language, Paper paper) {
        List<String> split = new ArrayList<>();
        int rows = 0;
        int tablesOverPages = 0;
        byte[] pdf = Shipped.pdf(language, paper);
        List<Tagged.Node> nodes = tagged(language, paper);
        // what a page holds below its table's repeated header row (about 15 mm)
        float room = Pdfs.bodyHeight(pdf) - 15 * 72 / 25.4f;
        for (Tagged.Node node : nodes) {
            // a header row is repeated on each page a table runs over: it is not split
            if (node.type().equals("TR") && !node.above().contains("THead") && !node.pages().isEmpty()) {
                rows++;
                // a row taller than a page cannot be kept on one
                if (node.pages().size() > 1 && height(node) < room) {
                    split.add(abbreviated(node.text()) + " on pages " + node.pages() + ", " + Math.round(height(node)) + " pt tall");
                }
            }
            if (node.type().equals("Table") && node.pages().size() > 1) {
                tablesOverPages++;
            }
        }
        assertThat(rows).as("table rows").isGreaterThan(150);
        // the test means something: tables do run over pages, their rows do not
        assertThat(tablesOverPages).as("tables over more than one page").isPositive();
        assertThat(split).as("table rows split across pages").isEmpty();
    }

    /**
     * The row that says why an activity has its level ("Why: ...") is on the page where the
     * activity's row ends: a page break never comes between them (unless the two are taller than a
     * page together).
     */
    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void anActivityAndWhyItHasItsLevelAreOnOnePage(String language, Paper paper) {
        String why = language.equals("es") ? "Por qué:" : "Why:";
        float room = Pdfs.bodyHeight(Shipped.pdf(language, paper)) - 15 * 72 / 25.4f;
        List<String> apart = new ArrayList<>();
        int whyRows = 0;
        Tagged.Node activity = null;
        for (Tagged.Node node : tagged(language, paper)) {
            if (!node.type().equals("TR") || node.above().contains("THead") || node.pages().isEmpty()) {
                continue;
            }
            if (node.text().startsWith(why) && activity != null) {
                whyRows++;
                if (activity.pages().last() != node.pages().first() && height(activity) + height(node) < room) {
                    apart.add(abbreviated(activity.text()) + " (ends on page " + activity.pages().last() + ") and its "
                            + abbreviated(node.text()) + " (from page " + node.pages().first() + ")");
                }
            }
            activity = node;
        }
        assertThat(whyRows).as("rows saying why an activity has its level").isGreaterThan(30);
        assertThat(apart).as("activities and their Why rows on different pages").isEmpty();
    }

    /** A table's caption is on one page, the page where its table begins: never left alone at the foot of the page before. */
    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void aCaptionIsOnThePageItsTableBeginsOn(String language, Paper paper) {
        List<Tagged.Node> nodes = tagged(language, paper);
        List<String> alone = new ArrayList<>();
        int captions = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Tagged.Node caption = nodes.get(i);
            if (!caption.type().equals("Caption") || caption.pages().isEmpty()) {
                continue;
            }
            captions++;
            // the table follows its caption (openhtmltopdf tags both in a block of their own)
            int next = i + 1;
            while (next < nodes.size() && nodes.get(next).depth() > caption.depth()) {
                next++;
            }
            assertThat(next).as("a table after the caption %s", caption.text()).isLessThan(nodes.size());
            Tagged.Node table = nodes.get(next);
            assertThat(table.type()).as("what follows the caption %s", caption.text()).isEqualTo("Table");
            if (caption.pages().size() > 1 || caption.pages().last() != table.pages().first()) {
                alone.add(abbreviated(caption.text()) + " on pages " + caption.pages() + ", its table from page " + table.pages().first());
            }
        }
        assertThat(captions).as("table captions").isGreaterThan(20);
        assertThat(alone).as("captions apart from their tables").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void aParagraphSplitAcrossPagesKeepsTwoLinesOnEach(String language, Paper paper) {
        List<String> short_ = new ArrayList<>();
        int paragraphs = 0;
        for (Tagged.Node node : tagged(language, paper)) {
            if (!node.type().equals("P") || node.pages().isEmpty()) {
                continue;
            }
            paragraphs++;
            if (node.pages().size() > 1) {
                for (int page : node.pages()) {
                    int lines = lines(node.lines(page));
                    if (lines < 2) {
                        short_.add(abbreviated(node.text()) + ": " + lines + " line on page " + page + " of " + node.pages());
                    }
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
        assertThat(short_).as("paragraphs with a single line on a page").isEmpty();
    }

    /**
     * Every line that ends in a hyphen inside a word ends where the word may be hyphenated (or the
     * word has that hyphen of its own), the text has no soft hyphen, and Spanish words do get
     * hyphenated.
     */
    @ParameterizedTest
    @CsvSource({"en, LETTER", "en, A4", "es, LETTER", "es, A4"})
    void linesEndInAHyphenOnlyWhereTheWordMayBeHyphenated(String language, Paper paper) throws IOException {
        byte[] pdf = Shipped.pdf(language, paper);
        String text;
        try (PDDocument document = Pdfs.open(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).doesNotContain("\u00ad");
        String source = new PublicationPage(Shipped.document(language), paper, List.of(), LocalDate.now()).build()
                .getDocumentElement().getTextContent();
        assertThat(source).as("the page holds soft hyphens").contains("\u00ad");
        String written = source.replace("\u00ad", "");
        Hyphenation hyphenation = Hyphenation.forLanguage(language);
        // a word over two lines or more: "in-" / "for-" / "mación"
        Matcher m = Pattern.compile("\\p{L}+(?:-\\R\\p{Ll}+)+").matcher(text);
        int hyphenated = 0;
        List<String> wrong = new ArrayList<>();
        while (m.find()) {
            String[] parts = m.group().split("-\\R");
            // the word between hyphens of the text's own, and where its lines broke
            StringBuilder word = new StringBuilder(parts[0]);
            List<Integer> breaks = new ArrayList<>();
            for (int i = 1; i <= parts.length; i++) {
                boolean own = i < parts.length && written.contains(parts[i - 1] + "-" + parts[i]);
                if (i == parts.length || own) {
                    boolean[] points = hyphenation.points(word.toString());
                    for (int at : breaks) {
                        hyphenated++;
                        if (!points[at] || !written.contains(word)) {
                            wrong.add(word.substring(0, at) + "-" + word.substring(at));
                        }
                    }
                    word.setLength(0);
                    breaks.clear();
                } else {
                    breaks.add(word.length());
                }
                if (i < parts.length) {
                    word.append(parts[i]);
                }
            }
        }
        assertThat(wrong).as("lines ending in a hyphen where the word may not be hyphenated").isEmpty();
        assertThat(hyphenated).as("words hyphenated at a line's end").isGreaterThan(language.equals("es") ? 10 : 0);
    }

    /** The height of an element's text, in points, over all its pages (from its first line's baseline to its last's, plus a line). */
    private static float height(Tagged.Node node) {
        float height = 0;
        for (int page : node.pages()) {
            TreeSet<Integer> lines = node.lines(page);
            if (!lines.isEmpty()) {
                height += (lines.last() - lines.first()) / 10f + 12;
            }
        }
        return height;
    }

    private static Tagged.Node nextWithText(List<Tagged.Node> nodes, int after) {
        int depth = nodes.get(after).depth();
        int i = after + 1;
        while (i < nodes.size() && nodes.get(i).depth() > depth) {
            i++; // the heading's own children
        }
        for (; i < nodes.size(); i++) {
            Tagged.Node node = nodes.get(i);
            if (node.pieces().stream().anyMatch(piece -> !piece.text().isBlank())) {
                return node;
            }
        }
        return null;
    }

    private static int lines(TreeSet<Integer> baselines) {
        int lines = 0;
        int last = Integer.MIN_VALUE;
        for (int y : baselines) {
            if (lines == 0 || y - last > SAME_LINE) {
                lines++;
            }
            last = y;
        }
        return lines;
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
