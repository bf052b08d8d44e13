package mou.format.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.Block.DeliverableLine;
import mou.core.report.Block.EvidenceLine;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The Markdown of a report says each thing once: a Draft line, levels marked compactly with one
 * note and the reasons at the end of the chapter, evidence as links and file names, figures and
 * events linked to their homes, no column of "No target", undated events in their own group, no
 * caption that repeats its heading. Read back with commonmark-java and GFM tables.
 */
class MarkdownOnceTest {

    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static String render(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportFormat().render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            found.addAll(all(child, type));
        }
        return found;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Text t : all(node, Text.class)) {
            out.append(t.getLiteral());
        }
        return out.toString();
    }

    private static List<List<String>> cells(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : all(table, TableRow.class)) {
            List<String> cells = new ArrayList<>();
            for (TableCell cell : all(row, TableCell.class)) {
                cells.add(text(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static LevelMark mark(ProgressLevel level, String words, boolean inferred, String rationale, boolean carried,
            List<EvidenceLine> evidence) {
        return new LevelMark(level, words, inferred, rationale, null, carried, evidence);
    }

    /** A chapter with two activities (one inferred, one carried over with evidence), its figures and events, and the combined sections. */
    private static ReportDocument document(boolean draft) {
        ProgressTable table = new ProgressTable("Air Quality Overarching Goal 3", "Improve the data.",
                List.of("Overarching Goal 3", "Working Group Activities", "Deliverables", "Progress"), List.of(
                        new ProgressRow("aq-3-1", "Strengthen the monitoring network.", null,
                                List.of(new DeliverableLine("aq-3-1-1", "Workshop", "Training.", "", null, "workshop")),
                                mark(ProgressLevel.SIGNIFICANT, "Significant Progress", true, "CARB analyzed 355 samples.", false, List.of()),
                                "3.1"),
                        new ProgressRow("aq-3-2", "Run a PM2.5 study.", null, List.of(),
                                mark(ProgressLevel.MODERATE, "Moderate Progress", false, "Level carried over from 2016.", true, List.of(
                                        new EvidenceLine("Minutes of March", "https://example.org/a b|c", true),
                                        new EvidenceLine(null, "evidence/minutes-2017-03.pdf", false))),
                                "3.2")),
                "aq-3");
        FigureRow own = new FigureRow("Activity 3.2", "Sites measuring PM2.5", "1 site", "", -1, "2016",
                "aq-2016-sites", "air-quality", "aq-3-2", BigDecimal.ONE, null, "sites", null);
        TimelineEntry dated = new TimelineEntry("June 1, 2016", "2016-06-01", "Meeting", "Air Quality meeting", "Tijuana",
                "Air Quality Working Group", "CARB, SPA", "aq-2016-meeting", "meeting", "air-quality", null);
        TimelineEntry undated = new TimelineEntry("2016", "2016", "Teleconference", "Monthly calls", "",
                "Air Quality Working Group", "", "aq-2016-calls", "teleconference", "air-quality", null);
        Section chapter = new Section("air-quality", "Cooperation on Air Quality", List.of(new Block.Paragraph("In 2016 ...")), List.of(
                Section.of("air-quality.progress", "Progress on Air Quality", List.of(table)),
                Section.of("air-quality.figures", "Air monitoring figures, 2016",
                        List.of(new FigureTable("Air monitoring figures, 2016", List.of("Activity", "Figure", "Value", "Target",
                                "Progress towards target", "As of"), List.of(own)))),
                Section.of("air-quality.events", "Trans-border meetings, 2016",
                        List.of(new Timeline("Trans-border meetings, 2016", List.of(dated, undated))))));
        FigureRow overview = new FigureRow("Air Quality", "Sites measuring PM2.5", "1 site", "", -1, "2016",
                "aq-2016-sites", "air-quality", "aq-3-2", BigDecimal.ONE, null, "sites", "air-quality.figures");
        FigureRow withTarget = new FigureRow("Solid Waste", "Waste removed", "3,800 m³", "6,000 m³", 3800.0 / 6000, "2016",
                "sw-2016-waste", "solid-waste", null, new BigDecimal(3800), new BigDecimal(6000), "m3", null);
        Section figures = Section.of("figures", "Figures", List.of(new FigureTable(null, List.of("Working group", "Figure", "Value",
                "Target", "Progress towards target", "As of"), List.of(overview, withTarget))));
        Section timeline = Section.of("timeline", "Timeline of Events", List.of(new Timeline(null, List.of(
                dated.linkedTo("air-quality.events"),
                new TimelineEntry("July 19, 2016", "2016-07-19", "Delivery", "WUI guide", "", "Wildfires", "Cal OES, CONAFOR",
                        "wf-2016-guide", "delivery", "wildfires", null),
                undated.linkedTo("air-quality.events")))));
        return new ReportDocument("A report", "2016 Progress Report", "en", 2016, List.of(chapter, figures, timeline), draft);
    }

    @Test
    void aDraftSaysSoAtTheTopAndAPublishedReportDoesNot() throws IOException {
        String draft = render(document(true));
        assertThat(draft).startsWith("# A report\n\n**2016 Progress Report**\n\n> **Draft** — This report is not published yet;");
        assertThat(render(document(false))).doesNotContain("Draft");
        ReportDocument spanish = new ReportDocument("Un informe", null, "es", 2016, List.of(), true);
        assertThat(render(spanish)).contains("> **Borrador** — Este informe aún no se ha publicado");
    }

    @Test
    void levelsAreMarkedCompactlyAndExplainedOnceAtTheEndOfTheChapter() throws IOException {
        String markdown = render(document(true));
        Node doc = GFM.parse(markdown);
        TableBlock progress = all(doc, TableBlock.class).get(0);
        List<List<String>> rows = cells(progress);
        assertThat(rows.get(1).get(2)).isEqualTo("🟢 Significant Progress†");
        assertThat(rows.get(2).get(2)).isEqualTo("🟡 Moderate Progress‡");
        assertThat(rows.get(1).get(0)).isEqualTo("3.1 Strengthen the monitoring network.");
        // no reason on the rows: each once, in the chapter's list
        assertThat(markdown.split("CARB analyzed 355 samples", -1)).hasSize(2);
        int why = markdown.indexOf("### <a id=\"air-quality.why\"></a>Why each level");
        assertThat(why).isGreaterThan(markdown.indexOf("Trans-border meetings, 2016")).isLessThan(markdown.indexOf("## <a id=\"figures\">"));
        String list = markdown.substring(why, markdown.indexOf("## <a id=\"figures\">"));
        assertThat(list).contains("† Inferred from the narrative of the published report, not stated by the working group.")
                .contains("‡ Carried over from the year before and not yet re-rated this year")
                .contains("- <a id=\"why-aq-3-1\"></a>[Activity 3.1](#activity-aq-3-1): 🟢 Significant Progress† — CARB analyzed 355 samples.");
        // the marks link to the reasons, the reasons to the rows
        List<String> destinations = all(doc, Link.class).stream().map(Link::getDestination).toList();
        assertThat(destinations).contains("#why-aq-3-1", "#why-aq-3-2", "#activity-aq-3-1", "#activity-aq-3-2");
        assertThat(markdown).contains("<a id=\"activity-aq-3-1\"></a>").contains("<a id=\"why-aq-3-1\"></a>");
    }

    @Test
    void evidenceIsLinkedAndFilesAreNamed() throws IOException {
        String markdown = render(document(true));
        assertThat(markdown).contains("— Evidence: [Minutes of March](<https://example.org/a%20b%7Cc>), minutes-2017-03.pdf\n");
        Node doc = GFM.parse(markdown);
        assertThat(all(doc, Link.class)).extracting(Link::getDestination).contains("https://example.org/a%20b%7Cc");
    }

    @Test
    void figuresNameTheirActivityByReferenceAndTheOverviewLinksToTheHome() throws IOException {
        Node doc = GFM.parse(render(document(true)));
        List<TableBlock> tables = all(doc, TableBlock.class);
        List<List<String>> own = cells(tables.get(1));
        assertThat(own.get(0)).as("no figure has a target: no Target or Progress column").containsExactly("Activity", "Figure", "Value", "As of");
        assertThat(own.get(1)).containsExactly("Activity 3.2", "Sites measuring PM2.5", "1 site", "2016");
        List<List<String>> combined = cells(tables.get(3));
        assertThat(combined.get(0)).containsExactly("Working group", "Figure", "Value", "Target", "Progress towards target", "As of");
        assertThat(combined.get(1)).as("no target: empty cells, no \"No target\"").containsExactly("Air Quality", "Sites measuring PM2.5",
                "1 site", "", "", "2016");
        assertThat(combined.get(2).get(4)).isEqualTo("██████░░░░ 63%");
        List<String> destinations = all(doc, Link.class).stream().map(Link::getDestination).toList();
        assertThat(destinations).contains("#activity-aq-3-2", "#air-quality.figures", "#air-quality", "#air-quality.events");
    }

    @Test
    void eventsKnownOnlyByTheirYearAreTheirOwnGroupAndOverviewsLink() throws IOException {
        String markdown = render(document(true));
        Node doc = GFM.parse(markdown);
        List<TableBlock> tables = all(doc, TableBlock.class);
        List<List<String>> own = cells(tables.get(2));
        assertThat(own.get(0)).as("one group: no group column").containsExactly("Date", "Event", "Kind", "Place");
        assertThat(own).extracting(r -> r.get(0)).containsExactly("Date", "June 1, 2016", "Date not given in 2016", "2016");
        List<List<String>> combined = cells(tables.get(4));
        assertThat(combined.get(0)).containsExactly("Date", "Event", "Kind", "Place", "Working group");
        assertThat(combined).extracting(r -> r.get(0)).containsExactly("Date", "June 1, 2016", "July 19, 2016",
                "Date not given in 2016", "2016");
        assertThat(combined.get(1).get(1)).as("the overview: the title, linked, without details").isEqualTo("Air Quality meeting");
        assertThat(combined.get(2).get(1)).isEqualTo("WUI guide\nCal OES, CONAFOR".replace("\n", ""));
        assertThat(markdown).contains("**[Air Quality meeting](#air-quality.events)**");
    }

    @Test
    void aCaptionThatRepeatsItsHeadingIsLeftOut() throws IOException {
        String markdown = render(document(true));
        assertThat(markdown).doesNotContain("**Air monitoring figures, 2016**").doesNotContain("**Trans-border meetings, 2016**");
        assertThat(markdown).contains("**Air Quality Overarching Goal 3** — Improve the data.");
    }
}
