package mou.format.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import mou.format.html.internal.HtmlOutput.Markup;
import mou.format.support.WebAddresses;

/**
 * Writes one report as one self-contained HTML5 page. One instance per rendering: it keeps the
 * ids handed out so far (ids must be unique in a page) and the marks the chapter being written has
 * used. Markup and texts go straight into the {@link HtmlOutput}, texts escaped on their way in.
 */
final class HtmlRenderer {

    private static final String STYLESHEET = "report.css";
    /**
     * The opening of a level's badge, its ball included, by inferred (0 or 1) and level (0 for
     * none, else 1 + ordinal): the same markup on every row, made once.
     */
    private static final Markup[][] BADGES = badges();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** How deep the table of contents goes: top sections and their subsections. */
    private static final int TOC_DEPTH = 2;

    private final ReportDocument document;
    private final Labels labels;
    private final Labels own;
    private final Locale locale;
    private final HtmlOutput out;
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    /** The symbols of the marks a level may carry: inferred from the narrative, carried over from the year before. */
    static final String INFERRED_SYMBOL = "≈";
    static final String CARRIED_SYMBOL = "↻";
    /*
     * What stands on every row of a progress table, with its words, prepared once per rendering:
     * a large report has a hundred thousand rows.
     */
    private final Markup activityNote;
    private final Markup deliverableNote;
    private final Markup inferredMark;
    private final Markup carriedMark;
    private final Markup changeLabel;
    private final Markup whyOpening;
    private final Markup evidenceOpening;
    private final Markup whyPrinted;
    private final Markup fileKind;
    /** The openings of a row's deliverables and level cells, by their column's header: most tables have the same. */
    private final Map<String, Markup> deliverablesCells = new HashMap<>();
    private final Map<String, Markup> levelCells = new HashMap<>();
    private final String inferredWords;
    private final String carriedWords;
    private int charts;
    private int captions;
    /** The heading of the section being written (its id and words): what labels a table without a caption of its own. */
    private String headingId;
    private String headingTitle;
    /** Which marks the chapter being written has used, so that its end explains each once. */
    private boolean chapterInferred;
    private boolean chapterCarried;

    HtmlRenderer(ReportDocument document, HtmlOutput out) {
        this.document = document;
        this.out = out;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.html.internal.labels", HtmlRenderer.class.getClassLoader(), document.language());
        this.locale = Locale.forLanguageTag(document.language() == null ? "en" : document.language());
        String note = labels.get("table.note");
        String previousYear = String.valueOf(document.year() - 1);
        this.inferredWords = capitalise(labels.get("level.inferred"));
        this.carriedWords = own.format("mark.carried", previousYear);
        this.activityNote = HtmlOutput.prepare(o -> o.append("<span class=\"activity-note\"><span class=\"note-label\">").text(note)
                .append(":</span> "));
        this.deliverableNote = HtmlOutput.prepare(o -> o.append("<span class=\"deliverable-note\"><span class=\"note-label\">").text(note)
                .append(":</span> "));
        this.inferredMark = mark("mark-inferred", INFERRED_SYMBOL, inferredWords);
        this.carriedMark = mark("mark-carried", CARRIED_SYMBOL, carriedWords);
        this.changeLabel = HtmlOutput.prepare(o -> o.append("<span class=\"change\"><span class=\"change-label\">")
                .text(own.format("level.change-since", previousYear)).append(":</span> "));
        this.whyOpening = HtmlOutput.prepare(o -> o.append("<details class=\"why\"><summary>").text(own.get("level.why"))
                .append("</summary><div class=\"why-text\">"));
        this.whyPrinted = HtmlOutput.prepare(o -> o.append("<tr class=\"why-print\"><td colspan=\"3\"><span class=\"why-label\">")
                .text(own.get("level.why")).append(":</span> "));
        this.evidenceOpening = HtmlOutput.prepare(o -> o.append("<div class=\"evidence\"><span class=\"evidence-label\">")
                .text(own.get("evidence.title")).append(":</span><ul>"));
        this.fileKind = HtmlOutput.prepare(o -> o.append("<span class=\"ev-kind\">").text(own.get("evidence.file")).append("</span> "));
    }

