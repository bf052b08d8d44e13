package mou.format.markdown.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.Block.BulletList;
import mou.core.report.Block.ChartRow;
import mou.core.report.Block.DeliverableLine;
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

/**
 * Writes one report as GitHub-flavoured Markdown, in the same order and with the same content
 * as the HTML report: headings, pipe tables, levels as a symbol plus words, charts as tables of
 * counts. One instance per rendering. Markup and texts go straight into the
 * {@link MarkdownOutput}, texts escaped on their way in.
 */
final class MarkdownRenderer {

    /** The Progress Key colours as symbols, so a level reads at a glance; its words always follow. */
    static String symbol(ProgressLevel level) {
        if (level == null) {
            return "⚪";
        }
        return switch (level) {
            case NO_PROGRESS -> "🔴";
            case INITIAL -> "🟠";
            case MODERATE -> "🟡";
            case SIGNIFICANT -> "🟢";
            case ACHIEVED -> "🔵";
        };
    }

    private static final int TOC_DEPTH = 2;
    private static final int BAR_WIDTH = 10;
    /** A line break inside a table cell; GitHub renders it, and it is this format's own markup. */
    private static final String BR = "<br>";

    private final ReportDocument document;
    private final Labels labels;
    private final Labels own;
    private final Locale locale;
    private final MarkdownOutput out;
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    /** The activities whose row has been written (and so has its anchor). */
    private final Set<String> firstRow = new HashSet<>();
    /** The words written on every row of a progress table, looked up once per rendering. */
    private final String noteLabel;
    private final String changeSince;
    /** The anchor of each section id (the first section with that id), for links to a figure's or event's home. */
    private final Map<String, String> anchorsById = new java.util.HashMap<>();
    /** The anchor of each activity id shown in a progress table, for links to its row. */
    private final Map<String, String> activityAnchors = new java.util.HashMap<>();
    /** The anchor of each activity's line in its chapter's "Why each level" list. */
    private final Map<String, String> whyAnchors = new java.util.HashMap<>();
    /** How the report refers to each activity of a progress table ("Activity 3.1"), to link a figure's first column that says so. */
    private final Map<String, String> activityNames = new java.util.HashMap<>();
    /** The rows of the chapter being written whose levels are explained at its end. */
    private final List<ProgressRow> chapterRows = new ArrayList<>();
    /** The title of the section being written: a caption that repeats it is left out. */
    private String currentTitle;
    private boolean lastWasList;
    private char bullet = '-';
    /** Where the cell being written started, to tell whether anything was written in it. */
    private long cellStart;

    MarkdownRenderer(ReportDocument document, MarkdownOutput out) {
        this.document = document;
        this.out = out;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.markdown.internal.labels", MarkdownRenderer.class.getClassLoader(), document.language());
        this.locale = Locale.forLanguageTag(document.language() == null ? "en" : document.language());
        this.noteLabel = labels.get("table.note");
        this.changeSince = own.format("level.change-since", String.valueOf(document.year() - 1));
    }

    void render() {
        assignIds(document.sections());
        assignActivityIds(document.sections());
        String title = firstNonBlank(document.title(), document.subtitle(), String.valueOf(document.year()));
        out.append("# ").text(title).append("\n\n");
        if (!blank(document.title()) && !blank(document.subtitle())) {
            out.append("**").text(document.subtitle()).append("**\n\n");
        }
        if (document.draft()) {
            out.append("> **").text(labels.get("report.draft")).append("** — ").text(labels.get("report.draft.note")).append("\n\n");
        }
        if (!document.sections().isEmpty()) {
            out.append("## ").text(labels.get("report.contents")).append("\n\n");
            contents(document.sections(), 0);
            out.append('\n');
        }
        for (Section section : document.sections()) {
            section(section, 1);
        }
        // One trailing newline, however the last block ended.
        out.finish();
    }

