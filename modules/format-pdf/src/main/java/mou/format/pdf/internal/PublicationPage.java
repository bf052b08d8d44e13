package mou.format.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.Block.BulletList;
import mou.core.report.Block.ChartRow;
import mou.core.report.Block.DeliverableLine;
import mou.core.report.Block.EvidenceLine;
import mou.core.report.Block.Fact;
import mou.core.report.Block.Facts;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.LevelChart;
import mou.core.report.Block.LevelLegend;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.Notice;
import mou.core.report.Block.Paragraph;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.Labels;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.report.TextMarks;
import mou.format.support.Colours;
import mou.format.support.DocumentText;
import mou.format.support.WebAddresses;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The report as the XHTML document that openhtmltopdf lays out into the publication: a cover, the
 * contents with page numbers, the outline (bookmarks), a running header with the chapter and a
 * footer "page n of N", then every section. Built as a DOM, element by element: every text of the
 * report goes in as a text node, so nothing a workspace file says can become markup. One instance
 * per rendering.
 */
final class PublicationPage {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String STYLESHEET = "publication.css";
    /** How deep the contents go: the chapters and their sections. The outline has every section. */
    private static final int TOC_DEPTH = 2;
    /** A table cell's text this long or longer is running text and hyphenated; a shorter one is a label. */
    static final int CELL_TEXT = 60;
    /** A table of this many columns or more is set in smaller type (publication.css, table.wide). */
    static final int WIDE = 6;

    private final ReportDocument document;
    private final Paper paper;
    private final List<CoverImage> coverImages;
    private final LocalDate date;
    private final Labels labels;
    private final Labels own;
    private final Locale locale;
    private final Document dom;
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final Map<String, String> anchorsById = new HashMap<>();
    private final Map<String, String> activityAnchors = new HashMap<>();
    private final Set<String> anchored = new HashSet<>();
    private final NumberFormat percent;
    /** The hyphenation of the report's language, or null (a language without patterns). */
    private final Hyphenation hyphenation;
    private int ids;
    /** The heading of the section being written: a caption that repeats it is left out. */
    private String headingTitle;

