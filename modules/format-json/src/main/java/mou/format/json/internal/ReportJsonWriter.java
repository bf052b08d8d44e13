package mou.format.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
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
 * Writes the document field by field in a fixed order, so that the same document always gives
 * the same bytes (two-space indents, '\n' line ends on every platform, one trailing newline; see
 * {@link JsonOutput}). Optional texts that are absent or blank are written as null, so a reader
 * tests one thing.
 */
final class ReportJsonWriter {

    /** The value of the top-level "format" field; bump the number on an incompatible change. */
    static final String FORMAT = "mou-progress-report/2";

    private final JsonOutput json;
    private final Labels labels;

    private ReportJsonWriter(JsonOutput json, Labels labels) {
        this.json = json;
        this.labels = labels;
    }

    static void write(ReportDocument document, OutputStream out) throws IOException {
        JsonOutput json = new JsonOutput(out);
        try {
            new ReportJsonWriter(json, Labels.forLanguage(document.language())).document(document);
            json.endLine();
            json.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void document(ReportDocument document) {
        json.startObject();
        json.field("format").string(FORMAT);
        text("title", document.title());
        optional("subtitle", document.subtitle());
        optional("language", document.language());
        json.field("year").number(document.year());
        json.field("draft").bool(document.draft());
        json.field("levels").startArray();
        for (ProgressLevel level : ProgressLevel.values()) {
            json.startObject();
            level(level, labels.level(level));
            json.endObject();
        }
        json.endArray();
        sections("sections", document.sections());
        json.endObject();
    }

    private void sections(String field, List<Section> sections) {
        json.field(field).startArray();
        for (Section section : sections) {
            json.startObject();
            text("id", section.id());
            text("title", section.title());
            json.field("blocks").startArray();
            for (Block block : section.blocks()) {
                block(block);
            }
            json.endArray();
            sections("subsections", section.subsections());
            json.endObject();
        }
        json.endArray();
    }

    /**
     * Every kind of block the core defines, each under its type name. Java 17 has no pattern
     * switch, so the chain ends in an "unknown" block; the tests write every permitted subclass
     * of {@link Block} and fail if one comes out as "unknown".
     */
    private void block(Block block) {
        json.startObject();
        if (block instanceof Paragraph p) {
            type("paragraph");
            text("text", p.text());
        } else if (block instanceof BulletList list) {
            type("bullet-list");
            strings("items", list.items());
        } else if (block instanceof Facts facts) {
            type("facts");
            json.field("facts").startArray();
            for (Fact fact : facts.facts()) {
                json.startObject();
                text("term", fact.term());
                strings("values", fact.values());
                json.endObject();
            }
            json.endArray();
        } else if (block instanceof Table table) {
            type("table");
            optional("caption", table.caption());
            strings("headers", table.headers());
            json.field("rows").startArray();
            for (List<String> row : table.rows()) {
                json.startArray();
                for (String cell : row) {
                    cell(cell);
                }
                json.endArray();
            }
            json.endArray();
        } else if (block instanceof ProgressTable table) {
            progressTable(table);
        } else if (block instanceof LevelChart chart) {
            levelChart(chart);
        } else if (block instanceof FigureTable table) {
            figureTable(table);
        } else if (block instanceof Timeline timeline) {
            timeline(timeline);
        } else if (block instanceof LevelLegend legend) {
            type("level-legend");
            optional("caption", legend.caption());
            json.field("levels").startArray();
            for (LevelMark mark : legend.levels()) {
                levelMark(mark);
            }
            json.endArray();
        } else if (block instanceof Notice notice) {
            type("notice");
            Block.Severity severity = notice.severity() == null ? Block.Severity.INFO : notice.severity();
            json.field("severity").string(severity.name().toLowerCase(Locale.ROOT));
            text("text", notice.text());
        } else {
            type("unknown");
            json.field("kind").string(block.getClass().getSimpleName());
        }
        json.endObject();
    }

    private void progressTable(ProgressTable table) {
        type("progress-table");
        optional("caption", table.caption());
        optional("goal", table.goal());
        optional("goalId", table.goalId());
        strings("headers", table.headers());
        json.field("rows").startArray();
        for (ProgressRow row : table.rows()) {
            progressRow(row);
        }
        json.endArray();
    }

    private void progressRow(ProgressRow row) {
        json.startObject();
        optional("activityId", row.activityId());
        optional("reference", row.reference());
        text("activity", row.activity());
        optional("note", row.note());
        json.field("deliverables").startArray();
        for (DeliverableLine line : row.deliverables()) {
            json.startObject();
            optional("id", line.id());
            optional("typeId", line.typeId());
            optional("typeLabel", line.typeLabel());
            text("title", line.title());
            optional("summary", line.summary());
            optional("note", line.note());
            json.endObject();
        }
        json.endArray();
        json.field("level");
        levelMark(row.level());
        json.endObject();
    }

    /** A level as a reader needs it without colour: id, rank and words, then the colour. */
    private void levelMark(LevelMark given) {
        LevelMark mark = given == null ? new LevelMark(null, labels.level(null), false, "", null) : given;
        json.startObject();
        level(mark.level(), blank(mark.label()) ? labels.level(mark.level()) : mark.label());
        json.field("inferred").bool(mark.inferred());
        json.field("carriedOver").bool(mark.carriedOver());
        optional("rationale", mark.rationale());
        optional("change", mark.change());
        json.field("evidence").startArray();
        for (Block.EvidenceLine line : mark.evidence()) {
            json.startObject();
            optional("title", line.title());
            text("reference", line.reference());
            json.field("webAddress").bool(line.webAddress());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void level(ProgressLevel level, String label) {
        if (level == null) {
            json.field("id").nullValue();
            json.field("rank").nullValue();
        } else {
            json.field("id").string(level.id());
            json.field("rank").number(level.rank());
        }
        text("label", label);
        if (level == null) {
            json.field("colour").nullValue();
        } else {
            json.field("colour").string(level.colour().toLowerCase(Locale.ROOT));
        }
    }

    private void levelChart(LevelChart chart) {
        type("level-chart");
        optional("caption", chart.caption());
        ProgressLevel[] levels = ProgressLevel.values();
        json.field("levels").startArray();
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            json.startObject();
            level(levels[i], blank(given) ? labels.level(levels[i]) : given);
            json.endObject();
        }
        json.endArray();
        json.field("rows").startArray();
        for (ChartRow row : chart.rows()) {
            json.startObject();
            optional("id", row.id());
            text("label", row.label());
            json.field("counts").startObject();
            int total = 0;
            for (int i = 0; i < levels.length; i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                int n = count == null ? 0 : count;
                total += n;
                json.field(levels[i].id()).number(n);
            }
            json.endObject();
            json.field("total").number(total);
            json.endObject();
        }
        json.endArray();
    }

    private void figureTable(FigureTable table) {
        type("figure-table");
        optional("caption", table.caption());
        strings("headers", table.headers());
        json.field("rows").startArray();
        for (FigureRow row : table.rows()) {
            json.startObject();
            optional("id", row.id());
            optional("groupId", row.groupId());
            optional("activityId", row.activityId());
            optional("group", row.group());
            text("label", row.label());
            text("value", row.value());
            optional("target", row.target());
            number("amount", row.amount());
            number("targetAmount", row.targetAmount());
            optional("unit", row.unit());
            if (row.share() >= 0 && Double.isFinite(row.share())) {
                json.field("share").number(row.share());
            } else {
                json.field("share").nullValue();
            }
            optional("asOf", row.asOf());
            optional("home", row.home());
            json.endObject();
        }
        json.endArray();
    }

    private void timeline(Timeline timeline) {
        type("timeline");
        optional("caption", timeline.caption());
        json.field("entries").startArray();
        for (TimelineEntry entry : timeline.entries()) {
            json.startObject();
            optional("id", entry.id());
            text("date", entry.date());
            optional("isoDate", entry.isoDate());
            json.field("dateGiven").bool(!entry.yearOnly());
            optional("kindId", entry.kindId());
            optional("kind", entry.kind());
            text("title", entry.title());
            optional("place", entry.place());
            optional("groupId", entry.groupId());
            optional("group", entry.group());
            optional("details", entry.details());
            optional("home", entry.home());
            json.endObject();
        }
        json.endArray();
    }

    // ---------------------------------------------------------------- fields

    private void type(String name) {
        json.field("type").string(name);
    }

    /** A text that is always there: the empty string when absent. */
    private void text(String name, String value) {
        json.field(name).string(value);
    }

    /** A text that may be absent: null when absent or blank. */
    private void optional(String name, String value) {
        if (blank(value)) {
            json.field(name).nullValue();
        } else {
            json.field(name).string(value);
        }
    }

    /** A number that may be absent: null when absent. */
    private void number(String name, java.math.BigDecimal value) {
        if (value == null) {
            json.field(name).nullValue();
        } else {
            json.field(name).number(value);
        }
    }

    /**
     * A cell of a plain table: a number when it is one as written (an integer or a decimal with a
     * point, no grouping, no leading zero: "3", "-2", "0.5"), else the text.
     */
    private void cell(String cell) {
        if (isPlainNumber(cell)) {
            json.number(new java.math.BigDecimal(cell));
        } else {
            json.string(cell);
        }
    }

    static boolean isPlainNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > 30) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        int start = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 1 && text.charAt(start) == '0') {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == text.length()) {
            return false;
        }
        for (i++; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void strings(String name, List<String> values) {
        json.field(name).startArray();
        for (String value : values) {
            json.string(value);
        }
        json.endArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
