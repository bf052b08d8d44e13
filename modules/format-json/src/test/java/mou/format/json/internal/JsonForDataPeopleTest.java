package mou.format.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.Test;

/**
 * The JSON report for data people, read back with Jackson: ids beside words, figures as numbers
 * with their unit, plain table cells that are numbers as numbers, the draft flag, the marks and
 * evidence of a level.
 */
class JsonForDataPeopleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode parse(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportFormat().render(document, out);
        return MAPPER.readTree(out.toByteArray());
    }

    private static ReportDocument document(boolean draft) {
        ProgressTable table = new ProgressTable("Air Quality Overarching Goal 3", "Improve the data.",
                List.of("Overarching Goal 3", "Working Group Activities", "Deliverables", "Progress"), List.of(
                        new ProgressRow("aq-3-2", "Run a PM2.5 study.", null,
                                List.of(new DeliverableLine("aq-3-2-1", "Monitoring study", "PM2.5 study.", "", null, "monitoring-study")),
                                new LevelMark(ProgressLevel.MODERATE, "Moderate Progress", true, "Inferred.", null, true, List.of(
                                        new EvidenceLine("Minutes", "https://example.org/m", true),
                                        new EvidenceLine(null, "evidence/minutes.pdf", false))),
                                "3.2")),
                "aq-3");
        FigureTable figures = new FigureTable(null, List.of("Working group", "Figure", "Value", "Target", "Progress towards target", "As of"),
                List.of(new FigureRow("Solid Waste", "Waste removed", "3,800 m³", "6,000 m³", 3800.0 / 6000, "2016",
                                "sw-2016-waste", "solid-waste", "sw-2-1", new BigDecimal("3800"), new BigDecimal("6000"), "m3", "solid-waste.results"),
                        new FigureRow("Air Quality", "Share authorized", "52.5%", "", -1, "",
                                "aq-2016-share", "air-quality", null, new BigDecimal("52.5"), null, "%", null),
                        new FigureRow("Air Quality", "People", "more than a billion people", "", -1, "",
                                "under2-people", null, null, new BigDecimal("1E+9"), null, "people", null)));
        Timeline timeline = new Timeline(null, List.of(
                new TimelineEntry("June 1, 2016", "2016-06-01", "Meeting", "Air Quality meeting", "Tijuana", "Air Quality",
                        "CARB", "aq-2016-meeting", "meeting", "air-quality", null),
                new TimelineEntry("2016", "2016", "Teleconference", "Monthly calls", "", "Air Quality", "",
                        "aq-2016-calls", "teleconference", "air-quality", "air-quality.events")));
        Block.Table counts = new Block.Table(null, List.of("Working group", "Raised", "Unchanged", "Note"), List.of(
                List.of("Air Quality", "3", "0", ""), List.of("Solid Waste", "-2", "0.5", "1,500"), List.of("Wildfires", "07", "2 days", "12.")));
        Block.LevelChart chart = new Block.LevelChart("By group", List.of("a", "b", "c", "d", "e"),
                List.of(new Block.ChartRow("Air Quality", List.of(0, 1, 2, 3, 0), "air-quality"), new Block.ChartRow("Other", List.of(1, 0, 0, 0, 0))));
        Section chapter = new Section("air-quality", "Cooperation on Air Quality", List.of(table, figures, timeline, counts, chart), List.of());
        return new ReportDocument("A report", null, "en", 2016, List.of(chapter), draft);
    }

    private static JsonNode block(JsonNode report, String type) {
        for (JsonNode block : report.get("sections").get(0).get("blocks")) {
            if (block.get("type").asText().equals(type)) {
                return block;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void theDocumentSaysWhetherItIsADraft() throws IOException {
        assertThat(parse(document(true)).get("draft").isBoolean()).isTrue();
        assertThat(parse(document(true)).get("draft").asBoolean()).isTrue();
        assertThat(parse(document(false)).get("draft").asBoolean()).isFalse();
        assertThat(parse(document(false)).get("format").asText()).isEqualTo("mou-progress-report/2");
    }

    @Test
    void figuresCarryTheirIdsAndTheirNumbersWithTheirUnit() throws IOException {
        JsonNode rows = block(parse(document(true)), "figure-table").get("rows");
        JsonNode waste = rows.get(0);
        assertThat(waste.get("id").asText()).isEqualTo("sw-2016-waste");
        assertThat(waste.get("groupId").asText()).isEqualTo("solid-waste");
        assertThat(waste.get("activityId").asText()).isEqualTo("sw-2-1");
        assertThat(waste.get("amount").isNumber()).isTrue();
        assertThat(waste.get("amount").decimalValue()).isEqualByComparingTo("3800");
        assertThat(waste.get("targetAmount").decimalValue()).isEqualByComparingTo("6000");
        assertThat(waste.get("unit").asText()).isEqualTo("m3");
        assertThat(waste.get("value").asText()).as("the words beside the numbers").isEqualTo("3,800 m³");
        assertThat(waste.get("home").asText()).isEqualTo("solid-waste.results");
        JsonNode share = rows.get(1);
        assertThat(share.get("amount").decimalValue()).isEqualByComparingTo("52.5");
        assertThat(share.get("targetAmount").isNull()).isTrue();
        assertThat(share.get("activityId").isNull()).isTrue();
        assertThat(share.get("home").isNull()).isTrue();
        JsonNode people = rows.get(2);
        assertThat(people.get("amount").isIntegralNumber() || people.get("amount").isBigDecimal()).isTrue();
        assertThat(people.get("amount").decimalValue()).isEqualByComparingTo("1000000000");
        assertThat(people.get("value").asText()).isEqualTo("more than a billion people");
    }

    @Test
    void plainTableCellsThatAreNumbersAreNumbers() throws IOException {
        JsonNode rows = block(parse(document(true)), "table").get("rows");
        assertThat(rows.get(0).get(0).isTextual()).isTrue();
        assertThat(rows.get(0).get(1).isNumber()).isTrue();
        assertThat(rows.get(0).get(1).asInt()).isEqualTo(3);
        assertThat(rows.get(0).get(2).asInt()).isEqualTo(0);
        assertThat(rows.get(0).get(3).isTextual()).isTrue();
        assertThat(rows.get(1).get(1).asInt()).isEqualTo(-2);
        assertThat(rows.get(1).get(2).decimalValue()).isEqualByComparingTo("0.5");
        // grouped, with a leading zero, with words or a trailing point: as written
        assertThat(rows.get(1).get(3).asText()).isEqualTo("1,500");
        assertThat(rows.get(2).get(1).asText()).isEqualTo("07");
        assertThat(rows.get(2).get(2).asText()).isEqualTo("2 days");
        assertThat(rows.get(2).get(3).asText()).isEqualTo("12.");
    }

    @Test
    void goalsActivitiesDeliverableTypesAndEventKindsCarryTheirIds() throws IOException {
        JsonNode report = parse(document(true));
        JsonNode table = block(report, "progress-table");
        assertThat(table.get("goalId").asText()).isEqualTo("aq-3");
        JsonNode row = table.get("rows").get(0);
        assertThat(row.get("activityId").asText()).isEqualTo("aq-3-2");
        assertThat(row.get("reference").asText()).isEqualTo("3.2");
        assertThat(row.get("deliverables").get(0).get("typeId").asText()).isEqualTo("monitoring-study");
        assertThat(row.get("deliverables").get(0).get("typeLabel").asText()).isEqualTo("Monitoring study");
        JsonNode entries = block(report, "timeline").get("entries");
        assertThat(entries.get(0).get("id").asText()).isEqualTo("aq-2016-meeting");
        assertThat(entries.get(0).get("kindId").asText()).isEqualTo("meeting");
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("Meeting");
        assertThat(entries.get(0).get("groupId").asText()).isEqualTo("air-quality");
        assertThat(entries.get(0).get("dateGiven").asBoolean()).isTrue();
        assertThat(entries.get(1).get("dateGiven").asBoolean()).as("known only by its year").isFalse();
        assertThat(entries.get(1).get("home").asText()).isEqualTo("air-quality.events");
        assertThat(entries.get(1).get("details").isNull()).isTrue();
        assertThat(report.get("sections").get(0).get("id").asText()).as("a chapter's id is its group's").isEqualTo("air-quality");
        JsonNode bars = block(report, "level-chart").get("rows");
        assertThat(bars.get(0).get("id").asText()).isEqualTo("air-quality");
        assertThat(bars.get(0).get("total").asInt()).isEqualTo(6);
        assertThat(bars.get(1).get("id").isNull()).isTrue();
    }

    @Test
    void aLevelCarriesWhetherItWasCarriedOverAndItsEvidence() throws IOException {
        JsonNode level = block(parse(document(true)), "progress-table").get("rows").get(0).get("level");
        assertThat(level.get("inferred").asBoolean()).isTrue();
        assertThat(level.get("carriedOver").asBoolean()).isTrue();
        JsonNode evidence = level.get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).get("title").asText()).isEqualTo("Minutes");
        assertThat(evidence.get(0).get("reference").asText()).isEqualTo("https://example.org/m");
        assertThat(evidence.get(0).get("webAddress").asBoolean()).isTrue();
        assertThat(evidence.get(1).get("title").isNull()).isTrue();
        assertThat(evidence.get(1).get("reference").asText()).isEqualTo("evidence/minutes.pdf");
        assertThat(evidence.get(1).get("webAddress").asBoolean()).isFalse();
    }

    @Test
    void aPlainNumberIsWhatTheWriterSaysIsOne() {
        assertThat(List.of("0", "3", "-2", "10", "0.5", "12.25", "-0.1")).allMatch(ReportJsonWriter::isPlainNumber);
        assertThat(List.of("", "-", "07", "1,500", "1.", ".5", "1e5", "2 days", "+3", "1.2.3", "NaN", "١٢"))
                .noneMatch(ReportJsonWriter::isPlainNumber);
    }
}
