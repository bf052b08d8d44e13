package mou.format.markdown.internal;

import static mou.format.markdown.internal.Md.text;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
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
 * counts. One instance per rendering.
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
    private final StringBuilder out = new StringBuilder(1 << 15);
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private boolean lastWasList;
    private char bullet = '-';

    MarkdownRenderer(ReportDocument document) {
        this.document = document;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.markdown.internal.labels", MarkdownRenderer.class.getClassLoader(), document.language());
        this.locale = Locale.forLanguageTag(document.language() == null ? "en" : document.language());
    }

    String render() {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            render(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    void render(java.io.Writer sink) throws java.io.IOException {
        assignIds(document.sections());
        String title = firstNonBlank(document.title(), document.subtitle(), String.valueOf(document.year()));
        out.append("# ").append(text(title)).append("\n\n");
        if (!blank(document.title()) && !blank(document.subtitle())) {
            out.append("**").append(text(document.subtitle())).append("**\n\n");
        }
        if (!document.sections().isEmpty()) {
            out.append("## ").append(text(labels.get("report.contents"))).append("\n\n");
            contents(document.sections(), 0);
            out.append('\n');
        }
        for (Section section : document.sections()) {
            section(section, 1);
            // write out all but the trailing line breaks, which the end below trims
            int keep = out.length();
            while (keep > 0 && out.charAt(keep - 1) == '\n') {
                keep--;
            }
            if (keep >= 1 << 16) {
                sink.append(out, 0, keep);
                out.delete(0, keep);
            }
        }
        // One trailing newline, however the last block ended.
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        sink.append(out.append('\n'));
        out.setLength(0);
    }

    private void assignIds(List<Section> sections) {
        for (Section section : sections) {
            String base = Md.sectionId(section.id());
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "-" + n;
            }
            sectionIds.put(section, id);
            assignIds(section.subsections());
        }
    }

    private void contents(List<Section> sections, int depth) {
        String indent = "  ".repeat(depth);
        for (Section section : sections) {
            out.append(indent).append("- [").append(text(sectionTitle(section))).append("](#")
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
                .append(text(sectionTitle(section))).append("\n\n");
        for (Block block : section.blocks()) {
            block(block);
        }
        for (Section sub : section.subsections()) {
            section(sub, depth + 1);
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
            paragraph(text(p.text()));
        } else if (block instanceof BulletList list) {
            for (String item : list.items()) {
                out.append(bullet).append(' ').append(text(item)).append('\n');
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
            out.append("> **").append(text(own.get("notice." + severity.name().toLowerCase(Locale.ROOT)))).append(":** ")
                    .append(text(notice.text())).append("\n\n");
        } else {
            out.append("> **").append(text(own.get("notice.error"))).append(":** ")
                    .append(text(block.getClass().getSimpleName())).append(" (unknown block)\n\n");
        }
    }

    private void paragraph(String markdown) {
        if (!markdown.isEmpty()) {
            out.append(markdown).append("\n\n");
        }
    }

    private void caption(String caption) {
        if (!blank(caption)) {
            out.append("**").append(text(caption)).append("**\n\n");
        }
    }

    private void facts(Facts facts) {
        for (Fact fact : facts.facts()) {
            out.append(bullet).append(" **").append(text(fact.term())).append(":**");
            if (fact.values().size() == 1) {
                out.append(' ').append(text(fact.values().get(0))).append('\n');
            } else {
                out.append('\n');
                for (String value : fact.values()) {
                    out.append("  - ").append(text(value)).append('\n');
                }
            }
        }
        out.append('\n');
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
            headers.add(i < table.headers().size() ? text(table.headers().get(i)) : "");
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(row.stream().map(Md::text).toList());
        }
        pipeTable(headers, Collections.nCopies(columns, false), rows);
    }

    /** A pipe table; cells are Markdown already (escaped text, or this format's own markup). */
    private void pipeTable(List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
        int columns = headers.size();
        row(headers, columns);
        out.append('|');
        for (int i = 0; i < columns; i++) {
            out.append(numeric.get(i) ? " ---: |" : " --- |");
        }
        out.append('\n');
        if (rows.isEmpty()) {
            List<String> empty = new ArrayList<>(Collections.nCopies(columns, ""));
            empty.set(0, "*" + text(own.get("table.empty")) + "*");
            row(empty, columns);
        }
        for (List<String> row : rows) {
            row(row, columns);
        }
        out.append('\n');
    }

    private void row(List<String> cells, int columns) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            out.append(' ').append(cell);
            out.append(cell.isEmpty() ? "|" : " |");
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
            out.append("**").append(text(table.caption())).append("**");
            out.append(blank(table.goal()) ? "\n\n" : " — " + text(table.goal()) + "\n\n");
        } else {
            paragraph(text(table.goal()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProgressRow row : table.rows()) {
            String activity = text(row.activity());
            if (!blank(row.note())) {
                activity += BR + "*" + text(labels.get("table.note")) + ":* " + text(row.note());
            }
            rows.add(List.of(activity, deliverables(row.deliverables()), level(row.level())));
        }
        pipeTable(List.of(text(activities), text(deliverables), text(progress)), List.of(false, false, false), rows);
    }

    private String deliverables(List<DeliverableLine> lines) {
        List<String> items = new ArrayList<>();
        for (DeliverableLine line : lines) {
            StringBuilder item = new StringBuilder("• ");
            if (!blank(line.typeLabel())) {
                item.append("**").append(text(line.typeLabel())).append(":** ");
            }
            item.append(text(line.title()));
            if (!blank(line.summary())) {
                item.append(" — ").append(text(line.summary()));
            }
            if (!blank(line.note())) {
                item.append(" (*").append(text(labels.get("table.note"))).append(":* ").append(text(line.note())).append(')');
            }
            items.add(item.toString());
        }
        return items.isEmpty() ? "—" : String.join(BR, items);
    }

    /** The level's symbol and words, "inferred" in words with the reason, and the change from last year. */
    private String level(LevelMark given) {
        LevelMark mark = given == null ? new LevelMark(null, labels.level(null), false, "", null) : given;
        StringBuilder cell = new StringBuilder(symbol(mark.level())).append(' ')
                .append(text(firstNonBlank(mark.label(), labels.level(mark.level()))));
        if (mark.inferred()) {
            cell.append(BR).append('*').append(text(capitalise(labels.get("level.inferred")))).append('*');
            if (!blank(mark.rationale())) {
                cell.append(": ").append(text(mark.rationale()));
            }
        } else if (!blank(mark.rationale())) {
            cell.append(BR).append(text(mark.rationale()));
        }
        if (!blank(mark.change())) {
            cell.append(BR).append('*').append(text(own.format("level.change-since", String.valueOf(document.year() - 1))))
                    .append(":* ").append(text(mark.change()));
        }
        return cell.toString();
    }

    // ---------------------------------------------------------------- chart, figures, timeline, legend

    private void levelChart(LevelChart chart) {
        caption(chart.caption());
        ProgressLevel[] levels = ProgressLevel.values();
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        headers.add(text(own.get("chart.category")));
        numeric.add(false);
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            headers.add(symbol(levels[i]) + " " + text(firstNonBlank(given, labels.level(levels[i]))));
            numeric.add(true);
        }
        headers.add(text(own.get("chart.total")));
        numeric.add(true);
        List<List<String>> rows = new ArrayList<>();
        for (ChartRow row : chart.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row.label()));
            for (int i = 0; i < levels.length; i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                cells.add(String.valueOf(count == null ? 0 : count));
            }
            cells.add("**" + row.total() + "**");
            rows.add(cells);
        }
        pipeTable(headers, numeric, rows);
    }

    private void figureTable(FigureTable table) {
        String[] fallback = {labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
            labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")};
        caption(table.caption());
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < fallback.length; i++) {
            headers.add(text(i < table.headers().size() ? firstNonBlank(table.headers().get(i), fallback[i]) : fallback[i]));
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        List<List<String>> rows = new ArrayList<>();
        for (FigureRow row : table.rows()) {
            String progress = row.share() >= 0 && Double.isFinite(row.share())
                    ? bar(row.share()) + " " + text(percent.format(row.share()))
                    : "*" + text(own.get("figures.no-target")) + "*";
            rows.add(List.of(text(row.group()), text(row.label()), text(row.value()), text(row.target()), progress, text(row.asOf())));
        }
        pipeTable(headers, List.of(false, false, true, true, false, false), rows);
    }

    /** A text bar of ten cells, e.g. {@code ██████░░░░} for 0.6; full at and beyond the target. */
    static String bar(double share) {
        int filled = (int) Math.round(Math.min(1, Math.max(0, share)) * BAR_WIDTH);
        return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    }

    private void timeline(Timeline timeline) {
        caption(timeline.caption());
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            String event = "**" + text(entry.title()) + "**";
            if (!blank(entry.details())) {
                event += BR + text(entry.details());
            }
            rows.add(List.of(text(firstNonBlank(entry.date(), entry.isoDate())), event, text(entry.kind()), text(entry.place()),
                    text(entry.group())));
        }
        pipeTable(List.of(text(labels.get("timeline.date")), text(labels.get("timeline.event")), text(labels.get("timeline.kind")),
                text(labels.get("timeline.place")), text(labels.get("timeline.group"))), List.of(false, false, false, false, false), rows);
    }

    private void legend(LevelLegend legend) {
        caption(legend.caption());
        for (LevelMark mark : legend.levels()) {
            if (mark == null) {
                continue;
            }
            out.append(bullet).append(' ').append(symbol(mark.level())).append(' ').append(text(firstNonBlank(mark.label(), labels.level(mark.level()))));
            if (!blank(mark.rationale())) {
                out.append(" — ").append(text(mark.rationale()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- helpers

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

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
