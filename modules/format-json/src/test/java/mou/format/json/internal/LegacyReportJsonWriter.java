package mou.format.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
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
 * The writer this format had before {@link JsonOutput}: Jackson's streaming generator with its
 * default pretty printer. Kept as the reference that the new writer must agree with, byte for byte.
 */
final class LegacyReportJsonWriter {

    /** The value of the top-level "format" field; bump the number on an incompatible change. */
    static final String FORMAT = "mou-progress-report/1";

    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new HtmlSafeEscapes())
            .build();

    /**
     * '<' and '>' as \u003c and \u003e, and the line and paragraph separators escaped, so that
     * the output can be put inside an HTML script element as it is; still the same JSON values.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
        }
    }

    private final JsonGenerator json;
    private final Labels labels;

    private LegacyReportJsonWriter(JsonGenerator json, Labels labels) {
        this.json = json;
        this.labels = labels;
    }

    static void write(ReportDocument document, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            new LegacyReportJsonWriter(json, Labels.forLanguage(document.language())).document(document);
            json.writeRaw('\n');
        }
        out.flush();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private void document(ReportDocument document) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        text("title", document.title());
        optional("subtitle", document.subtitle());
        optional("language", document.language());
        json.writeNumberField("year", document.year());
        json.writeArrayFieldStart("levels");
        for (ProgressLevel level : ProgressLevel.values()) {
            json.writeStartObject();
            level(level, labels.level(level));
            json.writeEndObject();
        }
        json.writeEndArray();
        sections("sections", document.sections());
        json.writeEndObject();
    }

    private void sections(String field, List<Section> sections) throws IOException {
        json.writeArrayFieldStart(field);
        for (Section section : sections) {
            json.writeStartObject();
            text("id", section.id());
            text("title", section.title());
            json.writeArrayFieldStart("blocks");
            for (Block block : section.blocks()) {
                block(block);
            }
            json.writeEndArray();
            sections("subsections", section.subsections());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Every kind of block the core defines, each under its type name. Java 17 has no pattern
     * switch, so the chain ends in an "unknown" block; the tests write every permitted subclass
     * of {@link Block} and fail if one comes out as "unknown".
     */
    private void block(Block block) throws IOException {
        json.writeStartObject();
        if (block instanceof Paragraph p) {
            type("paragraph");
            text("text", p.text());
        } else if (block instanceof BulletList list) {
            type("bullet-list");
            strings("items", list.items());
        } else if (block instanceof Facts facts) {
            type("facts");
            json.writeArrayFieldStart("facts");
            for (Fact fact : facts.facts()) {
                json.writeStartObject();
                text("term", fact.term());
                strings("values", fact.values());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (block instanceof Table table) {
            type("table");
            optional("caption", table.caption());
            strings("headers", table.headers());
            json.writeArrayFieldStart("rows");
            for (List<String> row : table.rows()) {
                json.writeStartArray();
                for (String cell : row) {
                    json.writeString(clean(cell));
                }
                json.writeEndArray();
            }
            json.writeEndArray();
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
            json.writeArrayFieldStart("levels");
            for (LevelMark mark : legend.levels()) {
                levelMark(mark);
            }
            json.writeEndArray();
        } else if (block instanceof Notice notice) {
            type("notice");
            Block.Severity severity = notice.severity() == null ? Block.Severity.INFO : notice.severity();
            json.writeStringField("severity", severity.name().toLowerCase(Locale.ROOT));
            text("text", notice.text());
        } else {
            type("unknown");
            json.writeStringField("kind", block.getClass().getSimpleName());
        }
        json.writeEndObject();
    }

    private void progressTable(ProgressTable table) throws IOException {
        type("progress-table");
        optional("caption", table.caption());
        optional("goal", table.goal());
        strings("headers", table.headers());
        json.writeArrayFieldStart("rows");
        for (ProgressRow row : table.rows()) {
            json.writeStartObject();
            optional("activityId", row.activityId());
            text("activity", row.activity());
            optional("note", row.note());
            json.writeArrayFieldStart("deliverables");
            for (DeliverableLine line : row.deliverables()) {
                json.writeStartObject();
                optional("id", line.id());
                optional("typeLabel", line.typeLabel());
                text("title", line.title());
                optional("summary", line.summary());
                optional("note", line.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("level");
            levelMark(row.level());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A level as a reader needs it without colour: id, rank and words, then the colour. */
    private void levelMark(LevelMark given) throws IOException {
        LevelMark mark = given == null ? new LevelMark(null, labels.level(null), false, "", null) : given;
        json.writeStartObject();
        level(mark.level(), blank(mark.label()) ? labels.level(mark.level()) : mark.label());
        json.writeBooleanField("inferred", mark.inferred());
        optional("rationale", mark.rationale());
        optional("change", mark.change());
        json.writeEndObject();
    }

    private void level(ProgressLevel level, String label) throws IOException {
        if (level == null) {
            json.writeNullField("id");
            json.writeNullField("rank");
        } else {
            json.writeStringField("id", level.id());
            json.writeNumberField("rank", level.rank());
        }
        text("label", label);
        if (level == null) {
            json.writeNullField("colour");
        } else {
            json.writeStringField("colour", level.colour().toLowerCase(Locale.ROOT));
        }
    }

    private void levelChart(LevelChart chart) throws IOException {
        type("level-chart");
        optional("caption", chart.caption());
        ProgressLevel[] levels = ProgressLevel.values();
        json.writeArrayFieldStart("levels");
        for (int i = 0; i < levels.length; i++) {
            String given = i < chart.levelLabels().size() ? chart.levelLabels().get(i) : null;
            json.writeStartObject();
            level(levels[i], blank(given) ? labels.level(levels[i]) : given);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (ChartRow row : chart.rows()) {
            json.writeStartObject();
            text("label", row.label());
            json.writeObjectFieldStart("counts");
            int total = 0;
            for (int i = 0; i < levels.length; i++) {
                Integer count = i < row.counts().size() ? row.counts().get(i) : null;
                int n = count == null ? 0 : count;
                total += n;
                json.writeNumberField(levels[i].id(), n);
            }
            json.writeEndObject();
            json.writeNumberField("total", total);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void figureTable(FigureTable table) throws IOException {
        type("figure-table");
        optional("caption", table.caption());
        strings("headers", table.headers());
        json.writeArrayFieldStart("rows");
        for (FigureRow row : table.rows()) {
            json.writeStartObject();
            optional("group", row.group());
            text("label", row.label());
            text("value", row.value());
            optional("target", row.target());
            if (row.share() >= 0 && Double.isFinite(row.share())) {
                json.writeNumberField("share", row.share());
            } else {
                json.writeNullField("share");
            }
            optional("asOf", row.asOf());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void timeline(Timeline timeline) throws IOException {
        type("timeline");
        optional("caption", timeline.caption());
        json.writeArrayFieldStart("entries");
        for (TimelineEntry entry : timeline.entries()) {
            json.writeStartObject();
            text("date", entry.date());
            optional("isoDate", entry.isoDate());
            optional("kind", entry.kind());
            text("title", entry.title());
            optional("place", entry.place());
            optional("group", entry.group());
            optional("details", entry.details());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    // ---------------------------------------------------------------- fields

    private void type(String name) throws IOException {
        json.writeStringField("type", name);
    }

    /** A text that is always there: the empty string when absent. */
    private void text(String name, String value) throws IOException {
        json.writeStringField(name, clean(value));
    }

    /** A text that may be absent: null when absent or blank. */
    private void optional(String name, String value) throws IOException {
        if (blank(value)) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, clean(value));
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(clean(value));
        }
        json.writeEndArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Null as the empty string, and unpaired surrogates (which no UTF-8 file can hold) as
     * U+FFFD; control characters are kept, the generator escapes them.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