    PublicationPage(ReportDocument document, Paper paper, List<CoverImage> coverImages, LocalDate date) {
        this.document = document;
        this.paper = paper;
        this.coverImages = List.copyOf(coverImages);
        this.date = date;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.pdf.internal.labels", PublicationPage.class.getClassLoader(), document.language());
        this.locale = Locale.forLanguageTag(blank(document.language()) ? "en" : document.language().strip());
        this.percent = NumberFormat.getPercentInstance(locale);
        this.hyphenation = Hyphenation.forLanguage(languageTag());
        percent.setMaximumFractionDigits(0);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.dom = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JRE offers no XML document builder", e);
        }
    }

    /** The document's title as the PDF's metadata and the cover give it. */
    String title() {
        return firstNonBlank(document.title(), document.subtitle(), String.valueOf(document.year()));
    }

    /**
     * Who publishes the report, as the PDF's metadata gives it (Author, XMP {@code dc:creator}): the document's
     * {@link ReportDocument#publisher() publisher}, the program office of the agreement the report is on, e.g. "Program
     * Office, California-Mexico MOU", in the report's language; "Program Office" in the report's language when the document
     * names none. Never the report's title, which the program office words as it likes.
     */
    String author() {
        String publisher = document.publisher() == null ? "" : TextMarks.plain(DocumentText.clean(document.publisher())).strip();
        return publisher.isEmpty() ? own.get("document.publisher") : publisher;
    }

    /** The language tag of the document, e.g. {@code es}; {@code en} when the document names none. */
    String languageTag() {
        String tag = locale.toLanguageTag();
        return "und".equals(tag) ? "en" : tag;
    }

    Document build() {
        assignIds(document.sections());
        Element html = el(dom, "html", "lang", languageTag());
        Element head = el(html, "head");
        String reportName = reportName();
        el(head, "title").setTextContent(blank(reportName) ? title() : title() + " — " + reportName);
        meta(head, "author", author());
        meta(head, "subject", reportName);
        meta(head, "description", reportName);
        el(head, "style").setTextContent(stylesheet() + pageRules());
        bookmarks(el(head, "bookmarks"), document.sections());
        Element body = el(html, "body");
        cover(body, reportName);
        if (!document.sections().isEmpty()) {
            contents(body);
        }
        for (Section section : document.sections()) {
            section(body, section, 1);
        }
        fillEmptyCells(body);
        return dom;
    }

    // ---------------------------------------------------------------- cover, contents, outline

    /** "2016 Progress Report" in the format's own words for a year's report; the document's own subtitle otherwise. */
    private String reportName() {
        String annual = labels.format("report.subtitle", String.valueOf(document.year()));
        if (blank(document.subtitle()) || TextMarks.plain(document.subtitle()).strip().equals(annual.strip())) {
            return own.format("cover.report", String.valueOf(document.year()));
        }
        return blank(document.title()) ? "" : TextMarks.plain(DocumentText.clean(document.subtitle()));
    }

    private void cover(Element body, String reportName) {
        Element cover = el(body, "div", "class", "cover");
        if (!coverImages.isEmpty()) {
            Element logos = el(cover, "div", "class", "logos");
            for (CoverImage image : coverImages) {
                el(logos, "img", "src", image.dataUri(), "alt", image.description());
            }
        }
        if (document.draft()) {
            Element draft = el(cover, "p", "class", "draft");
            text(draft, labels.get("report.draft") + " — " + labels.get("report.draft.note"));
        }
        text(el(cover, "h1"), title());
        if (!blank(reportName)) {
            text(el(cover, "p", "class", "report-name"), reportName);
        }
        List<String> parties = parties();
        if (!parties.isEmpty()) {
            text(el(cover, "p", "class", "parties-title"), own.get("cover.parties"));
            Element list = el(cover, "ul", "class", "parties");
            for (String party : parties) {
                text(el(list, "li"), party);
            }
        }
        text(el(cover, "p", "class", "date"), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date));
    }

    /** The signatories as the agreement's facts name them, each with their role. */
    private List<String> parties() {
        String term = labels.get("fact.signatories");
        List<String> parties = new ArrayList<>();
        for (Section section : document.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Facts facts) {
                    for (Fact fact : facts.facts()) {
                        if (fact.term() != null && fact.term().strip().equalsIgnoreCase(term.strip())) {
                            fact.values().forEach(value -> parties.add(value == null ? "" : value));
                        }
                    }
                }
            }
            if (!parties.isEmpty()) {
                break;
            }
        }
        return parties;
    }

    private void contents(Element body) {
        Element toc = el(body, "div", "class", "toc");
        text(el(toc, "h2", "id", "_contents"), labels.get("report.contents"));
        contentsList(toc, document.sections(), 1);
    }

    private void contentsList(Element parent, List<Section> sections, int depth) {
        Element list = el(parent, "ol");
        for (Section section : sections) {
            Element item = el(list, "li", "class", depth == 1 ? "chapter-entry" : "section-entry");
            Element link = el(item, "a", "href", "#" + sectionIds.get(section), "title", plainTitle(section));
            text(link, sectionTitle(section));
            if (depth < TOC_DEPTH && !section.subsections().isEmpty()) {
                contentsList(item, section.subsections(), depth + 1);
            }
        }
    }

    /** The PDF outline: every chapter and section, nested as the report is. */
    private void bookmarks(Element parent, List<Section> sections) {
        for (Section section : sections) {
            Element mark = el(parent, "bookmark", "name", plainTitle(section), "href", "#" + sectionIds.get(section));
            bookmarks(mark, section.subsections());
        }
    }

    private void assignIds(List<Section> sections) {
        for (Section section : sections) {
            String id = "s" + (++ids);
            sectionIds.put(section, id);
            if (section.id() != null) {
                anchorsById.putIfAbsent(section.id(), id);
            }
            for (Block block : section.blocks()) {
                if (block instanceof ProgressTable table) {
                    for (ProgressRow row : table.rows()) {
                        if (!blank(row.activityId()) && !activityAnchors.containsKey(row.activityId())) {
                            activityAnchors.put(row.activityId(), "a" + (++ids));
                        }
                    }
                }
            }
            assignIds(section.subsections());
        }
    }

    // ---------------------------------------------------------------- sections

    /**
     * Depth 1 is a top-level section (h2), deeper ones the next heading down (h6 at most). A
     * top-level section with subsections is a chapter and starts a page; every top-level section
     * sets the running header.
     */
    private void section(Element parent, Section section, int depth) {
        Element div = el(parent, "div");
        if (depth == 1) {
            if (!section.subsections().isEmpty()) {
                div.setAttribute("class", "chapter");
            }
        }
        String title = sectionTitle(section);
        Element heading = el(div, "h" + Math.min(6, depth + 1), "id", sectionIds.get(section));
        if (depth == 1) {
            // the running header names the chapter from the page its heading is on (the stylesheet takes the first on a
            // page): inside the heading, which moves to the next page when too little room is left, and this with it
            text(el(heading, "span", "class", "run-chapter"), title);
        }
        text(heading, title);
        headingTitle = TextMarks.plain(title);
        boolean inferred = false;
        boolean carried = false;
        for (Block block : section.blocks()) {
            block(div, block);
            if (block instanceof ProgressTable table) {
                for (ProgressRow row : table.rows()) {
                    inferred |= row.level() != null && row.level().inferred();
                    carried |= row.level() != null && row.level().carriedOver();
                }
            }
        }
        if (inferred || carried) {
            marksNote(div, inferred, carried);
        }
        for (Section sub : section.subsections()) {
            section(div, sub, depth + 1);
        }
    }

    private void marksNote(Element parent, boolean inferred, boolean carried) {
        Element note = el(parent, "div", "class", "marks-note");
        String previous = String.valueOf(document.year() - 1);
        if (inferred) {
            Element p = el(note, "p");
            text(el(p, "span", "class", "mark"), "≈ ");
            text(p, own.get("mark.inferred") + ".");
        }
        if (carried) {
            Element p = el(note, "p");
            text(el(p, "span", "class", "mark"), "↻ ");
            text(p, own.format("mark.carried", previous) + ".");
        }
    }

    /** Every kind of block the core defines; an unknown kind shows as an error notice, never silently. */
    void block(Element parent, Block block) {
        if (block instanceof Paragraph p) {
            inline(el(parent, "p"), p.text());
        } else if (block instanceof BulletList list) {
            Element ul = el(parent, "ul");
            for (String item : list.items()) {
                inline(el(ul, "li"), item);
            }
        } else if (block instanceof Facts facts) {
            facts(parent, facts);
        } else if (block instanceof Table table) {
            table(parent, table);
        } else if (block instanceof ProgressTable table) {
            progressTable(parent, table);
        } else if (block instanceof LevelChart chart) {
            levelChart(parent, chart);
        } else if (block instanceof FigureTable table) {
            figureTable(parent, table);
        } else if (block instanceof Timeline timeline) {
            timeline(parent, timeline);
        } else if (block instanceof LevelLegend legend) {
            legend(parent, legend);
        } else if (block instanceof Notice notice) {
            notice(parent, notice.severity(), notice.text());
        } else {
            notice(parent, Block.Severity.ERROR, block.getClass().getSimpleName());
        }
    }

    private void facts(Element parent, Facts facts) {
        Element table = el(parent, "table", "class", "facts");
        Element body = el(table, "tbody");
        for (Fact fact : facts.facts()) {
            Element tr = el(body, "tr");
            text(el(tr, "th", "scope", "row"), fact.term());
            Element td = el(tr, "td");
            if (fact.values().isEmpty()) {
                text(td, "—");
            } else if (fact.values().size() == 1) {
                inline(td, fact.values().get(0));
            } else {
                Element ul = el(td, "ul");
                for (String value : fact.values()) {
                    inline(el(ul, "li"), value);
                }
            }
        }
    }

    private void notice(Element parent, Block.Severity severity, String words) {
        Block.Severity kind = severity == null ? Block.Severity.INFO : severity;
        String name = kind.name().toLowerCase(Locale.ROOT);
        Element div = el(parent, "div", "class", "notice notice-" + name);
        text(el(div, "span", "class", "notice-label"), own.get("notice." + name) + ": ");
        inline(div, words);
    }

    /** A table's caption as written, or null where it has none or it repeats its section's heading. */
    private String ownCaption(String caption) {
        if (blank(caption)) {
            return null;
        }
        String clean = DocumentText.clean(caption).strip();
        return headingTitle != null && TextMarks.plain(clean).equalsIgnoreCase(headingTitle.strip()) ? null : clean;
    }

    private Element openTable(Element parent, String cssClass, String caption) {
        Element table = el(parent, "table", "class", cssClass);
        String text = ownCaption(caption);
        if (text != null) {
            text(el(table, "caption"), text);
        }
        return table;
    }

    private void headerRow(Element table, List<String> headers, Set<Integer> numeric) {
        Element tr = el(el(table, "thead"), "tr");
        for (int i = 0; i < headers.size(); i++) {
            Element th = el(tr, "th", "scope", "col");
            if (numeric.contains(i)) {
                th.setAttribute("class", "num");
            }
            text(th, headers.get(i));
        }
    }

    private void emptyRow(Element body, int columns) {
        text(el(el(body, "tr"), "td", "class", "empty", "colspan", String.valueOf(Math.max(1, columns))), own.get("table.empty"));
    }

    private void table(Element parent, Table table) {
        int columns = table.headers().size();
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        // a table of many columns is set smaller: each column's longest word takes less of the width
        Element t = openTable(parent, columns >= WIDE ? "plain wide" : "plain", table.caption());
        if (!table.headers().isEmpty()) {
            List<String> headers = new ArrayList<>(table.headers());
            while (headers.size() < columns) {
                headers.add("");
            }
            headerRow(t, headers, Set.of());
        }
        Element body = el(t, "tbody");
        if (table.rows().isEmpty()) {
            emptyRow(body, columns);
        }
        for (List<String> row : table.rows()) {
            Element tr = el(body, "tr");
            for (int i = 0; i < columns; i++) {
                inline(el(tr, "td"), i < row.size() ? row.get(i) : "");
            }
        }
        if (!table.rows().isEmpty()) {
            shareWidth(t, columns);
        }
    }

    /**
     * Gives each column of a table its share of the width, in percent of the table's (on its first
     * row's cells), as much as it has text, its header's and every row's, as a table is set by hand.
     * openhtmltopdf's own share goes by each column's longest line: one column of long text took the
     * room another one needed and left it a word wide ("Topics" of a course list). A column is still
     * never narrower than its longest word (openhtmltopdf takes the room from the others then).
     */
    private static void shareWidth(Element table, int columns) {
        double[] text = new double[columns];
        double all = 0;
        org.w3c.dom.NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
        for (int r = 0; r < rows.getLength(); r++) {
            int i = 0;
            for (Node cell = rows.item(r).getFirstChild(); cell != null && i < columns; cell = cell.getNextSibling(), i++) {
                text[i] += cell.getTextContent().replace("\u00ad", "").strip().length();
            }
        }
        for (int i = 0; i < columns; i++) {
            // an empty column still shows its cells
            text[i] = Math.max(1, text[i]);
            all += text[i];
        }
        Node cell = rows.item(0).getFirstChild();
        for (int i = 0; i < columns && cell != null; i++, cell = cell.getNextSibling()) {
            ((Element) cell).setAttribute("style", "width:" + tenths(100 * text[i] / all) + "%");
        }
    }

    // ---------------------------------------------------------------- progress tables

    private void progressTable(Element parent, ProgressTable table) {
        List<String> headers = table.headers();
        String activities = headers.size() >= 4 ? headers.get(1) : labels.get("table.activities");
        String deliverables = headers.size() >= 4 ? headers.get(2) : labels.get("table.deliverables");
        String progress = headers.size() >= 4 ? headers.get(3) : labels.get("table.progress");
        Element t = el(parent, "table", "class", "progress");
        String caption = ownCaption(table.caption());
        if (caption != null || !blank(table.goal())) {
            Element cap = el(t, "caption");
            if (caption != null) {
                text(el(cap, "span", "class", "cap"), caption);
            }
            if (!blank(table.goal())) {
                inline(el(cap, "span", "class", "goal"), table.goal());
            }
        }
        headerRow(t, List.of(activities, deliverables, progress), Set.of());
        if (table.rows().isEmpty()) {
            emptyRow(el(t, "tbody"), 3);
        }
        for (ProgressRow row : table.rows()) {
            // an activity and the row saying why it has its level are one row group, kept on one page
            // (the stylesheet: page-break-inside avoid) unless that would split a row (Printer lets the group go)
            Element body = el(t, "tbody", "class", "activity " + Printer.KEPT);
            Element tr = el(body, "tr");
            Element th = el(tr, "th", "scope", "row", "class", "activity");
            String anchor = blank(row.activityId()) ? null : activityAnchors.get(row.activityId());
            if (anchor != null && anchored.add(anchor)) {
                th.setAttribute("id", anchor);
            }
            if (!blank(row.reference())) {
                text(el(th, "span", "class", "ref"), row.reference() + " ");
            }
            inline(th, row.activity());
            if (!blank(row.note())) {
                Element note = el(th, "span", "class", "activity-note");
                text(el(note, "span", "class", "note-label"), labels.get("table.note") + ": ");
                inline(note, row.note());
            }
            deliverables(el(tr, "td"), row.deliverables());
            levelCell(el(tr, "td", "class", "level"), row);
            if (row.level() != null && !blank(row.level().rationale())) {
                Element why = el(el(body, "tr", "class", "why"), "td", "colspan", "3");
                text(el(why, "span", "class", "why-label"), own.get("level.why") + ": ");
                inline(why, row.level().rationale());
            }
        }
    }

    private void deliverables(Element td, List<DeliverableLine> lines) {
        if (lines.isEmpty()) {
            text(td, "—");
            return;
        }
        Element ul = el(td, "ul", "class", "deliverables");
        for (DeliverableLine line : lines) {
            Element li = el(ul, "li");
            if (!blank(line.typeLabel())) {
                text(el(li, "span", "class", "dtype"), line.typeLabel());
            }
            inline(el(li, "span", "class", "dtitle"), line.title());
            if (!blank(line.summary())) {
                inline(el(li, "span", "class", "dsummary"), line.summary());
            }
            if (!blank(line.note())) {
                Element note = el(li, "span", "class", "deliverable-note");
                text(el(note, "span", "class", "note-label"), labels.get("table.note") + ": ");
                inline(note, line.note());
            }
        }
    }

    private void levelCell(Element td, ProgressRow row) {
        LevelMark mark = row.level() == null ? new LevelMark(null, labels.level(null), false, "", null) : row.level();
        level(td, mark.level(), firstNonBlank(mark.label(), labels.level(mark.level())));
        if (mark.inferred()) {
            text(el(td, "span", "class", "mark", "title", own.get("mark.inferred")), " ≈");
        }
        if (mark.carriedOver()) {
            text(el(td, "span", "class", "mark", "title", own.format("mark.carried", String.valueOf(document.year() - 1))), " ↻");
        }
        if (!blank(mark.change())) {
            Element change = el(td, "span", "class", "change");
            text(el(change, "span", "class", "change-label"), own.format("level.change-since", String.valueOf(document.year() - 1)) + ": ");
            text(change, mark.change());
        }
        evidence(td, mark.evidence());
    }

    /**
     * A level of the Progress Key: its icon (a gauge in the level's colour, filled by its rank, so
     * that it reads without colour; drawn as boxes, which the PDF marks as artifacts) and its words
     * as text, for screen readers and for copying.
     */
    private void level(Element parent, ProgressLevel level, String words) {
        Element span = el(parent, "span", "class", "lv");
        Element icon = el(span, "span", "class", level == null ? "icon none" : "icon");
        if (level != null && level.rank() > 0) {
            el(icon, "span", "class", "fill", "style",
                    "width:" + (level.rank() * 25) + "%;background-color:" + colour(level));
        }
        text(el(span, "span", "class", "lv-words"), words);
    }

    private void evidence(Element td, List<EvidenceLine> lines) {
        List<EvidenceLine> given = new ArrayList<>();
        for (EvidenceLine line : lines) {
            if (line != null) {
                given.add(line);
            }
        }
        if (given.isEmpty()) {
            return;
        }
        Element div = el(td, "div", "class", "evidence");
        text(el(div, "span", "class", "evidence-label"), own.get("evidence.title") + ":");
        Element ul = el(div, "ul");
        for (EvidenceLine line : given) {
            Element li = el(ul, "li");
            String reference = line.reference() == null ? "" : line.reference().strip();
            if (!blank(line.title())) {
                text(li, line.title() + " ");
            }
            if (line.webAddress() && isLinkable(reference)) {
                text(el(li, "a", "href", reference, "title", firstNonBlank(line.title(), reference)), reference);
            } else if (line.webAddress()) {
                text(li, reference);
            } else {
                text(li, own.get("evidence.file") + ": " + reference);
            }
        }
    }

    /** Whether an evidence address may be a link: the whole of it a web address, by the rule that makes addresses in the text links. */
    static boolean isLinkable(String reference) {
        return reference.length() > "https://".length() && WebAddresses.next(reference, 0) == 0
                && WebAddresses.end(reference, 0) == reference.length();
    }

    // ---------------------------------------------------------------- charts

    /**
     * A horizontal stacked bar per row, all on one scale so that rows compare, drawn as boxes (vector
     * in the PDF) with each segment's count inside it as text; the chart carries its words as
     * alternative text (every row's counts), and a key names the colours.
     */
    private void levelChart(Element parent, LevelChart chart) {
        List<String> levelWords = chartLevelWords(chart);
        String caption = firstNonBlank(chart.caption(), headingTitle);
        Element figure = el(parent, "div", "class", "chart", "title", own.format("chart.alt", TextMarks.plain(caption), description(chart, levelWords)));
        text(el(figure, "p", "class", "chart-title"), caption);
        int max = 1;
        for (ChartRow row : chart.rows()) {
            max = Math.max(max, row.total());
        }
        Element table = el(figure, "table", "class", "bars");
        Element body = el(table, "tbody");
        if (chart.rows().isEmpty()) {
            emptyRow(body, 3);
        }
        ProgressLevel[] levels = ProgressLevel.values();
        for (ChartRow row : chart.rows()) {
            Element tr = el(body, "tr");
            text(el(tr, "th", "scope", "row"), row.label());
            Element track = el(el(tr, "td", "class", "bar"), "span", "class", "track",
                    "style", "width:" + tenths(100.0 * row.total() / max) + "%");
            int total = row.total();
            for (int i = 0; i < Math.min(levels.length, row.counts().size()); i++) {
                Integer count = row.counts().get(i);
                if (count == null || count <= 0 || total <= 0) {
                    continue;
                }
                // under the exact share by half a percent, so that rounding (to the renderer's dots) never wraps the last segment
                double width = 100.0 * count / total - 0.5;
                String colour = colour(levels[i]);
                Element seg = el(track, "span", "class", "seg",
                        "style", "width:" + tenths(width) + "%;background-color:" + colour + ";color:" + Colours.textOn(colour));
                text(seg, String.valueOf(count));
            }
            text(el(tr, "td", "class", "total"), String.valueOf(total));
        }
        // the key as one line of text (list items laid out inline would lose their tags)
        Element key = el(figure, "p", "class", "key");
        for (int i = 0; i < levelWords.size(); i++) {
            // a level's swatch and words stay on one line ("Entregable logrado" is not split)
            Element item = el(key, "span", "class", "key-item");
            el(item, "span", "class", "swatch", "style", "background-color:" + colour(levels[i]));
            text(el(item, "span", "class", "key-word"), levelWords.get(i));
            if (i + 1 < levelWords.size()) {
                key.appendChild(dom.createTextNode("  "));
            }
        }
    }

    private List<String> chartLevelWords(LevelChart chart) {
        List<String> words = new ArrayList<>();
        ProgressLevel[] levels = ProgressLevel.values();
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            words.add(firstNonBlank(given, labels.level(levels[i])));
        }
        return words;
    }

    /** One sentence per row, e.g. "Air Quality: 1 No Progress, 3 Moderate Progress (Total 4)." */
    private String description(LevelChart chart, List<String> levelWords) {
        StringBuilder all = new StringBuilder();
        for (ChartRow row : chart.rows()) {
            StringBuilder what = new StringBuilder();
            for (int i = 0; i < Math.min(row.counts().size(), levelWords.size()); i++) {
                Integer count = row.counts().get(i);
                if (count != null && count > 0) {
                    what.append(what.length() == 0 ? "" : ", ").append(count).append(' ').append(levelWords.get(i));
                }
            }
            if (what.length() == 0) {
                what.append(own.get("chart.none"));
            } else {
                what.append(" (").append(own.get("chart.total")).append(' ').append(row.total()).append(')');
            }
            all.append(all.length() == 0 ? "" : " ").append(own.format("chart.description", DocumentText.clean(row.label()), what.toString()));
        }
        return TextMarks.plain(all.toString());
    }

    // ---------------------------------------------------------------- figures, timeline, legend

    private void figureTable(Element parent, FigureTable table) {
        String[] fallback = {labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
            labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")};
        boolean targets = false;
        for (FigureRow row : table.rows()) {
            targets |= !blank(row.target()) || row.share() >= 0 && Double.isFinite(row.share());
        }
        Element t = openTable(parent, "figures", table.caption());
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < fallback.length; i++) {
            if (!targets && (i == 3 || i == 4)) {
                continue;
            }
            headers.add(i < table.headers().size() ? firstNonBlank(table.headers().get(i), fallback[i]) : fallback[i]);
        }
        headerRow(t, headers, targets ? Set.of(2, 3) : Set.of(2));
        Element body = el(t, "tbody");
        if (table.rows().isEmpty()) {
            emptyRow(body, headers.size());
        }
        for (FigureRow row : table.rows()) {
            Element tr = el(body, "tr");
            linked(el(tr, "td"), firstLink(row), row.group());
            linked(el(tr, "th", "scope", "row"), anchor(row.home()), row.label());
            inline(el(tr, "td", "class", "num"), row.value());
            if (targets) {
                inline(el(tr, "td", "class", "num"), row.target());
                Element td = el(tr, "td");
                if (row.share() >= 0 && Double.isFinite(row.share())) {
                    Element gauge = el(td, "span", "class", "gauge");
                    double width = Math.min(1, row.share()) * 100;
                    if (width > 0) {
                        el(gauge, "span", "class", "done", "style", "width:" + tenths(width) + "%");
                    }
                    text(td, percent.format(row.share()));
                }
            }
            text(el(tr, "td"), row.asOf());
        }
    }

    private void linked(Element parent, String anchor, String text) {
        if (anchor == null || blank(text)) {
            inline(parent, text);
        } else {
            text(el(parent, "a", "href", "#" + anchor, "title", TextMarks.plain(DocumentText.clean(text))), text);
        }
    }

    private String anchor(String sectionId) {
        return sectionId == null ? null : anchorsById.get(sectionId);
    }

    private String firstLink(FigureRow row) {
        if (blank(row.group()) || row.activityId() == null) {
            return anchor(row.groupId());
        }
        String activity = activityAnchors.get(row.activityId());
        return activity != null && anchored.contains(activity) ? activity : anchor(row.groupId());
    }

    private void timeline(Element parent, Timeline timeline) {
        boolean places = false;
        Set<String> groups = new HashSet<>();
        for (TimelineEntry entry : timeline.entries()) {
            places |= !blank(entry.place());
            groups.add(entry.group() == null ? "" : entry.group().strip());
        }
        boolean groupColumn = groups.size() > 1;
        List<String> headers = new ArrayList<>(List.of(labels.get("timeline.date"), labels.get("timeline.event"), labels.get("timeline.kind")));
        if (places) {
            headers.add(labels.get("timeline.place"));
        }
        if (groupColumn) {
            headers.add(labels.get("timeline.group"));
        }
        Element t = openTable(parent, "timeline", timeline.caption());
        headerRow(t, headers, Set.of());
        Element body = el(t, "tbody");
        if (timeline.entries().isEmpty()) {
            emptyRow(body, headers.size());
        }
        for (TimelineEntry entry : timeline.entries()) {
            String iso = entry.isoDate() == null ? "" : entry.isoDate().strip();
            Element tr = el(body, "tr");
            // an event known only by its year says so in its date cell (a row spanning the table to say it
            // once would break the tagged table's columns)
            text(el(tr, "td", "class", "date"), entry.yearOnly() ? labels.format("timeline.year-only", iso) : wholeDates(firstNonBlank(entry.date(), iso)));
            Element th = el(tr, "th", "scope", "row");
            linked(el(th, "span", "class", "event-title"), anchor(entry.home()), entry.title());
            if (!blank(entry.details())) {
                inline(el(th, "span", "class", "event-details"), entry.details());
            }
            text(el(tr, "td"), entry.kind());
            if (places) {
                inline(el(tr, "td"), entry.place());
            }
            if (groupColumn) {
                text(el(tr, "td"), entry.group());
            }
        }
    }

    /**
     * A date cell's text with each date kept on one line (no-break spaces) and a line break allowed
     * only around the dash between two dates: "24 de octubre de 2016 – 4 de noviembre de 2016" takes
     * two lines rather than a column as wide as the whole range.
     */
    static String wholeDates(String text) {
        return text == null ? null : text.replace(' ', '\u00A0').replace("\u00A0\u2013\u00A0", " \u2013 ");
    }

    private void legend(Element parent, LevelLegend legend) {
        Element t = openTable(parent, "legend", legend.caption());
        Element body = el(t, "tbody");
        for (LevelMark mark : legend.levels()) {
            if (mark == null) {
                continue;
            }
            Element tr = el(body, "tr");
            Element th = el(tr, "th", "scope", "row");
            level(th, mark.level(), firstNonBlank(mark.label(), labels.level(mark.level())));
            inline(el(tr, "td"), mark.rationale());
        }
    }

    /**
     * A table cell with no text would leave no cell in the tagged table (its row one cell short for
     * a screen reader): it gets a no-break space.
     */
    private void fillEmptyCells(Element root) {
        // the cells first, then the filling: a live node list walks the document again after each change
        List<Node> empty = new ArrayList<>();
        for (String name : List.of("td", "th")) {
            org.w3c.dom.NodeList cells = root.getElementsByTagNameNS(XHTML, name);
            for (int i = 0, n = cells.getLength(); i < n; i++) {
                if (cells.item(i).getTextContent().isBlank()) {
                    empty.add(cells.item(i));
                }
            }
        }
        empty.forEach(cell -> cell.appendChild(dom.createTextNode("\u00a0")));
    }

    // ---------------------------------------------------------------- text

    private Element el(Node parent, String name, String... attributes) {
        Element element = dom.createElementNS(XHTML, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], DocumentText.clean(attributes[i + 1]));
        }
        parent.appendChild(element);
        return element;
    }

    private void meta(Element head, String name, String content) {
        if (!blank(content)) {
            el(head, "meta", "name", name, "content", content);
        }
    }

    /** A text as it is: cleaned, its marks made spans in English. */
    private void text(Element parent, String text) {
        write(parent, text, false);
    }

    /** Running text: as {@link #text}, with its web addresses made links. */
    private void inline(Element parent, String text) {
        write(parent, text, true);
    }

    /**
     * Writes a text as text nodes: an {@code asIs} text in a span in English, an untranslated one
     * in a span in English after the visible mark {@code [EN]}; in running text, web addresses as
     * links and the words hyphenated ({@link Hyphenation}: soft hyphens) in the language they are
     * in, the page's or English for an untranslated text; an {@code asIs} text (names) is not.
     */
    private void write(Element parent, String raw, boolean running) {
        String text = DocumentText.clean(raw);
        Hyphenation own = running && hyphenates(parent, text) ? hyphenation : null;
        boolean cell = inCell(parent);
        Element target = parent;
        Hyphenation current = own;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!TextMarks.isMark(c)) {
                continue;
            }
            words(target, text.substring(from, i), running, current, cell);
            from = i + 1;
            if (c == TextMarks.END) {
                target = parent;
                current = own;
            } else if (c == TextMarks.AS_IS) {
                target = el(parent, "span", "lang", "en");
                current = null;
            } else {
                text(el(parent, "span", "class", "untranslated-mark"), TextMarks.VISIBLE_MARK);
                parent.appendChild(dom.createTextNode(" "));
                target = el(parent, "span", "lang", "en");
                current = own == null ? null : Hyphenation.forLanguage("en");
            }
        }
        words(target, text.substring(from), running, current, cell);
    }

    /**
     * Whether running text in this element is hyphenated: not in a heading, a caption or a link; in
     * a table cell only a text of some length, not a label (a cell's narrowest width is its longest
     * word's part, so a hyphenated label would make its column as narrow as a syllable).
     */
    private static boolean hyphenates(Element element, String text) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String name = e.getLocalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1)) || name.equals("caption") || name.equals("a")) {
                return false;
            }
            if ((name.equals("td") || name.equals("th")) && text.length() < CELL_TEXT) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCell(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.getLocalName().equals("td") || e.getLocalName().equals("th")) {
                return true;
            }
        }
        return false;
    }

    private void words(Element parent, String text, boolean links, Hyphenation hyphenation, boolean cell) {
        if (text.isEmpty()) {
            return;
        }
        int written = 0;
        if (links) {
            int start = WebAddresses.next(text, 0);
            while (start >= 0) {
                int matchEnd = WebAddresses.end(text, start);
                int end = WebAddresses.withoutTrailingPunctuation(text, start, matchEnd);
                if (end - start > "https://".length()) {
                    if (start > written) {
                        plain(parent, text.substring(written, start), hyphenation, cell);
                    }
                    String address = text.substring(start, end);
                    Element a = el(parent, "a", "href", address, "title", address);
                    a.appendChild(dom.createTextNode(address));
                    written = end;
                }
                start = WebAddresses.next(text, matchEnd);
            }
        }
        if (written < text.length()) {
            plain(parent, text.substring(written), hyphenation, cell);
        }
    }

    private void plain(Element parent, String text, Hyphenation hyphenation, boolean cell) {
        parent.appendChild(dom.createTextNode(hyphenation == null ? text : hyphenation.softHyphens(text, cell)));
    }

    // ---------------------------------------------------------------- style

    private static String stylesheet() {
        try (InputStream in = PublicationPage.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("The PDF format's stylesheet " + STYLESHEET + " is missing from its bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page size, and the footer in the report's language: "page 3 of 40". */
    private String pageRules() {
        String footer = own.get("page.footer");
        int n = footer.indexOf("{0}");
        int of = footer.indexOf("{1}");
        String content = n < 0 || of < n
                ? "counter(page) \" / \" counter(pages)"
                : DocumentText.cssString(footer.substring(0, n)) + " counter(page) " + DocumentText.cssString(footer.substring(n + 3, of)) + " counter(pages) "
                        + DocumentText.cssString(footer.substring(of + 3));
        return "\n@page { size: " + paper.css() + "; @bottom-center { content: " + content + "; font-family: '" + Printer.FONT_FAMILY + "'; font-size: 8pt; color: #57606a; } }\n"
                + "@page cover { @bottom-center { content: none; } }\n";
    }

    private static String colour(ProgressLevel level) {
        return level == null ? "#ffffff" : level.colour().toLowerCase(Locale.ROOT);
    }

    private static String tenths(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, value));
    }

    private static String sectionTitle(Section section) {
        return firstNonBlank(section.title(), section.id(), "—");
    }

    private static String plainTitle(Section section) {
        return TextMarks.plain(sectionTitle(section));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!blank(candidate)) {
                return DocumentText.clean(candidate);
            }
        }
        return "";
    }
}