    /**
     * A mark after a level's words: its symbol, which a pointer shows the words of, hidden from
     * screen readers, which read the words instead (in parentheses, so that they follow the level).
     */
    private static Markup mark(String kind, String symbol, String words) {
        return HtmlOutput.prepare(o -> o.append("<span class=\"mark ").append(kind).append("\" title=\"").text(words)
                .append("\" aria-hidden=\"true\">").append(symbol).append("</span><span class=\"sr-only\"> (").text(words).append(")</span>"));
    }

    void render() {
        assignIds(document.sections());
        String title = firstNonBlank(document.title(), document.subtitle(), String.valueOf(document.year()));
        String subtitle = blank(document.title()) ? "" : Html.clean(document.subtitle());
        String pageTitle = blank(subtitle) ? title : title + " — " + subtitle;

        out.append("<!DOCTYPE html>\n");
        out.append("<html lang=\"").text(languageTag()).append("\">\n");
        out.append("<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"generator\" content=\"mou-progress\">\n");
        out.append("<title>").text(pageTitle).append("</title>\n");
        out.append("<style>\n").append(stylesheet()).append(levelStyles()).append(pageStyles()).append("</style>\n");
        out.append("</head>\n<body>\n");
        out.append("<a class=\"skip\" href=\"#_main\">").text(own.get("skip")).append("</a>\n");
        out.append("<div class=\"page\">\n");
        out.append("<header class=\"cover\">\n");
        if (document.draft()) {
            out.append("<p class=\"draft\"><strong class=\"draft-word\">").text(own.get("draft.word")).append("</strong> ")
                    .text(own.format("draft.explain", String.valueOf(document.year()))).append("</p>\n");
        }
        out.append("<h1>").text(title).append("</h1>\n");
        if (!blank(subtitle)) {
            out.append("<p class=\"subtitle\">").text(subtitle).append("</p>\n");
        }
        out.append("</header>\n<div class=\"layout\">\n");
        if (!document.sections().isEmpty()) {
            contents();
        }
        out.append("<main id=\"_main\">\n");
        for (Section section : document.sections()) {
            section(section, 1);
        }
        out.append("</main>\n</div>\n</div>\n</body>\n</html>\n");
    }

    private String languageTag() {
        if (blank(document.language())) {
            return "";
        }
        String tag = Locale.forLanguageTag(document.language().strip()).toLanguageTag();
        return "und".equals(tag) ? "" : tag;
    }

    // ---------------------------------------------------------------- structure