    private void assignIds(List<Section> sections) {
        for (Section section : sections) {
            String base = Md.sectionId(section.id());
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "-" + n;
            }
            sectionIds.put(section, id);
            anchorsById.putIfAbsent(section.id(), id);
            assignIds(section.subsections());
        }
    }

    /** An anchor for each activity of a progress table (the first row of an activity shown twice). */
    private void assignActivityIds(List<Section> sections) {
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof ProgressTable table) {
                    for (ProgressRow row : table.rows()) {
                        if (!blank(row.activityId()) && !activityAnchors.containsKey(row.activityId())) {
                            activityAnchors.put(row.activityId(), uniqueId("activity-" + Md.sectionId(row.activityId())));
                            whyAnchors.put(row.activityId(), uniqueId("why-" + Md.sectionId(row.activityId())));
                            if (!blank(row.reference())) {
                                activityNames.put(row.activityId(), labels.format("activity.reference", row.reference()));
                            }
                        }
                    }
                }
            }
            assignActivityIds(section.subsections());
        }
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void contents(List<Section> sections, int depth) {
        String indent = "  ".repeat(depth);
        for (Section section : sections) {
            out.append(indent).append("- [").text(sectionTitle(section)).append("](#")
                    .append(sectionIds.get(section)).append(")\n");
            if (depth + 1 < TOC_DEPTH) {
                contents(section.subsections(), depth + 1);
            }
        }
    }

    /** The anchor before the words, so that links to a section id work whatever slug a renderer makes. */
    private void section(Section section, int depth) {
        int level = Math.min(6, depth + 1);
        lastWasList = false;
        out.append("#".repeat(level)).append(" <a id=\"").append(sectionIds.get(section)).append("\"></a>")
                .text(sectionTitle(section)).append("\n\n");
        for (Block block : section.blocks()) {
            currentTitle = section.title();
            block(block);
        }
        for (Section sub : section.subsections()) {
            section(sub, depth + 1);
        }
        if (depth == 1) {
            whyEachLevel(section, level + 1);
        }
    }

    /**
     * At the end of a chapter: what the marks of its levels mean (one note each for inferred and
     * carried-over levels) and why each level was given, one line per activity, where any row of
     * the chapter has a reason, a mark or evidence.
     */
    private void whyEachLevel(Section chapter, int level) {
        List<ProgressRow> rows = new ArrayList<>(chapterRows);
        chapterRows.clear();
        boolean inferred = false;
        boolean carried = false;
        for (ProgressRow row : rows) {
            inferred |= row.level().inferred();
            carried |= row.level().carriedOver();
        }
        if (rows.isEmpty()) {
            return;
        }
        lastWasList = false;
        String anchor = uniqueId(sectionIds.get(chapter) + ".why");
        out.append("#".repeat(Math.min(6, level))).append(" <a id=\"").append(anchor).append("\"></a>")
                .text(own.get("why.title")).append("\n\n");
        if (inferred) {
            out.text(own.get("why.inferred")).append("\n\n");
        }
        if (carried) {
            out.text(own.get("why.carried-over")).append("\n\n");
        }
        for (ProgressRow row : rows) {
            LevelMark mark = row.level();
            out.append("- ");
            String why = row.activityId() == null ? null : whyAnchors.remove(row.activityId());
            if (why != null) {
                out.append("<a id=\"").append(why).append("\"></a>");
            }
            String link = activityAnchors.get(row.activityId());
            String name = blank(row.reference()) ? row.activityId() : labels.format("activity.reference", row.reference());
            if (link != null) {
                out.append("[").text(name).append("](#").append(link).append(")");
            } else {
                out.text(name);
            }
            out.append(": ").append(symbol(mark.level())).append(' ').text(firstNonBlank(mark.label(), labels.level(mark.level())));
            marks(mark);
            if (!blank(mark.rationale())) {
                out.append(" — ").text(mark.rationale());
            }
            if (!mark.evidence().isEmpty()) {
                out.append(" — ").text(own.get("evidence")).append(": ");
                evidence(mark.evidence());
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** The compact marks after a level's words: † inferred, ‡ carried over. */
    private void marks(LevelMark mark) {
        if (mark.inferred()) {
            out.append("†");
        }
        if (mark.carriedOver()) {
            out.append("‡");
        }
    }

    /** Evidence as links (web addresses) and file names (files in the workspace), joined with commas. */
    private void evidence(List<Block.EvidenceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Block.EvidenceLine line = lines.get(i);
            if (i > 0) {
                out.append(", ");
            }
            if (line.webAddress()) {
                out.append('[').text(firstNonBlank(line.title(), line.reference())).append("](<")
                        .append(Md.destination(line.reference())).append(">)");
            } else {
                String reference = line.reference() == null ? "" : line.reference();
                String name = reference.substring(reference.lastIndexOf('/') + 1);
                if (!blank(line.title())) {
                    out.text(line.title()).append(" (").text(name).append(')');
                } else {
                    out.text(name);
                }
            }
        }
    }

    private static String sectionTitle(Section section) {
        return firstNonBlank(section.title(), section.id(), "—");
    }

    /**
     * Every kind of block the core defines. Java 17 has no pattern switch, so the chain ends in a
     * visible placeholder; the tests render every permitted subclass of {@link Block} and fail on it.
     */
    void block(Block block) {
        boolean wasList = lastWasList;
        lastWasList = block instanceof BulletList || block instanceof Facts
                || block instanceof LevelLegend legend && blank(legend.caption());
        // Two lists in a row with the same bullet would merge into one; a new bullet starts a new list.
        bullet = wasList && lastWasList && bullet == '-' ? '*' : '-';
        if (block instanceof Paragraph p) {
            paragraph(p.text());
        } else if (block instanceof BulletList list) {
            for (String item : list.items()) {
                out.append(bullet).append(' ').text(item).append('\n');
            }
            out.append('\n');
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
            Block.Severity severity = notice.severity() == null ? Block.Severity.INFO : notice.severity();
            out.append("> **").text(own.get("notice." + severity.name().toLowerCase(Locale.ROOT))).append(":** ")
                    .text(notice.text()).append("\n\n");
        } else {
            out.append("> **").text(own.get("notice.error")).append(":** ")
                    .text(block.getClass().getSimpleName()).append(" (unknown block)\n\n");
        }
    }

    /** A text as a paragraph of its own; nothing at all where it comes out empty. */
    private void paragraph(String text) {
        long start = out.position();
        out.text(text);
        if (out.position() != start) {
            out.append("\n\n");
        }
    }

    /** A table's caption in bold; none where the section's heading already says it. */
    private void caption(String caption) {
        if (!blank(caption) && !caption.strip().equals(currentTitle == null ? null : currentTitle.strip())) {
            out.append("**").text(caption).append("**\n\n");
        }
    }

    private void facts(Facts facts) {
        for (Fact fact : facts.facts()) {
            out.append(bullet).append(" **").text(fact.term()).append(":**");
            if (fact.values().size() == 1) {
                out.append(' ').text(fact.values().get(0)).append('\n');
            } else {
                out.append('\n');
                for (String value : fact.values()) {
                    out.append("  - ").text(value).append('\n');
                }
            }
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- pipe tables

    /*
     * A pipe table is written row by row, cell by cell: "| a | b |", where an empty cell is "|"
     * after its space. Cells are Markdown: escaped texts, or this format's own markup.
     */

    /** The header row, the alignment row (numeric columns to the right) and, for a table without rows, a row saying so. */
    private void tableHead(List<String> headers, boolean[] numeric, boolean empty) {
        out.append('|');
        for (String header : headers) {
            cell().text(header);
            endCell();
        }
        out.append("\n|");
        for (boolean right : numeric) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        if (empty) {
            out.append("| *").text(own.get("table.empty")).append("* |");
            for (int i = 1; i < headers.size(); i++) {
                out.append(" |");
            }
            out.append('\n');
        }
    }

    private MarkdownOutput cell() {
        out.append(' ');
        cellStart = out.position();
        return out;
    }

    private void endCell() {
        out.append(out.position() == cellStart ? "|" : " |");
    }

    private void textCell(String text) {
        cell().text(text);
        endCell();
    }

    private void table(Table table) {
        int columns = table.headers().size();
        for (List<String> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        columns = Math.max(1, columns);
        caption(table.caption());
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            headers.add(i < table.headers().size() ? table.headers().get(i) : "");
        }
        tableHead(headers, new boolean[columns], table.rows().isEmpty());
        for (List<String> row : table.rows()) {
            out.append('|');
            for (int i = 0; i < columns; i++) {
                textCell(i < row.size() ? row.get(i) : "");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- progress tables

    private void progressTable(ProgressTable table) {
        List<String> headers = table.headers();
        String activities = headers.size() >= 4 ? headers.get(1) : labels.get("table.activities");
        String deliverables = headers.size() >= 4 ? headers.get(2) : labels.get("table.deliverables");
        String progress = headers.size() >= 4 ? headers.get(3) : labels.get("table.progress");
        if (!blank(table.caption())) {
            out.append("**").text(table.caption()).append("**");
            if (blank(table.goal())) {
                out.append("\n\n");
            } else {
                out.append(" — ").text(table.goal()).append("\n\n");
            }
        } else {
            paragraph(table.goal());
        }
        tableHead(Arrays.asList(activities, deliverables, progress), new boolean[3], table.rows().isEmpty());
        for (ProgressRow row : table.rows()) {
            out.append('|');
            cell();
            String anchor = row.activityId() == null ? null : activityAnchors.get(row.activityId());
            if (anchor != null && firstRow.add(row.activityId())) {
                out.append("<a id=\"").append(anchor).append("\"></a>");
            }
            if (!blank(row.reference())) {
                reference(row.reference());
                out.append(' ');
            }
            out.text(row.activity());
            if (!blank(row.note())) {
                out.append(BR).append('*').text(noteLabel).append(":* ").text(row.note());
            }
            endCell();
            cell();
            deliverables(row.deliverables());
            endCell();
            cell();
            LevelMark mark = row.level() == null ? unrated() : row.level();
            level(mark, row.activityId() == null ? null : whyAnchors.get(row.activityId()));
            endCell();
            out.append('\n');
            if (mark.inferred() || mark.carriedOver() || !blank(mark.rationale()) || !mark.evidence().isEmpty()) {
                chapterRows.add(row.level() == null ? new ProgressRow(row.activityId(), row.activity(), row.note(),
                        row.deliverables(), mark, row.reference()) : row);
            }
        }
        out.append('\n');
    }

    /** An activity's short reference in bold: "3.1" is digits and points (written as they are, not as a list's number), else a text. */
    private void reference(String reference) {
        out.append("**");
        if (reference.matches("[0-9]+(\\.[0-9]+)*")) {
            out.append(reference);
        } else {
            out.text(reference);
        }
        out.append("**");
    }

    private LevelMark unrated() {
        return new LevelMark(null, labels.level(null), false, "", null);
    }

    private void deliverables(List<DeliverableLine> lines) {
        if (lines.isEmpty()) {
            out.append("—");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            DeliverableLine line = lines.get(i);
            out.append(i == 0 ? "• " : BR + "• ");
            if (!blank(line.typeLabel())) {
                out.append("**").text(line.typeLabel()).append(":** ");
            }
            out.text(line.title());
            if (!blank(line.summary())) {
                out.append(" — ").text(line.summary());
            }
            if (!blank(line.note())) {
                out.append(" (*").text(noteLabel).append(":* ").text(line.note()).append(')');
            }
        }
    }

    /**
     * The level's symbol and words with its compact marks (linked to why it was given, at the end
     * of the chapter), and the change from last year. The reasons and evidence are listed there,
     * not on every row.
     */
    private void level(LevelMark mark, String why) {
        out.append(symbol(mark.level())).append(' ').text(firstNonBlank(mark.label(), labels.level(mark.level())));
        if (mark.inferred() || mark.carriedOver()) {
            if (why != null) {
                out.append("[");
                marks(mark);
                out.append("](#").append(why).append(")");
            } else {
                marks(mark);
            }
        }
        if (!blank(mark.change())) {
            out.append(BR).append('*').text(changeSince).append(":* ").text(mark.change());
        }
    }

    // ---------------------------------------------------------------- chart, figures, timeline, legend

    private void levelChart(LevelChart chart) {
        caption(chart.caption());
        ProgressLevel[] levels = ProgressLevel.values();
        boolean[] numeric = new boolean[levels.length + 2];
        out.append('|');
        textCell(own.get("chart.category"));
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            cell().append(symbol(levels[i])).append(' ').text(firstNonBlank(given, labels.level(levels[i])));
            endCell();
            numeric[i + 1] = true;
        }
        textCell(own.get("chart.total"));
        numeric[levels.length + 1] = true;
        out.append("\n|");
        for (boolean right : numeric) {
            out.append(right ? " ---: |" : " --- |");
        }
        out.append('\n');
        if (chart.rows().isEmpty()) {
            out.append("| *").text(own.get("table.empty")).append("* |");
            for (int i = 1; i < numeric.length; i++) {
                out.append(" |");
            }
            out.append('\n');
        }
        for (ChartRow row : chart.rows()) {
            out.append('|');
            textCell(row.label());
            for (int i = 0; i < levels.length; i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                out.append(' ').append(count == null ? 0 : count).append(" |");
            }
            out.append(" **").append(row.total()).append("** |\n");
        }
        out.append('\n');
    }

    /**
     * Figures: the first column (the group, or the activity's reference linked to its row), the
     * figure (linked to where it is shown in full when this row is an overview), value, and the
     * target and progress columns only when some figure has a target (a figure without one leaves
     * them empty), then when it was measured.
     */
    private void figureTable(FigureTable table) {
        String[] fallback = {labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
            labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")};
        caption(table.caption());
        boolean targets = false;
        boolean asOf = false;
        for (FigureRow row : table.rows()) {
            targets |= !blank(row.target()) || row.share() >= 0 && Double.isFinite(row.share());
            asOf |= !blank(row.asOf());
        }
        boolean[] shown = {true, true, true, targets, targets, asOf || table.rows().isEmpty()};
        boolean[] right = {false, false, true, true, false, false};
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < fallback.length; i++) {
            if (shown[i]) {
                headers.add(i < table.headers().size() ? firstNonBlank(table.headers().get(i), fallback[i]) : fallback[i]);
                numeric.add(right[i]);
            }
        }
        boolean[] alignment = new boolean[numeric.size()];
        for (int i = 0; i < alignment.length; i++) {
            alignment[i] = numeric.get(i);
        }
        tableHead(headers, alignment, table.rows().isEmpty());
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        for (FigureRow row : table.rows()) {
            out.append('|');
            String first = firstLink(row);
            if (first != null) {
                cell().append('[').text(row.group()).append("](#").append(first).append(')');
                endCell();
            } else {
                textCell(row.group());
            }
            String home = row.home() == null ? null : anchorsById.get(row.home());
            if (home != null) {
                cell().append('[').text(row.label()).append("](#").append(home).append(')');
                endCell();
            } else {
                textCell(row.label());
            }
            textCell(row.value());
            if (targets) {
                textCell(row.target());
                cell();
                if (row.share() >= 0 && Double.isFinite(row.share())) {
                    out.append(bar(row.share())).append(' ').text(percent.format(row.share()));
                }
                endCell();
            }
            if (shown[5]) {
                textCell(row.asOf());
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /**
     * Where a figure's first column links: to the activity's row when it names the activity as the
     * report refers to it ("Activity 3.2"), else to the group's chapter when it is the group; null for no link.
     */
    private String firstLink(FigureRow row) {
        if (blank(row.group())) {
            return null;
        }
        if (row.activityId() != null && row.group().equals(activityNames.get(row.activityId()))) {
            return activityAnchors.get(row.activityId());
        }
        return row.groupId() == null ? null : anchorsById.get(row.groupId());
    }

    /** A text bar of ten cells, e.g. {@code ██████░░░░} for 0.6; full at and beyond the target. */
    static String bar(double share) {
        int filled = (int) Math.round(Math.min(1, Math.max(0, share)) * BAR_WIDTH);
        return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    }

    /**
     * Events in date order; those known only by their year follow the year's dated ones under a
     * row of their own ("Date not given in 2016"). An entry whose event is shown in full elsewhere
     * links there. The place and working-group columns appear only when they say something: some
     * event has a place; the events are of more than one group.
     */
    private void timeline(Timeline timeline) {
        caption(timeline.caption());
        boolean places = false;
        java.util.Set<String> groups = new HashSet<>();
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
        tableHead(headers, new boolean[headers.size()], timeline.entries().isEmpty());
        String undatedYear = null;
        for (TimelineEntry entry : timeline.entries()) {
            if (entry.yearOnly() && !entry.isoDate().equals(undatedYear)) {
                undatedYear = entry.isoDate();
                out.append("| **").text(labels.format("timeline.year-only", undatedYear)).append("** |");
                for (int i = 1; i < headers.size(); i++) {
                    out.append(" |");
                }
                out.append('\n');
            }
            out.append('|');
            textCell(firstNonBlank(entry.date(), entry.isoDate()));
            String home = entry.home() == null ? null : anchorsById.get(entry.home());
            cell().append("**");
            if (home != null) {
                out.append('[').text(entry.title()).append("](#").append(home).append(')');
            } else {
                out.text(entry.title());
            }
            out.append("**");
            if (!blank(entry.details())) {
                out.append(BR).text(entry.details());
            }
            endCell();
            textCell(entry.kind());
            if (places) {
                textCell(entry.place());
            }
            if (groupColumn) {
                textCell(entry.group());
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void legend(LevelLegend legend) {
        caption(legend.caption());
        for (LevelMark mark : legend.levels()) {
            if (mark == null) {
                continue;
            }
            out.append(bullet).append(' ').append(symbol(mark.level())).append(' ').text(firstNonBlank(mark.label(), labels.level(mark.level())));
            if (!blank(mark.rationale())) {
                out.append(" — ").text(mark.rationale());
            }
            out.append('\n');
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- helpers

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!blank(candidate)) {
                return candidate;
            }
        }
        return "";
    }
}
