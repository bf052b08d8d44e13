package mou.format.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mou.core.model.ProgressLevel;
import mou.core.report.Block.Paragraph;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.testfixtures.SampleReport;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Reads the output back with commonmark-java and the GFM extensions, as a renderer would. */
class MarkdownReportFormatTest {

    private static final Parser GFM = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            .build();

    private static String render(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportFormat().render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Node parse(ReportDocument document) throws IOException {
        return GFM.parse(render(document));
    }

    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            nodes.add(child);
            nodes.addAll(all(child));
        }
        return nodes;
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        return all(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The words a reader sees in a node (raw HTML of this format's own, such as anchors, left out). */
    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : all(node)) {
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof Code c) {
                text.append(c.getLiteral());
            } else if (n instanceof HtmlInline h && h.getLiteral().startsWith("<br")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static List<List<String>> cells(TableBlock table) {
        return all(table, TableRow.class).stream()
                .map(row -> all(row, TableCell.class).stream().map(MarkdownReportFormatTest::textOf).toList())
                .toList();
    }

    /** This format's own raw HTML: anchors before heading words, and line breaks in table cells. */
    private static void assertOnlyOwnHtml(Node document) {
        assertThat(all(document, HtmlBlock.class)).isEmpty();
        assertThat(all(document, HtmlInline.class)).extracting(HtmlInline::getLiteral)
                .allSatisfy(html -> assertThat(html).matches("<a id=\"[A-Za-z0-9.-]+\">|</a>|<br>"));
        assertThat(all(document, Image.class)).isEmpty();
    }

    @Test
    void identifiesItselfAsMarkdown() {
        MarkdownReportFormat format = new MarkdownReportFormat();
        assertThat(format.id()).isEqualTo("md");
        assertThat(format.fileExtension()).isEqualTo("md");
        assertThat(format.mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void theSampleHoldsEveryBlockKindAndEachIsRendered() throws IOException {
        ReportDocument sample = SampleReport.document();
        assertThat(SampleReport.blockKinds(sample)).containsExactlyInAnyOrderElementsOf(SampleReport.permittedBlockKinds());
        String markdown = render(sample);
        assertThat(markdown).doesNotContain("unknown block");
        Node doc = GFM.parse(markdown);
        assertOnlyOwnHtml(doc);
        // Plain table, progress table, chart, figures, timeline.
        assertThat(all(doc, TableBlock.class)).hasSize(5);
        assertThat(all(doc, BlockQuote.class)).hasSize(3);
    }

    @Test
    void headingsFollowTheSectionTreeWithAnchorsForTheContents() throws IOException {
        String markdown = render(SampleReport.document());
        Node doc = GFM.parse(markdown);
        List<Heading> headings = all(doc, Heading.class);
        assertThat(headings.get(0).getLevel()).isEqualTo(1);
        assertThat(textOf(headings.get(0))).startsWith("California-Mexico Memorandum");
        assertThat(headings.stream().filter(h -> h.getLevel() == 1)).hasSize(1);
        int previous = 1;
        for (Heading heading : headings) {
            assertThat(heading.getLevel()).as(textOf(heading)).isLessThanOrEqualTo(previous + 1);
            previous = heading.getLevel();
        }
        assertThat(headings).extracting(h -> h.getLevel() + " " + textOf(h)).contains(
                "2 Contents", "2 Introduction", "2 Cooperation on Air Quality", "3 Progress on Air Quality",
                "4 Monitoring detail", "5 Station notes");
        assertThat(markdown).contains("## <a id=\"air-quality\"></a>Cooperation on Air Quality\n");
        List<String> targets = all(doc, Link.class).stream().map(Link::getDestination).filter(d -> d.startsWith("#")).toList();
        assertThat(targets).contains("#introduction", "#air-quality", "#air-quality.progress");
        for (String target : targets) {
            assertThat(markdown).contains("<a id=\"" + target.substring(1) + "\"></a>");
        }
    }

    @Test
    void progressTableHasOneRowPerActivityWithLevelInWordsAndSymbol() throws IOException {
        Node doc = parse(SampleReport.document());
        TableBlock table = all(doc, TableBlock.class).stream()
                .filter(t -> cells(t).get(0).get(0).equals("Working Group Activities")).findFirst().orElseThrow();
        List<List<String>> rows = cells(table);
        assertThat(rows.get(0)).containsExactly("Working Group Activities", "Deliverables", "Progress");
        assertThat(rows).hasSize(1 + SampleReport.progressTable().rows().size());
        assertThat(rows.get(1).get(0)).startsWith("Improve auditing");
        assertThat(rows.get(1).get(1)).isEqualTo("• Training course: Audit training for SPA staff — 2 sessions, 12 participants\n"
                + "• Equipment donation: Calibration equipment certified (Note: Certified in 2016)");
        assertThat(rows.get(1).get(2)).isEqualTo("🟢 Significant Progress\nChange since 2015: Initial Progress → Significant Progress");
        assertThat(rows.get(2).get(0)).isEqualTo("Analyse PM10 samples from the SPA network.\nNote: Continues from 2015.");
        // An inferred level is marked by a compact symbol; its reason is listed once, at the end of the chapter.
        assertThat(rows.get(2).get(2)).isEqualTo("🟡 Moderate Progress†");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2).lines().findFirst().orElseThrow().replace("†", "")).containsExactly(
                "🟢 Significant Progress", "🟡 Moderate Progress", "🔵 Deliverable Achieved", "⚪ Not rated", "🔴 No Progress",
                "🟠 Initial Progress");
        // The goal is written once, beside the caption.
        String markdown = render(SampleReport.document());
        assertThat(markdown).contains("**Air Quality Overarching Goal 3** — Improve the comparability of data collected in Mexico and California.");
        assertThat(markdown.split("Improve the comparability of data", -1)).hasSize(3); // once here, once in the goals list
    }

    @Test
    void theLevelIsCarriedByWordsNotOnlyBySymbols() throws IOException {
        String markdown = render(SampleReport.document());
        for (ProgressLevel level : ProgressLevel.values()) {
            String symbol = MarkdownRenderer.symbol(level);
            String words = SampleReport.LEVEL_WORDS.get(level.rank());
            // Wherever the symbol stands, the level's words follow it.
            int at = markdown.indexOf(symbol);
            assertThat(at).as(level.id()).isNotNegative();
            while (at >= 0) {
                assertThat(markdown.substring(at + symbol.length())).as(level.id()).startsWith(" " + words);
                at = markdown.indexOf(symbol, at + 1);
            }
        }
        Node doc = parse(SampleReport.document());
        assertThat(all(doc, ListBlock.class).stream().map(MarkdownReportFormatTest::textOf)
                .filter(t -> t.contains("Deliverable Achieved"))).isNotEmpty();
    }

    @Test
    void chartsAreTablesOfCounts() throws IOException {
        Node doc = parse(SampleReport.document());
        TableBlock chart = all(doc, TableBlock.class).stream()
                .filter(t -> cells(t).get(0).get(0).equals("Category")).findFirst().orElseThrow();
        List<List<String>> rows = cells(chart);
        assertThat(rows.get(0)).containsExactly("Category", "🔴 No Progress", "🟠 Initial Progress", "🟡 Moderate Progress",
                "🟢 Significant Progress", "🔵 Deliverable Achieved", "Total");
        assertThat(rows.get(2)).containsExactly("Air Quality", "1", "0", "3", "2", "1", "7");
        assertThat(rows).hasSize(4);
    }

    @Test
    void figuresHaveATextProgressBar() throws IOException {
        Node doc = parse(SampleReport.document());
        TableBlock figures = all(doc, TableBlock.class).stream()
                .filter(t -> cells(t).get(0).get(0).equals("Working group")).findFirst().orElseThrow();
        List<List<String>> rows = cells(figures);
        assertThat(rows.get(1).get(4)).isEqualTo("██████░░░░ 63%");
        assertThat(rows.get(2).get(4)).as("no target: an empty cell, not \"No target\"").isEmpty();
        assertThat(MarkdownRenderer.bar(0)).isEqualTo("░░░░░░░░░░");
        assertThat(MarkdownRenderer.bar(0.52)).isEqualTo("█████░░░░░");
        assertThat(MarkdownRenderer.bar(1.4)).isEqualTo("██████████");
    }

    @Test
    void timelineIsATableInTheGivenOrder() throws IOException {
        Node doc = parse(SampleReport.document());
        TableBlock timeline = all(doc, TableBlock.class).stream()
                .filter(t -> cells(t).get(0).get(0).equals("Date")).findFirst().orElseThrow();
        List<List<String>> rows = cells(timeline);
        // every event is of one group: no column repeats its name on every row
        assertThat(rows.get(0)).containsExactly("Date", "Event", "Kind", "Place");
        assertThat(rows.get(1)).containsExactly("April 25–29, 2016",
                "S-130/S-190 Wildfire Suppression Training Course\nCAL FIRE, CONAFOR · 71 participants", "Training",
                "Tecate, Baja California");
        assertThat(rows.get(2).get(0)).isEqualTo("July 19, 2016");
    }

    @Test
    void noticesAreQuotesWithTheirSeverity() throws IOException {
        Node doc = parse(SampleReport.document());
        assertThat(all(doc, BlockQuote.class)).extracting(MarkdownReportFormatTest::textOf)
                .containsExactly("Warning: The figures of the Clean Vehicles group are provisional.",
                        "Error: The section \"timeline\" of Wildfires (wildfires) could not be written: boom",
                        "Note: Levels marked as inferred were read from the narrative.");
    }

    @Test
    void factsAndListsKeepTheirWords() throws IOException {
        Node doc = parse(SampleReport.document());
        List<String> lists = all(doc, ListBlock.class).stream().map(MarkdownReportFormatTest::textOf).toList();
        assertThat(lists).anySatisfy(l -> assertThat(l).contains("Signed: July 28, 2014").contains("Rodolfo Lacy, Undersecretary, SEMARNAT"));
        // "1. Coordinate ..." stays the words of one bullet, not a nested numbered list.
        assertThat(lists).anySatisfy(l -> assertThat(l).startsWith("1. Coordinate air quality planning"));
    }

    @Test
    void listsInARowStaySeparateLists() throws IOException {
        ReportDocument document = new ReportDocument("T", null, "en", 2016, List.of(Section.of("s", "S", List.of(
                new mou.core.report.Block.Facts(List.of(new mou.core.report.Block.Fact("Term", List.of("4 years")))),
                new mou.core.report.Block.BulletList(List.of("a", "b")),
                new mou.core.report.Block.BulletList(List.of("c")),
                new mou.core.report.Block.LevelLegend("", SampleReport.legend())))));
        Node doc = parse(document);
        List<ListBlock> lists = all(doc, ListBlock.class).stream().filter(l -> l.getParent() == doc).toList();
        assertThat(lists).extracting(MarkdownReportFormatTest::textOf).containsExactly("S", // the contents
                "Term: 4 years", "ab", "c", "🔴 No Progress🟠 Initial Progress🟡 Moderate Progress🟢 Significant Progress🔵 Deliverable Achieved");
    }

    @Test
    void addressesBecomeAutolinks() throws IOException {
        String markdown = render(SampleReport.document());
        assertThat(markdown).contains("<https://www.gov.ca.gov/docs/7.28_Climate_MOU_Eng.pdf>.");
        Node doc = GFM.parse(markdown);
        assertThat(all(doc, Link.class)).extracting(Link::getDestination)
                .contains("https://www.gov.ca.gov/docs/7.28_Climate_MOU_Eng.pdf");
    }

    @Test
    void markupInAnyTextRendersInert() throws IOException {
        String evil = SampleReport.HOSTILE;
        String markdown = render(SampleReport.hostile(evil));
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img").doesNotContain("**bold**");
        Node doc = GFM.parse(markdown);
        assertOnlyOwnHtml(doc);
        assertThat(all(doc, Emphasis.class).stream().map(MarkdownReportFormatTest::textOf)).noneMatch(t -> t.contains("bold"));
        assertThat(all(doc, StrongEmphasis.class).stream().map(MarkdownReportFormatTest::textOf)).noneMatch(t -> t.equals("bold"));
        assertThat(all(doc, Strikethrough.class)).isEmpty();
        assertThat(all(doc, Link.class)).extracting(Link::getDestination).allSatisfy(d -> assertThat(d).startsWith("#"));
        // Every table keeps its shape: the pipe in the text did not add a column.
        for (TableBlock table : all(doc, TableBlock.class)) {
            List<List<String>> rows = cells(table);
            assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(rows.get(0)));
        }
        // The words themselves all survive, as text.
        assertThat(textOf(all(doc, Heading.class).get(0))).isEqualTo(evil);
        assertThat(all(doc, org.commonmark.node.Paragraph.class).stream().map(MarkdownReportFormatTest::textOf)).contains(evil);
        TableBlock plain = all(doc, TableBlock.class).get(0);
        assertThat(cells(plain).get(1)).containsExactly(evil, evil);
    }

    @Test
    void linesThatWouldStartABlockStayParagraphs() throws IOException {
        List<String> texts = List.of("# not a heading", "- not a list", "+ not a list", "1. not a list", "2016) not a list",
                "> not a quote", "=== not an underline", "    not code", "```not a fence", "| not | a | table |",
                "$x$ and $y$ are not maths", "~~not struck~~", "<div>not html</div>", "&amp; stays as written", "back\\slash\\");
        List<mou.core.report.Block> blocks = texts.stream().map(t -> (mou.core.report.Block) new Paragraph(t)).toList();
        Node doc = parse(new ReportDocument("T", null, "en", 2016, List.of(Section.of("s", "S", blocks))));
        List<String> paragraphs = all(doc, org.commonmark.node.Paragraph.class).stream()
                .map(MarkdownReportFormatTest::textOf).collect(Collectors.toList());
        assertThat(paragraphs).containsSubsequence(texts.stream().map(String::strip).toList());
        assertThat(all(doc, Heading.class)).hasSize(3); // title, contents, S
        assertThat(all(doc, BlockQuote.class)).isEmpty();
        assertThat(all(doc, TableBlock.class)).isEmpty();
        assertThat(all(doc, Strikethrough.class)).isEmpty();
        assertOnlyOwnHtml(doc);
    }

    @Test
    void lineBreaksInsideTextDoNotBreakTablesOrBlocks() throws IOException {
        ReportDocument document = new ReportDocument("T", null, "en", 2016, List.of(Section.of("s", "S", List.of(
                new Paragraph("one\n# two\n\n- three"),
                new mou.core.report.Block.Table("C", List.of("A", "B"), List.of(List.of("x\ny", "p|q")))))));
        Node doc = parse(document);
        assertThat(all(doc, org.commonmark.node.Paragraph.class).stream().map(MarkdownReportFormatTest::textOf))
                .contains("one # two - three");
        TableBlock table = all(doc, TableBlock.class).get(0);
        assertThat(cells(table)).containsExactly(List.of("A", "B"), List.of("x y", "p|q"));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertThat(render(SampleReport.document())).isEqualTo(render(SampleReport.document()));
        assertThat(render(SampleReport.document())).endsWith(".\n").doesNotEndWith("\n\n");
    }

    @Test
    void spanishReportUsesSpanishWords() throws IOException {
        String markdown = render(SampleReport.document("es"));
        assertThat(markdown).contains("## Contenido\n").contains("> **Advertencia:**").contains("† Inferido de la narrativa")
                .contains("Cambio desde 2015");
    }

    @Test
    void anEmptyReportIsJustItsTitle() throws IOException {
        assertThat(render(new ReportDocument("", null, null, 2017, List.of()))).isEqualTo("# 2017\n");
    }
}