    private void assignIds(List<Section> sections) {
        for (Section section : sections) {
            String base = Html.sectionId(section.id());
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "-" + n;
            }
            sectionIds.put(section, id);
            assignIds(section.subsections());
        }
    }

    /**
     * The contents, collapsible (open as written; on a phone only the chapters show, see the
     * stylesheet), so that the introduction is near the top of a small screen.
     */
    private void contents() {
        out.append("<nav class=\"toc\" aria-labelledby=\"_toc-title\">\n<details open>\n<summary><h2 id=\"_toc-title\">")
                .text(labels.get("report.contents")).append("</h2></summary>\n");
        contentsList(document.sections(), 1);
        out.append("</details>\n</nav>\n");
    }

    private void contentsList(List<Section> sections, int depth) {
        out.append("<ol>\n");
        for (Section section : sections) {
            out.append("<li><a href=\"#").text(sectionIds.get(section)).append("\">")
                    .text(sectionTitle(section)).append("</a>");
            if (depth < TOC_DEPTH && !section.subsections().isEmpty()) {
                out.append('\n');
                contentsList(section.subsections(), depth + 1);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /**
     * Depth 1 is a top-level section (h2); deeper sections take the next level down, h6 at most. A
     * top-level section with subsections is a chapter: printed, it starts a new page (the short
     * top-level sections between chapters follow on). At the end of a top-level section, the marks
     * its levels carry are explained, once each.
     */
    private void section(Section section, int depth) {
        int h = Math.min(6, depth + 1);
        String id = sectionIds.get(section);
        if (depth == 1) {
            chapterInferred = false;
            chapterCarried = false;
        }
        out.append("<section id=\"").text(id).append('"');
        if (depth == 1 && !section.subsections().isEmpty()) {
            out.append(" class=\"chapter\"");
        }
        out.append(">\n");
        String title = sectionTitle(section);
        out.append("<h").append(h).append(" id=\"").text(headingId(id)).append("\">").text(title).append("</h").append(h).append(">\n");
        headingId = headingId(id);
        headingTitle = title;
        for (Block block : section.blocks()) {
            block(block);
        }
        for (Section sub : section.subsections()) {
            section(sub, depth + 1);
        }
        if (depth == 1) {
            marksNote();
        }
        out.append("</section>\n");
    }

    /** The id of a section's heading: this format's own ids start with '_', a section's never do. */
    private static String headingId(String sectionId) {
        return "_h-" + sectionId;
    }

    /** The note at the end of a chapter that says what its marks mean, each mark once. */
    private void marksNote() {
        if (!chapterInferred && !chapterCarried) {
            return;
        }
        out.append("<div class=\"marks-note\">\n");
        if (chapterInferred) {
            out.append("<p><span class=\"mark mark-inferred\" aria-hidden=\"true\">").append(INFERRED_SYMBOL).append("</span> <strong>")
                    .text(inferredWords).append(":</strong> ").text(own.get("mark.inferred-note")).append("</p>\n");
        }
        if (chapterCarried) {
            out.append("<p><span class=\"mark mark-carried\" aria-hidden=\"true\">").append(CARRIED_SYMBOL).append("</span> <strong>")
                    .text(carriedWords).append(":</strong> ")
                    .text(own.format("mark.carried-note", String.valueOf(document.year() - 1), String.valueOf(document.year())))
                    .append("</p>\n");
        }
        out.append("</div>\n");
    }

    private static String sectionTitle(Section section) {
        return firstNonBlank(section.title(), section.id(), "—");
    }

    /**
     * Every kind of block the core defines. Java 17 has no pattern switch, so the chain ends in a
     * visible placeholder; the tests render every permitted subclass of {@link Block} and fail on
     * the placeholder, so a new kind cannot go unnoticed.
     */
    void block(Block block) {
        if (block instanceof Paragraph p) {
            out.append("<p>").inline(p.text()).append("</p>\n");
        } else if (block instanceof BulletList list) {
            bulletList(list);
        } else if (block instanceof Facts facts) {
            facts(facts);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof ProgressTable table) {
            progressTable(table);
        } else if (block instanceof LevelChart chart) {
            levelChart(chart);
        } else if (block instanceof FigureTable table) {
            figureTable(table);
        } else if (block instanceof Timeline timeline) {
            timeline(timeline);
        } else if (block instanceof LevelLegend legend) {
            legend(legend);
        } else if (block instanceof Notice notice) {
            notice(notice);
        } else {
            unknown(block);
        }
    }

    // ---------------------------------------------------------------- simple blocks

    private void bulletList(BulletList list) {
        out.append("<ul>\n");
        for (String item : list.items()) {
            out.append("<li>").inline(item).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void facts(Facts facts) {
        out.append("<dl class=\"facts\">\n");
        for (Fact fact : facts.facts()) {
            out.append("<div><dt>").text(fact.term()).append("</dt>");
            if (fact.values().isEmpty()) {
                out.append("<dd>—</dd>");
            }
            for (String value : fact.values()) {
                out.append("<dd>").inline(value).append("</dd>");
            }
            out.append("</div>\n");
        }
        out.append("</dl>\n");
    }

    private void table(Table table) {
        int columns = table.headers().size();
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        openBoxedTable("plain", table.caption());
        if (!table.headers().isEmpty()) {
            out.append("<thead><tr>");
            for (int i = 0; i < columns; i++) {
                String header = i < table.headers().size() ? table.headers().get(i) : "";
                out.append("<th scope=\"col\">").text(header).append("</th>");
            }
            out.append("</tr></thead>\n");
        }
        out.append("<tbody>\n");
        if (table.rows().isEmpty()) {
            emptyRow(Math.max(1, columns));
        }
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < columns; i++) {
                out.append("<td>").inline(i < row.size() ? row.get(i) : "").append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    /**
     * A table's caption as written, or null where it has none of its own: none given, or the same
     * words as its section's heading (read once, the heading names the table then).
     */
    private String ownCaption(String caption) {
        if (blank(caption)) {
            return null;
        }
        String clean = Html.clean(caption).strip();
        return headingTitle != null && clean.equalsIgnoreCase(headingTitle.strip()) ? null : clean;
    }

    /**
     * Opens a table that may be wider than a phone's screen in a box of its own that scrolls
     * sideways (WCAG 1.4.10: the page itself does not): a region named as the table is, which a
     * keyboard can reach and scroll. The table is named by its own caption, else by its section's
     * heading.
     */
    private void openBoxedTable(String cssClass, String caption) {
        String text = ownCaption(caption);
        String labelId = text == null ? headingId : "_cap-" + (++captions);
        out.append("<div class=\"table-box\"");
        if (labelId != null) {
            out.append(" role=\"region\" aria-labelledby=\"").text(labelId).append('"');
        }
        out.append(" tabindex=\"0\">\n<table class=\"").append(cssClass).append('"');
        table(text, labelId);
    }

    /** The rest of a table's opening: its caption, or its name from the heading {@code labelId}. */
    private void table(String caption, String labelId) {
        if (caption == null) {
            if (labelId != null) {
                out.append(" aria-labelledby=\"").text(labelId).append('"');
            }
            out.append(">\n");
        } else {
            out.append(">\n<caption");
            if (labelId != null) {
                out.append(" id=\"").text(labelId).append('"');
            }
            out.append("><span class=\"cap\">").text(caption).append("</span></caption>\n");
        }
    }

    private void emptyRow(int columns) {
        out.append("<tr><td class=\"empty\" colspan=\"").append(columns).append("\">")
                .text(own.get("table.empty")).append("</td></tr>\n");
    }

    private void notice(Notice notice) {
        Block.Severity severity = notice.severity() == null ? Block.Severity.INFO : notice.severity();
        String kind = severity.name().toLowerCase(Locale.ROOT);
        String role = severity == Block.Severity.ERROR ? "alert" : "note";
        out.append("<div class=\"notice notice-").append(kind).append("\" role=\"").append(role).append("\">")
                .append("<span class=\"notice-label\">").text(own.get("notice." + kind)).append(":</span> ")
                .inline(notice.text()).append("</div>\n");
    }

    private void unknown(Block block) {
        out.append("<div class=\"notice notice-error unknown-block\" role=\"alert\"><span class=\"notice-label\">")
                .text(own.get("notice.error")).append(":</span> ")
                .text(block.getClass().getSimpleName()).append("</div>\n");
    }

    // ---------------------------------------------------------------- progress tables

    private void progressTable(ProgressTable table) {
        List<String> headers = table.headers();
        String activities = headers.size() >= 4 ? headers.get(1) : labels.get("table.activities");
        String deliverables = headers.size() >= 4 ? headers.get(2) : labels.get("table.deliverables");
        String progress = headers.size() >= 4 ? headers.get(3) : labels.get("table.progress");
        String caption = ownCaption(table.caption());
        if (caption == null && blank(table.goal())) {
            out.append("<table class=\"progress\"");
            table(null, headingId);
        } else {
            out.append("<table class=\"progress\">\n<caption>");
            if (caption != null) {
                out.append("<span class=\"cap\">").text(caption).append("</span>");
            }
            if (!blank(table.goal())) {
                out.append("<span class=\"goal\">").inline(table.goal()).append("</span>");
            }
            out.append("</caption>\n");
        }
        out.append("<colgroup><col class=\"c-activity\"><col class=\"c-deliverables\"><col class=\"c-level\"></colgroup>\n");
        out.append("<thead><tr><th scope=\"col\">").text(activities).append("</th><th scope=\"col\">")
                .text(deliverables).append("</th><th scope=\"col\">").text(progress).append("</th></tr></thead>\n");
        out.append("<tbody>\n");
        if (table.rows().isEmpty()) {
            emptyRow(3);
        }
        Markup deliverablesCell = deliverablesCells.computeIfAbsent(deliverables,
                label -> HtmlOutput.prepare(o -> o.append("</th>\n<td data-label=\"").text(label).append("\">")));
        Markup levelCell = levelCells.computeIfAbsent(progress,
                label -> HtmlOutput.prepare(o -> o.append("</td>\n<td class=\"level\" data-label=\"").text(label).append("\">")));
        for (ProgressRow row : table.rows()) {
            out.append("<tr>\n<th scope=\"row\">").inline(row.activity());
            if (!blank(row.note())) {
                out.append(activityNote).inline(row.note()).append("</span>");
            }
            out.append(deliverablesCell);
            deliverables(row.deliverables());
            out.append(levelCell);
            levelCell(row);
            out.append("</td>\n</tr>\n");
            if (row.level() != null && !blank(row.level().rationale())) {
                // The reason, collapsed on screen, is printed in a row of its own under the activity's, the
                // table's full width: a closed details element does not print, and the narrow level column
                // would make the row pages tall.
                out.append(whyPrinted).inline(row.level().rationale()).append("</td></tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n");
    }

    private void deliverables(List<DeliverableLine> lines) {
        if (lines.isEmpty()) {
            out.append("<span class=\"empty\">—</span>");
            return;
        }
        out.append("<ul class=\"deliverables\">");
        for (DeliverableLine line : lines) {
            out.append("<li>");
            if (!blank(line.typeLabel())) {
                out.append("<span class=\"dtype\">").text(line.typeLabel()).append("</span>");
            }
            out.append("<span class=\"dtitle\">").inline(line.title()).append("</span>");
            if (!blank(line.summary())) {
                out.append("<span class=\"dsummary\">").inline(line.summary()).append("</span>");
            }
            if (!blank(line.note())) {
                out.append(deliverableNote).inline(line.note()).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /**
     * The level's ball, colour and words together; a compact mark where it was inferred or carried
     * over (explained once at the end of the chapter); the change since the year before; the
     * evidence given with it; and its reason, collapsed under "Why" (printed in a row of its own).
     */
    private void levelCell(ProgressRow row) {
        LevelMark mark = row.level() == null ? new LevelMark(null, labels.level(null), false, "", null) : row.level();
        String words = firstNonBlank(mark.label(), labels.level(mark.level()));
        out.append(badge(mark.level(), mark.inferred() || mark.carriedOver())).text(words).append("</span>");
        if (mark.inferred()) {
            out.append(inferredMark);
            chapterInferred = true;
        }
        if (mark.carriedOver()) {
            out.append(carriedMark);
            chapterCarried = true;
        }
        out.append("</span>");
        if (!blank(mark.change())) {
            out.append(changeLabel).text(mark.change()).append("</span>");
        }
        evidence(mark.evidence());
        if (!blank(mark.rationale())) {
            out.append(whyOpening).inline(mark.rationale()).append("</div></details>");
        }
    }

    /**
     * The evidence given with a rating: a web address as a link (named by its title where it has
     * one); a file in the workspace by its name, as text (a link to it would not work where the
     * report is read).
     */
    private void evidence(List<EvidenceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(evidenceOpening);
        for (EvidenceLine line : lines) {
            if (line == null) {
                continue;
            }
            String reference = line.reference() == null ? "" : line.reference().strip();
            out.append("<li>");
            if (line.webAddress() && isLinkable(reference)) {
                // named by its title, printed with its address after it
                out.append(blank(line.title()) ? "<a class=\"ev-link\" href=\"" : "<a class=\"ev-link ev-titled\" href=\"").href(reference)
                        .append("\">").text(blank(line.title()) ? reference : line.title()).append("</a>");
            } else if (line.webAddress()) {
                // not an address a link may point to: shown, not followed
                if (!blank(line.title())) {
                    out.append("<span class=\"ev-title\">").text(line.title()).append("</span> ");
                }
                out.append("<span class=\"ev-address\">").text(reference).append("</span>");
            } else {
                if (!blank(line.title())) {
                    out.append("<span class=\"ev-title\">").text(line.title()).append("</span> ");
                }
                out.append(fileKind).append("<span class=\"ev-file\">").text(reference).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul></div>");
    }

    /**
     * Whether an evidence address may be a link: the whole of it a web address ({@code http://}
     * or {@code https://} and URL characters only), by the rule that makes addresses in the text
     * links.
     */
    static boolean isLinkable(String reference) {
        return reference.length() > "https://".length() && WebAddresses.next(reference, 0) == 0
                && WebAddresses.end(reference, 0) == reference.length();
    }

    /** A badge up to its words: the level's class, its ball, and the opening of the words. */
    private static Markup badge(ProgressLevel level, boolean marked) {
        return BADGES[marked ? 1 : 0][level == null ? 0 : 1 + level.ordinal()];
    }

    private static Markup[][] badges() {
        ProgressLevel[] levels = ProgressLevel.values();
        Markup[][] badges = new Markup[2][levels.length + 1];
        for (int i = 0; i < 2; i++) {
            boolean marked = i == 1;
            for (int j = 0; j <= levels.length; j++) {
                ProgressLevel level = j == 0 ? null : levels[j - 1];
                badges[i][j] = HtmlOutput.prepare(o -> o.append("<span class=\"badge ").append(LevelLook.cssClass(level))
                        .append(marked ? " marked" : "").append("\">").append(LevelLook.ball(level, 18)).append("<span class=\"lv-words\">"));
            }
        }
        return badges;
    }

    // ---------------------------------------------------------------- level chart

    private static final int CHART_WIDTH = 520;
    private static final int BAR_HEIGHT = 24;
    private static final int LABEL_HEIGHT = 20;
    private static final int ROW_GAP = 12;
    private static final int TOTAL_SPACE = 48;

    /**
     * A horizontal stacked bar per row, all on one scale so that rows compare. Each segment
     * carries its count and its level's ball where it is wide enough, and a tooltip always;
     * the same numbers follow in a table for screen readers.
     */
    private void levelChart(LevelChart chart) {
        int n = ++charts;
        String titleId = "_chart-" + n + "-title";
        String descId = "_chart-" + n + "-desc";
        List<String> levelWords = chartLevelWords(chart);
        int max = 0;
        for (ChartRow row : chart.rows()) {
            max = Math.max(max, row.total());
        }
        int rows = chart.rows().size();
        int height = Math.max(1, rows * (LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP));
        double scale = max == 0 ? 0 : (CHART_WIDTH - TOTAL_SPACE) / (double) max;

        out.append("<figure class=\"chart\">\n");
        String caption = ownCaption(chart.caption());
        if (caption != null) {
            out.append("<figcaption>").text(caption).append("</figcaption>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height).append("\">\n");
        out.append("<title id=\"").append(titleId).append("\">").text(firstNonBlank(chart.caption(), headingTitle, labels.get("section.at-a-glance")))
                .append("</title>\n");
        out.append("<desc id=\"").append(descId).append("\">");
        chartDescription(chart, levelWords);
        out.append("</desc>\n");
        // the same few colours and balls stand on every row
        ProgressLevel[] levels = ProgressLevel.values();
        String[] colours = new String[levels.length];
        String[] inks = new String[levels.length];
        Markup[] balls = new Markup[levels.length];
        for (int i = 0; i < levels.length; i++) {
            colours[i] = LevelLook.colour(levels[i]);
            inks[i] = LevelLook.textOn(colours[i]);
            String ball = LevelLook.ball(levels[i], 14, true).replace("<svg class=\"ball\" ", "<svg ");
            balls[i] = HtmlOutput.prepare(o -> o.append(ball));
        }
        int y = 0;
        for (ChartRow row : chart.rows()) {
            out.append("<g>\n");
            out.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"14\" fill=\"").append(LevelLook.INK).append("\">")
                    .text(row.label()).append("</text>\n");
            int barY = y + LABEL_HEIGHT;
            double x = 0;
            for (int i = 0; i < Math.min(row.counts().size(), levelWords.size()); i++) {
                int count = row.counts().get(i) == null ? 0 : row.counts().get(i);
                if (count <= 0) {
                    continue;
                }
                double w = count * scale;
                out.append("<rect x=\"").tenths(x).append("\" y=\"").append(barY).append("\" width=\"").tenths(w)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colours[i])
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
                        .text(row.label()).append(" — ").text(levelWords.get(i)).append(": ").append(count).append("</title></rect>\n");
                double textY = barY + BAR_HEIGHT / 2.0 + 4.5;
                if (w >= 40) {
                    double bx = x + w / 2 - 15;
                    out.append("<g transform=\"translate(").tenths(bx).append(' ').tenths(barY + (BAR_HEIGHT - 14) / 2.0)
                            .append(")\">").append(balls[i]).append("</g>");
                    out.append("<text x=\"").tenths(bx + 18).append("\" y=\"").tenths(textY)
                            .append("\" font-size=\"14\" font-weight=\"700\" fill=\"").append(inks[i]).append("\">").append(count).append("</text>\n");
                } else if (w >= 14) {
                    out.append("<text x=\"").tenths(x + w / 2).append("\" y=\"").tenths(textY)
                            .append("\" font-size=\"14\" font-weight=\"700\" text-anchor=\"middle\" fill=\"").append(inks[i]).append("\">")
                            .append(count).append("</text>\n");
                }
                x += w;
            }
            out.append("<text x=\"").tenths(x + 6).append("\" y=\"").tenths(barY + BAR_HEIGHT / 2.0 + 4.5)
                    .append("\" font-size=\"14\" fill=\"").append(LevelLook.INK).append("\">").append(row.total()).append("</text>\n");
            out.append("</g>\n");
            y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
        }
        out.append("</svg>\n");
        out.append("<ul class=\"key\">");
        for (int i = 0; i < levelWords.size(); i++) {
            ProgressLevel level = ProgressLevel.values()[i];
            out.append("<li class=\"").append(LevelLook.cssClass(level)).append("\">").append(LevelLook.ball(level, 14))
                    .append("<span class=\"swatch\"></span>").text(levelWords.get(i)).append("</li>");
        }
        out.append("</ul>\n");
        chartTable(chart, levelWords);
        out.append("</figure>\n");
    }

    /** The chart's own level words where it has five, the report's otherwise. */
    private List<String> chartLevelWords(LevelChart chart) {
        List<String> words = new ArrayList<>();
        ProgressLevel[] levels = ProgressLevel.values();
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            words.add(firstNonBlank(given, labels.level(levels[i])));
        }
        return words;
    }

    /** One sentence per row, e.g. "Air Quality: 1 No Progress, 3 Moderate Progress (Total 4).", with a space between. */
    private void chartDescription(LevelChart chart, List<String> levelWords) {
        String none = own.get("chart.none");
        String total = own.get("chart.total");
        String between = "";
        StringBuilder what = new StringBuilder();
        for (ChartRow row : chart.rows()) {
            what.setLength(0);
            for (int i = 0; i < Math.min(row.counts().size(), levelWords.size()); i++) {
                Integer count = row.counts().get(i);
                if (count != null && count > 0) {
                    what.append(what.length() == 0 ? "" : ", ").append(count).append(' ').append(levelWords.get(i));
                }
            }
            if (what.length() == 0) {
                what.append(none);
            } else {
                what.append(" (").append(total).append(' ').append(row.total()).append(')');
            }
            out.append(between).text(own.format("chart.description", Html.clean(row.label()), what.toString()));
            between = " ";
        }
    }

    private void chartTable(LevelChart chart, List<String> levelWords) {
        String caption = ownCaption(chart.caption());
        // the box is what is hidden: a table cannot be made narrower than its cells, and would widen a phone's page
        out.append("<div class=\"sr-only chart-data-box\">\n<table class=\"chart-data\"");
        table(caption, caption == null ? headingId : null);
        out.append("<thead><tr><th scope=\"col\">").text(own.get("chart.category")).append("</th>");
        for (String words : levelWords) {
            out.append("<th scope=\"col\">").text(words).append("</th>");
        }
        out.append("<th scope=\"col\">").text(own.get("chart.total")).append("</th></tr></thead>\n<tbody>\n");
        if (chart.rows().isEmpty()) {
            emptyRow(levelWords.size() + 2);
        }
        for (ChartRow row : chart.rows()) {
            out.append("<tr><th scope=\"row\">").text(row.label()).append("</th>");
            for (int i = 0; i < levelWords.size(); i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                out.append("<td class=\"num\">").append(count == null ? 0 : count).append("</td>");
            }
            out.append("<td class=\"num\">").append(row.total()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    // ---------------------------------------------------------------- figures, timeline, legend

    private void figureTable(FigureTable table) {
        String[] fallback = {labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
            labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")};
        openBoxedTable("figures", table.caption());
        out.append("<thead><tr>");
        for (int i = 0; i < fallback.length; i++) {
            String header = i < table.headers().size() ? firstNonBlank(table.headers().get(i), fallback[i]) : fallback[i];
            out.append("<th scope=\"col\"").append(i == 2 || i == 3 ? " class=\"num\"" : "").append('>')
                    .text(header).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            emptyRow(fallback.length);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        for (FigureRow row : table.rows()) {
            out.append("<tr><td>").inline(row.group()).append("</td><th scope=\"row\">").inline(row.label())
                    .append("</th><td class=\"num\">").inline(row.value()).append("</td><td class=\"num\">")
                    .inline(row.target()).append("</td><td>");
            if (row.share() >= 0 && Double.isFinite(row.share())) {
                double width = Math.min(1, row.share()) * 100;
                out.append("<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:").tenths(width).append("%\"></span></span>")
                        .append("<span class=\"share\">").text(percent.format(row.share())).append("</span>");
            } else {
                out.append("<span class=\"empty\">").text(own.get("figures.no-target")).append("</span>");
            }
            out.append("</td><td>").text(row.asOf()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void timeline(Timeline timeline) {
        openBoxedTable("timeline", timeline.caption());
        out.append("<thead><tr><th scope=\"col\">").text(labels.get("timeline.date")).append("</th><th scope=\"col\">")
                .text(labels.get("timeline.event")).append("</th><th scope=\"col\">").text(labels.get("timeline.kind"))
                .append("</th><th scope=\"col\">").text(labels.get("timeline.place")).append("</th><th scope=\"col\">")
                .text(labels.get("timeline.group")).append("</th></tr></thead>\n<tbody>\n");
        if (timeline.entries().isEmpty()) {
            emptyRow(5);
        }
        for (TimelineEntry entry : timeline.entries()) {
            out.append("<tr><td class=\"date\">");
            String iso = entry.isoDate() == null ? "" : entry.isoDate().strip();
            String shown = firstNonBlank(entry.date(), iso);
            if (ISO_DATE.matcher(iso).matches()) {
                out.append("<time datetime=\"").append(iso).append("\">").text(shown).append("</time>");
            } else if (!iso.isEmpty()) {
                // A span such as 2016-10-20/2016-10-21 is no valid datetime value; keep it for machines anyway.
                out.append("<span data-iso=\"").text(iso).append("\">").text(shown).append("</span>");
            } else {
                out.text(shown);
            }
            out.append("</td><th scope=\"row\"><span class=\"event-title\">").inline(entry.title()).append("</span>");
            if (!blank(entry.details())) {
                out.append("<span class=\"event-details\">").inline(entry.details()).append("</span>");
            }
            out.append("</th><td>").text(entry.kind()).append("</td><td>").inline(entry.place())
                    .append("</td><td>").text(entry.group()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void legend(LevelLegend legend) {
        out.append("<figure class=\"legend\">\n");
        String caption = ownCaption(legend.caption());
        if (caption != null) {
            out.append("<figcaption>").text(caption).append("</figcaption>\n");
        }
        out.append("<ul class=\"key\">\n");
        for (LevelMark mark : legend.levels()) {
            if (mark == null) {
                continue;
            }
            out.append("<li class=\"").append(LevelLook.cssClass(mark.level())).append("\">").append(LevelLook.ball(mark.level(), 20))
                    .append("<span class=\"swatch\"></span><span class=\"key-text\"><span class=\"key-words\">")
                    .text(firstNonBlank(mark.label(), labels.level(mark.level()))).append("</span>");
            if (!blank(mark.rationale())) {
                out.append("<span class=\"key-desc\">").inline(mark.rationale()).append("</span>");
            }
            out.append("</span></li>\n");
        }
        out.append("</ul>\n</figure>\n");
    }

    // ---------------------------------------------------------------- helpers

    private static String stylesheet() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("The HTML format's stylesheet " + STYLESHEET + " is missing from its bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the printed pages carry of this report: a draft's mark on every page. */
    private String pageStyles() {
        if (!document.draft()) {
            return "";
        }
        return "/* A draft: its mark on every printed page */\n@page { @top-right { content: "
                + Html.cssString(own.get("draft.word").toUpperCase(locale))
                + "; font: 700 11pt system-ui, sans-serif; letter-spacing: .12em; color: #b42318; } }\n";
    }

    /** The level colours as CSS custom properties, from {@link ProgressLevel#colour()}. */
    private static String levelStyles() {
        StringBuilder css = new StringBuilder("/* Progress Key colours */\n");
        for (ProgressLevel level : ProgressLevel.values()) {
            css.append('.').append(LevelLook.cssClass(level)).append(" { --lv: ").append(LevelLook.colour(level))
                    .append("; --lv-tint: ").append(LevelLook.tint(level, 0.22))
                    .append("; --lv-edge: ").append(LevelLook.tint(level, 0.6)).append("; }\n");
        }
        css.append(".lv-none { --lv: #ffffff; --lv-tint: #f3f4f6; --lv-edge: #8c959f; }\n");
        return css.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!blank(candidate)) {
                return Html.clean(candidate);
            }
        }
        return "";
    }
}
