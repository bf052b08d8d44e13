package mou.format.html.internal;

import static mou.format.html.internal.Html.escape;
import static mou.format.html.internal.Html.inline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
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
 * Writes one report as one self-contained HTML5 page. One instance per rendering: it keeps the
 * ids handed out so far (ids must be unique in a page) and the running footnote number.
 */
final class HtmlRenderer {

    private static final String STYLESHEET = "report.css";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** How deep the table of contents goes: top sections and their subsections. */
    private static final int TOC_DEPTH = 2;

    private final ReportDocument document;
    private final Labels labels;
    private final Labels own;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private int footnotes;
    private int charts;

    HtmlRenderer(ReportDocument document) {
        this.document = document;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.html.internal.labels", HtmlRenderer.class.getClassLoader(), document.language());
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
        String subtitle = blank(document.title()) ? "" : Html.clean(document.subtitle());
        String pageTitle = blank(subtitle) ? title : title + " — " + subtitle;

        out.append("<!DOCTYPE html>\n");
        out.append("<html lang=\"").append(escape(languageTag())).append("\">\n");
        out.append("<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"generator\" content=\"mou-progress\">\n");
        out.append("<title>").append(escape(pageTitle)).append("</title>\n");
        out.append("<style>\n").append(stylesheet()).append(levelStyles()).append("</style>\n");
        out.append("</head>\n<body>\n");
        out.append("<a class=\"skip\" href=\"#_main\">").append(escape(own.get("skip"))).append("</a>\n");
        out.append("<div class=\"page\">\n");
        out.append("<header class=\"cover\">\n<h1>").append(escape(title)).append("</h1>\n");
        if (!blank(subtitle)) {
            out.append("<p class=\"subtitle\">").append(escape(subtitle)).append("</p>\n");
        }
        out.append("</header>\n<div class=\"layout\">\n");
        if (!document.sections().isEmpty()) {
            contents();
        }
        out.append("<main id=\"_main\">\n");
        for (Section section : document.sections()) {
            section(section, 1);
            if (out.length() >= 1 << 16) {
                sink.append(out);
                out.setLength(0);
            }
        }
        out.append("</main>\n</div>\n</div>\n</body>\n</html>\n");
        sink.append(out);
        out.setLength(0);
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

    private void contents() {
        out.append("<nav class=\"toc\" aria-labelledby=\"_toc-title\">\n<h2 id=\"_toc-title\">")
                .append(escape(labels.get("report.contents"))).append("</h2>\n");
        contentsList(document.sections(), 1);
        out.append("</nav>\n");
    }

    private void contentsList(List<Section> sections, int depth) {
        out.append("<ol>\n");
        for (Section section : sections) {
            out.append("<li><a href=\"#").append(escape(sectionIds.get(section))).append("\">")
                    .append(escape(sectionTitle(section))).append("</a>");
            if (depth < TOC_DEPTH && !section.subsections().isEmpty()) {
                out.append('\n');
                contentsList(section.subsections(), depth + 1);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** Depth 1 is a top-level chapter (h2); deeper sections take the next level down, h6 at most. */
    private void section(Section section, int depth) {
        int h = Math.min(6, depth + 1);
        out.append("<section id=\"").append(escape(sectionIds.get(section))).append("\">\n");
        out.append("<h").append(h).append('>').append(escape(sectionTitle(section))).append("</h").append(h).append(">\n");
        for (Block block : section.blocks()) {
            block(block);
        }
        for (Section sub : section.subsections()) {
            section(sub, depth + 1);
        }
        out.append("</section>\n");
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
            out.append("<p>").append(inline(p.text())).append("</p>\n");
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
            out.append("<li>").append(inline(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void facts(Facts facts) {
        out.append("<dl class=\"facts\">\n");
        for (Fact fact : facts.facts()) {
            out.append("<div><dt>").append(escape(fact.term())).append("</dt>");
            if (fact.values().isEmpty()) {
                out.append("<dd>—</dd>");
            }
            for (String value : fact.values()) {
                out.append("<dd>").append(inline(value)).append("</dd>");
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
        out.append("<table class=\"plain\">\n");
        caption(table.caption());
        if (!table.headers().isEmpty()) {
            out.append("<thead><tr>");
            for (int i = 0; i < columns; i++) {
                String header = i < table.headers().size() ? table.headers().get(i) : "";
                out.append("<th scope=\"col\">").append(escape(header)).append("</th>");
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
                out.append("<td>").append(i < row.size() ? inline(row.get(i)) : "").append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void caption(String caption) {
        if (!blank(caption)) {
            out.append("<caption><span class=\"cap\">").append(escape(caption)).append("</span></caption>\n");
        }
    }

    private void emptyRow(int columns) {
        out.append("<tr><td class=\"empty\" colspan=\"").append(columns).append("\">")
                .append(escape(own.get("table.empty"))).append("</td></tr>\n");
    }

    private void notice(Notice notice) {
        Block.Severity severity = notice.severity() == null ? Block.Severity.INFO : notice.severity();
        String kind = severity.name().toLowerCase(Locale.ROOT);
        String role = severity == Block.Severity.ERROR ? "alert" : "note";
        out.append("<div class=\"notice notice-").append(kind).append("\" role=\"").append(role).append("\">")
                .append("<span class=\"notice-label\">").append(escape(own.get("notice." + kind))).append(":</span> ")
                .append(inline(notice.text())).append("</div>\n");
    }

    private void unknown(Block block) {
        out.append("<div class=\"notice notice-error unknown-block\" role=\"alert\"><span class=\"notice-label\">")
                .append(escape(own.get("notice.error"))).append(":</span> ")
                .append(escape(block.getClass().getSimpleName())).append("</div>\n");
    }

    // ---------------------------------------------------------------- progress tables

    private void progressTable(ProgressTable table) {
        List<String> headers = table.headers();
        String activities = headers.size() >= 4 ? headers.get(1) : labels.get("table.activities");
        String deliverables = headers.size() >= 4 ? headers.get(2) : labels.get("table.deliverables");
        String progress = headers.size() >= 4 ? headers.get(3) : labels.get("table.progress");
        List<String> notes = new ArrayList<>();
        int firstNote = footnotes + 1;

        out.append("<table class=\"progress\">\n<caption>");
        if (!blank(table.caption())) {
            out.append("<span class=\"cap\">").append(escape(table.caption())).append("</span>");
        }
        if (!blank(table.goal())) {
            out.append("<span class=\"goal\">").append(inline(table.goal())).append("</span>");
        }
        out.append("</caption>\n");
        out.append("<colgroup><col class=\"c-activity\"><col class=\"c-deliverables\"><col class=\"c-level\"></colgroup>\n");
        out.append("<thead><tr><th scope=\"col\">").append(escape(activities)).append("</th><th scope=\"col\">")
                .append(escape(deliverables)).append("</th><th scope=\"col\">").append(escape(progress)).append("</th></tr></thead>\n");
        out.append("<tbody>\n");
        if (table.rows().isEmpty()) {
            emptyRow(3);
        }
        for (ProgressRow row : table.rows()) {
            out.append("<tr>\n<th scope=\"row\">").append(inline(row.activity()));
            if (!blank(row.note())) {
                out.append("<span class=\"activity-note\"><span class=\"note-label\">").append(escape(labels.get("table.note")))
                        .append(":</span> ").append(inline(row.note())).append("</span>");
            }
            out.append("</th>\n<td data-label=\"").append(escape(deliverables)).append("\">");
            deliverables(row.deliverables());
            out.append("</td>\n<td class=\"level\" data-label=\"").append(escape(progress)).append("\">");
            levelCell(row, notes);
            out.append("</td>\n</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!notes.isEmpty()) {
            footnoteList(firstNote, notes);
        }
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
                out.append("<span class=\"dtype\">").append(escape(line.typeLabel())).append("</span>");
            }
            out.append("<span class=\"dtitle\">").append(inline(line.title())).append("</span>");
            if (!blank(line.summary())) {
                out.append("<span class=\"dsummary\">").append(inline(line.summary())).append("</span>");
            }
            if (!blank(line.note())) {
                out.append("<span class=\"deliverable-note\"><span class=\"note-label\">").append(escape(labels.get("table.note")))
                        .append(":</span> ").append(inline(line.note())).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /**
     * The level's ball, colour and words together; "inferred" in words too; the reason as a
     * numbered note under the table, so that it prints (a closed details element would not).
     */
    private void levelCell(ProgressRow row, List<String> notes) {
        LevelMark mark = row.level() == null ? new LevelMark(null, labels.level(null), false, "", null) : row.level();
        String reference = "";
        if (!blank(mark.rationale())) {
            int n = ++footnotes;
            reference = "<sup class=\"fnref\"><a id=\"_fnref-" + n + "\" href=\"#_fn-" + n + "\" class=\"fnref-link\" aria-label=\""
                    + escape(own.get("level.why") + " " + n) + "\">" + n + "</a></sup>";
            String prefix = mark.inferred() ? capitalise(labels.get("level.inferred")) + ": " : "";
            notes.add(escape(prefix) + inline(mark.rationale()));
        }
        out.append(badge(mark, reference));
        if (mark.inferred()) {
            out.append("<span class=\"inferred-note\">").append(escape(capitalise(labels.get("level.inferred")))).append("</span>");
        }
        if (!blank(mark.change())) {
            out.append("<span class=\"change\"><span class=\"change-label\">")
                    .append(escape(own.format("level.change-since", String.valueOf(document.year() - 1)))).append(":</span> ")
                    .append(escape(mark.change())).append("</span>");
        }
    }

    /** The ball, the words and the colour together; {@code reference} is a footnote mark to add after the words. */
    private String badge(LevelMark mark, String reference) {
        String words = firstNonBlank(mark.label(), labels.level(mark.level()));
        return "<span class=\"badge " + LevelLook.cssClass(mark.level()) + (mark.inferred() ? " inferred" : "") + "\">"
                + LevelLook.ball(mark.level(), 18) + "<span class=\"lv-words\">" + escape(words) + "</span>" + reference + "</span>";
    }

    private void footnoteList(int first, List<String> notes) {
        out.append("<div class=\"footnotes\">\n<p class=\"fn-title\">").append(escape(own.get("notes.title"))).append("</p>\n");
        out.append("<ol start=\"").append(first).append("\">\n");
        for (int i = 0; i < notes.size(); i++) {
            int n = first + i;
            out.append("<li id=\"_fn-").append(n).append("\">").append(notes.get(i))
                    .append(" <a class=\"fn-back\" href=\"#_fnref-").append(n).append("\" aria-label=\"")
                    .append(escape(own.get("notes.back"))).append("\">↩</a></li>\n");
        }
        out.append("</ol>\n</div>\n");
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
        if (!blank(chart.caption())) {
            out.append("<figcaption>").append(escape(chart.caption())).append("</figcaption>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height).append("\">\n");
        out.append("<title id=\"").append(titleId).append("\">").append(escape(firstNonBlank(chart.caption(), labels.get("section.at-a-glance"))))
                .append("</title>\n");
        out.append("<desc id=\"").append(descId).append("\">").append(escape(chartDescription(chart, levelWords))).append("</desc>\n");
        int y = 0;
        for (ChartRow row : chart.rows()) {
            out.append("<g>\n");
            out.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"14\" fill=\"").append(LevelLook.INK).append("\">")
                    .append(escape(row.label())).append("</text>\n");
            int barY = y + LABEL_HEIGHT;
            double x = 0;
            for (int i = 0; i < Math.min(row.counts().size(), levelWords.size()); i++) {
                int count = row.counts().get(i) == null ? 0 : row.counts().get(i);
                if (count <= 0) {
                    continue;
                }
                ProgressLevel level = ProgressLevel.values()[i];
                double w = count * scale;
                out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(barY).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(LevelLook.colour(level))
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
                        .append(escape(row.label() + " — " + levelWords.get(i) + ": " + count)).append("</title></rect>\n");
                String ink = LevelLook.textOn(LevelLook.colour(level));
                double textY = barY + BAR_HEIGHT / 2.0 + 4.5;
                if (w >= 40) {
                    double bx = x + w / 2 - 15;
                    out.append("<g transform=\"translate(").append(fmt(bx)).append(' ').append(fmt(barY + (BAR_HEIGHT - 14) / 2.0))
                            .append(")\">").append(LevelLook.ball(level, 14, true).replace("<svg class=\"ball\" ", "<svg ")).append("</g>");
                    out.append("<text x=\"").append(fmt(bx + 18)).append("\" y=\"").append(fmt(textY))
                            .append("\" font-size=\"14\" font-weight=\"700\" fill=\"").append(ink).append("\">").append(count).append("</text>\n");
                } else if (w >= 14) {
                    out.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(textY))
                            .append("\" font-size=\"14\" font-weight=\"700\" text-anchor=\"middle\" fill=\"").append(ink).append("\">")
                            .append(count).append("</text>\n");
                }
                x += w;
            }
            out.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(fmt(barY + BAR_HEIGHT / 2.0 + 4.5))
                    .append("\" font-size=\"14\" fill=\"").append(LevelLook.INK).append("\">").append(row.total()).append("</text>\n");
            out.append("</g>\n");
            y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
        }
        out.append("</svg>\n");
        out.append("<ul class=\"key\">");
        for (int i = 0; i < levelWords.size(); i++) {
            ProgressLevel level = ProgressLevel.values()[i];
            out.append("<li class=\"").append(LevelLook.cssClass(level)).append("\">").append(LevelLook.ball(level, 14))
                    .append("<span class=\"swatch\"></span>").append(escape(levelWords.get(i))).append("</li>");
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

    private String chartDescription(LevelChart chart, List<String> levelWords) {
        List<String> parts = new ArrayList<>();
        for (ChartRow row : chart.rows()) {
            List<String> counts = new ArrayList<>();
            for (int i = 0; i < Math.min(row.counts().size(), levelWords.size()); i++) {
                Integer count = row.counts().get(i);
                if (count != null && count > 0) {
                    counts.add(count + " " + levelWords.get(i));
                }
            }
            String what = counts.isEmpty() ? own.get("chart.none") : String.join(", ", counts)
                    + " (" + own.get("chart.total") + " " + row.total() + ")";
            parts.add(own.format("chart.description", Html.clean(row.label()), what));
        }
        return String.join(" ", parts);
    }

    private void chartTable(LevelChart chart, List<String> levelWords) {
        out.append("<table class=\"sr-only\">\n");
        caption(chart.caption());
        out.append("<thead><tr><th scope=\"col\">").append(escape(own.get("chart.category"))).append("</th>");
        for (String words : levelWords) {
            out.append("<th scope=\"col\">").append(escape(words)).append("</th>");
        }
        out.append("<th scope=\"col\">").append(escape(own.get("chart.total"))).append("</th></tr></thead>\n<tbody>\n");
        if (chart.rows().isEmpty()) {
            emptyRow(levelWords.size() + 2);
        }
        for (ChartRow row : chart.rows()) {
            out.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
            for (int i = 0; i < levelWords.size(); i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                out.append("<td class=\"num\">").append(count == null ? 0 : count).append("</td>");
            }
            out.append("<td class=\"num\">").append(row.total()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    // ---------------------------------------------------------------- figures, timeline, legend

    private void figureTable(FigureTable table) {
        String[] fallback = {labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
            labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")};
        out.append("<table class=\"figures\">\n");
        caption(table.caption());
        out.append("<thead><tr>");
        for (int i = 0; i < fallback.length; i++) {
            String header = i < table.headers().size() ? firstNonBlank(table.headers().get(i), fallback[i]) : fallback[i];
            out.append("<th scope=\"col\"").append(i == 2 || i == 3 ? " class=\"num\"" : "").append('>')
                    .append(escape(header)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            emptyRow(fallback.length);
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(0);
        for (FigureRow row : table.rows()) {
            out.append("<tr><td>").append(inline(row.group())).append("</td><th scope=\"row\">").append(inline(row.label()))
                    .append("</th><td class=\"num\">").append(inline(row.value())).append("</td><td class=\"num\">")
                    .append(inline(row.target())).append("</td><td>");
            if (row.share() >= 0 && Double.isFinite(row.share())) {
                double width = Math.min(1, row.share()) * 100;
                out.append("<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:").append(fmt(width)).append("%\"></span></span>")
                        .append("<span class=\"share\">").append(escape(percent.format(row.share()))).append("</span>");
            } else {
                out.append("<span class=\"empty\">").append(escape(own.get("figures.no-target"))).append("</span>");
            }
            out.append("</td><td>").append(escape(row.asOf())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void timeline(Timeline timeline) {
        out.append("<table class=\"timeline\">\n");
        caption(timeline.caption());
        out.append("<thead><tr><th scope=\"col\">").append(escape(labels.get("timeline.date"))).append("</th><th scope=\"col\">")
                .append(escape(labels.get("timeline.event"))).append("</th><th scope=\"col\">").append(escape(labels.get("timeline.kind")))
                .append("</th><th scope=\"col\">").append(escape(labels.get("timeline.place"))).append("</th><th scope=\"col\">")
                .append(escape(labels.get("timeline.group"))).append("</th></tr></thead>\n<tbody>\n");
        if (timeline.entries().isEmpty()) {
            emptyRow(5);
        }
        for (TimelineEntry entry : timeline.entries()) {
            out.append("<tr><td class=\"date\">");
            String iso = entry.isoDate() == null ? "" : entry.isoDate().strip();
            String shown = firstNonBlank(entry.date(), iso);
            if (ISO_DATE.matcher(iso).matches()) {
                out.append("<time datetime=\"").append(iso).append("\">").append(escape(shown)).append("</time>");
            } else if (!iso.isEmpty()) {
                // A span such as 2016-10-20/2016-10-21 is no valid datetime value; keep it for machines anyway.
                out.append("<span data-iso=\"").append(escape(iso)).append("\">").append(escape(shown)).append("</span>");
            } else {
                out.append(escape(shown));
            }
            out.append("</td><th scope=\"row\"><span class=\"event-title\">").append(inline(entry.title())).append("</span>");
            if (!blank(entry.details())) {
                out.append("<span class=\"event-details\">").append(inline(entry.details())).append("</span>");
            }
            out.append("</th><td>").append(escape(entry.kind())).append("</td><td>").append(inline(entry.place()))
                    .append("</td><td>").append(escape(entry.group())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void legend(LevelLegend legend) {
        out.append("<figure class=\"legend\">\n");
        if (!blank(legend.caption())) {
            out.append("<figcaption>").append(escape(legend.caption())).append("</figcaption>\n");
        }
        out.append("<ul class=\"key\">\n");
        for (LevelMark mark : legend.levels()) {
            if (mark == null) {
                continue;
            }
            out.append("<li class=\"").append(LevelLook.cssClass(mark.level())).append("\">").append(LevelLook.ball(mark.level(), 20))
                    .append("<span class=\"swatch\"></span><span class=\"key-text\"><span class=\"key-words\">")
                    .append(escape(firstNonBlank(mark.label(), labels.level(mark.level())))).append("</span>");
            if (!blank(mark.rationale())) {
                out.append("<span class=\"key-desc\">").append(inline(mark.rationale())).append("</span>");
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

    private static String fmt(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
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
