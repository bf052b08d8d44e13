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

/**
 * Writes one report as one self-contained HTML5 page. One instance per rendering: it keeps the
 * ids handed out so far (ids must be unique in a page) and the running footnote number. Markup
 * and texts go straight into the {@link HtmlOutput}, texts escaped on their way in.
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
    private final String inferredWords;
    /*
     * What stands on every row of a progress table and every footnote, with its words, prepared
     * once per rendering: a large report has a hundred thousand rows.
     */
    private final Markup activityNote;
    private final Markup deliverableNote;
    private final Markup footnoteLink;
    private final Markup inferredNote;
    private final Markup changeLabel;
    private final Markup backLink;
    /** The openings of a row's deliverables and level cells, by their column's header: most tables have the same. */
    private final Map<String, Markup> deliverablesCells = new HashMap<>();
    private final Map<String, Markup> levelCells = new HashMap<>();
    private int footnotes;
    private int charts;

    HtmlRenderer(ReportDocument document, HtmlOutput out) {
        this.document = document;
        this.out = out;
        this.labels = Labels.forLanguage(document.language());
        this.own = Labels.load("mou.format.html.internal.labels", HtmlRenderer.class.getClassLoader(), document.language());
        this.locale = Locale.forLanguageTag(document.language() == null ? "en" : document.language());
        String note = labels.get("table.note");
        this.inferredWords = capitalise(labels.get("level.inferred"));
        this.activityNote = HtmlOutput.prepare(o -> o.append("<span class=\"activity-note\"><span class=\"note-label\">").text(note)
                .append(":</span> "));
        this.deliverableNote = HtmlOutput.prepare(o -> o.append("<span class=\"deliverable-note\"><span class=\"note-label\">").text(note)
                .append(":</span> "));
        this.footnoteLink = HtmlOutput.prepare(o -> o.append("\" class=\"fnref-link\" aria-label=\"").text(own.get("level.why")).append(' '));
        this.inferredNote = HtmlOutput.prepare(o -> o.append("<span class=\"inferred-note\">").text(inferredWords).append("</span>"));
        this.changeLabel = HtmlOutput.prepare(o -> o.append("<span class=\"change\"><span class=\"change-label\">")
                .text(own.format("level.change-since", String.valueOf(document.year() - 1))).append(":</span> "));
        this.backLink = HtmlOutput.prepare(o -> o.append("\" aria-label=\"").text(own.get("notes.back")).append("\">↩</a></li>\n"));
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
        out.append("<style>\n").append(stylesheet()).append(levelStyles()).append("</style>\n");
        out.append("</head>\n<body>\n");
        out.append("<a class=\"skip\" href=\"#_main\">").text(own.get("skip")).append("</a>\n");
        out.append("<div class=\"page\">\n");
        out.append("<header class=\"cover\">\n<h1>").text(title).append("</h1>\n");
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

    private void contents() {
        out.append("<nav class=\"toc\" aria-labelledby=\"_toc-title\">\n<h2 id=\"_toc-title\">")
                .text(labels.get("report.contents")).append("</h2>\n");
        contentsList(document.sections(), 1);
        out.append("</nav>\n");
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

    /** Depth 1 is a top-level chapter (h2); deeper sections take the next level down, h6 at most. */
    private void section(Section section, int depth) {
        int h = Math.min(6, depth + 1);
        out.append("<section id=\"").text(sectionIds.get(section)).append("\">\n");
        out.append("<h").append(h).append('>').text(sectionTitle(section)).append("</h").append(h).append(">\n");
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
        out.append("<table class=\"plain\">\n");
        caption(table.caption());
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
        out.append("</tbody>\n</table>\n");
    }

    private void caption(String caption) {
        if (!blank(caption)) {
            out.append("<caption><span class=\"cap\">").text(caption).append("</span></caption>\n");
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
        List<LevelMark> notes = new ArrayList<>();
        int firstNote = footnotes + 1;

        out.append("<table class=\"progress\">\n<caption>");
        if (!blank(table.caption())) {
            out.append("<span class=\"cap\">").text(table.caption()).append("</span>");
        }
        if (!blank(table.goal())) {
            out.append("<span class=\"goal\">").inline(table.goal()).append("</span>");
        }
        out.append("</caption>\n");
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
     * The level's ball, colour and words together; "inferred" in words too; the reason as a
     * numbered note under the table, so that it prints (a closed details element would not).
     * {@code notes} collects the marks whose reasons are written under the table.
     */
    private void levelCell(ProgressRow row, List<LevelMark> notes) {
        LevelMark mark = row.level() == null ? new LevelMark(null, labels.level(null), false, "", null) : row.level();
        String words = firstNonBlank(mark.label(), labels.level(mark.level()));
        out.append(badge(mark.level(), mark.inferred())).text(words).append("</span>");
        if (!blank(mark.rationale())) {
            int n = ++footnotes;
            out.append("<sup class=\"fnref\"><a id=\"_fnref-").append(n).append("\" href=\"#_fn-").append(n)
                    .append(footnoteLink).append(n).append("\">").append(n).append("</a></sup>");
            notes.add(mark);
        }
        out.append("</span>");
        if (mark.inferred()) {
            out.append(inferredNote);
        }
        if (!blank(mark.change())) {
            out.append(changeLabel).text(mark.change()).append("</span>");
        }
    }

    /** A badge up to its words: the level's class, its ball, and the opening of the words. */
    private static Markup badge(ProgressLevel level, boolean inferred) {
        return BADGES[inferred ? 1 : 0][level == null ? 0 : 1 + level.ordinal()];
    }

    private static Markup[][] badges() {
        ProgressLevel[] levels = ProgressLevel.values();
        Markup[][] badges = new Markup[2][levels.length + 1];
        for (int i = 0; i < 2; i++) {
            boolean inferred = i == 1;
            for (int j = 0; j <= levels.length; j++) {
                ProgressLevel level = j == 0 ? null : levels[j - 1];
                badges[i][j] = HtmlOutput.prepare(o -> o.append("<span class=\"badge ").append(LevelLook.cssClass(level))
                        .append(inferred ? " inferred" : "").append("\">").append(LevelLook.ball(level, 18)).append("<span class=\"lv-words\">"));
            }
        }
        return badges;
    }

    /** The reasons of {@code marks}, numbered from {@code first}, each linking back to its mark. */
    private void footnoteList(int first, List<LevelMark> marks) {
        out.append("<div class=\"footnotes\">\n<p class=\"fn-title\">").text(own.get("notes.title")).append("</p>\n");
        out.append("<ol start=\"").append(first).append("\">\n");
        for (int i = 0; i < marks.size(); i++) {
            int n = first + i;
            LevelMark mark = marks.get(i);
            out.append("<li id=\"_fn-").append(n).append("\">");
            if (mark.inferred()) {
                out.text(inferredWords).append(": ");
            }
            out.inline(mark.rationale()).append(" <a class=\"fn-back\" href=\"#_fnref-").append(n).append(backLink);
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
            out.append("<figcaption>").text(chart.caption()).append("</figcaption>\n");
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height).append("\">\n");
        out.append("<title id=\"").append(titleId).append("\">").text(firstNonBlank(chart.caption(), labels.get("section.at-a-glance")))
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
        out.append("<table class=\"sr-only\">\n");
        caption(chart.caption());
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
        out.append("</tbody>\n</table>\n");
    }

    private void timeline(Timeline timeline) {
        out.append("<table class=\"timeline\">\n");
        caption(timeline.caption());
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
        out.append("</tbody>\n</table>\n");
    }

    private void legend(LevelLegend legend) {
        out.append("<figure class=\"legend\">\n");
        if (!blank(legend.caption())) {
            out.append("<figcaption>").text(legend.caption()).append("</figcaption>\n");
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
