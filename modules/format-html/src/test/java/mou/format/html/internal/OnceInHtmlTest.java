package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import mou.core.model.ProgressLevel;
import mou.core.report.Block.FigureRow;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Timeline;
import mou.core.report.Block.TimelineEntry;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Each figure and event has one home in the page: the combined tables link there instead of
 * repeating it; a figure names its activity by its short reference, linked to the activity's row;
 * columns that would say nothing ("No target" on every row, one group, no place) are left out;
 * events known only by their year come last under a row of their own.
 */
class OnceInHtmlTest {

    private static final LevelMark LEVEL = new LevelMark(ProgressLevel.MODERATE, "Moderate Progress", false, "", null);

    static ReportDocument document() {
        ProgressTable progress = new ProgressTable(null, null, List.of(), List.of(
                new ProgressRow("aq-1", "Audit the <stations>", null, List.of(), LEVEL, "1.1"),
                new ProgressRow("aq-2", "Train the staff", null, List.of(), LEVEL, "1.2")));
        FigureRow audited = new FigureRow("Activity 1.1", "Stations audited", "12", "", -1, "2016",
                "aq-audited", "air-quality", "aq-1", new BigDecimal("12"), null, "stations", null);
        FigureTable chapterFigures = new FigureTable(null, List.of(), List.of(audited));
        TimelineEntry visit = new TimelineEntry("March 3, 2016", "2016-03-03", "Meeting", "Site visit", "", "Air Quality",
                "Details of the visit", "aq-visit", "meeting", "air-quality", null);
        Timeline chapterEvents = new Timeline(null, List.of(visit));
        FigureTable combined = new FigureTable(null, List.of(), List.of(
                new FigureRow("Air Quality", "Stations audited", "12", "", -1, "2016",
                        "aq-audited", "air-quality", "aq-1", new BigDecimal("12"), null, "stations", null).linkedTo("air-quality.figures"),
                new FigureRow("Wildfires", "Hectares burnt", "40", "", -1, "2016")));
        Timeline combinedTimeline = new Timeline(null, List.of(
                visit.linkedTo("air-quality.events"),
                new TimelineEntry("July 1, 2016", "2016-07-01", "Training", "A course", "", "Wildfires", "Whole details"),
                new TimelineEntry("2016", "2016", "Publication", "A study", "", "Wildfires", ""),
                new TimelineEntry("2016", "2016", "Meeting", "Another meeting", "", "Air Quality", "")));
        return new ReportDocument("The report", "2016 Progress Report", "en", 2016, List.of(
                new Section("air-quality", "Cooperation on Air Quality", List.of(), List.of(
                        Section.of("air-quality.progress", "Progress on Air Quality", List.of(progress)),
                        Section.of("air-quality.figures", "Air monitoring figures", List.of(chapterFigures)),
                        Section.of("air-quality.events", "Meetings", List.of(chapterEvents)))),
                Section.of("figures", "Figures", List.of(combined)),
                Section.of("timeline", "Timeline of Events", List.of(combinedTimeline))), false);
    }

    private static Document parse() throws IOException {
        return Jsoup.parse(HtmlReportFormatTest.render(document()));
    }

    @Test
    void aFigureNamesItsActivityByReference_linkedToTheActivitysRow() throws IOException {
        Document html = parse();
        Element row = html.selectFirst("#air-quality\\.progress table.progress tbody tr");
        assertThat(row.id()).isEqualTo("activity-aq-1");
        assertThat(row.selectFirst("th .ref").text()).isEqualTo("1.1");
        assertThat(row.selectFirst("th").text()).isEqualTo("1.1 Audit the <stations>");
        Element first = html.selectFirst("#air-quality\\.figures table tbody tr td");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("#activity-aq-1");
        assertThat(first.text()).isEqualTo("Activity 1.1");
        // The anchor is unique in the page.
        assertThat(html.select("#activity-aq-1")).hasSize(1);
    }

    @Test
    void theCombinedTablesLinkToEachThingsHome_andShowWhatHasNoOtherHome() throws IOException {
        Document html = parse();
        Elements rows = html.select("#figures table tbody tr");
        assertThat(rows).hasSize(2);
        Element linked = rows.get(0).selectFirst("th a");
        assertThat(linked.attr("href")).isEqualTo("#air-quality.figures");
        assertThat(linked.text()).isEqualTo("Stations audited");
        assertThat(html.getElementById("air-quality.figures")).isNotNull();
        assertThat(rows.get(1).select("th a")).isEmpty();
        assertThat(rows.get(1).selectFirst("th").text()).isEqualTo("Hectares burnt");
        // The group of a combined row links to its chapter.
        assertThat(rows.get(0).selectFirst("td a").attr("href")).isEqualTo("#air-quality");

        Elements events = html.select("#timeline table tbody tr:not(.year-only)");
        Element visit = events.get(0);
        assertThat(visit.selectFirst(".event-title a").attr("href")).isEqualTo("#air-quality.events");
        // The event's details live in its home only.
        assertThat(visit.select(".event-details")).isEmpty();
        assertThat(html.select("#air-quality\\.events .event-details").text()).isEqualTo("Details of the visit");
        assertThat(events.get(1).selectFirst(".event-details").text()).isEqualTo("Whole details");
    }

    @Test
    void columnsThatWouldSayNothingAreLeftOut() throws IOException {
        Document html = parse();
        // No figure has a target: no Target and no Progress column, and no "No target" anywhere.
        assertThat(html.select("#figures table thead th")).extracting(Element::text)
                .containsExactly("Working group", "Figure", "Value", "As of");
        assertThat(html.text()).doesNotContain("No target");
        // No event has a place; the chapter's events are all of one group.
        assertThat(html.select("#air-quality\\.events table thead th")).extracting(Element::text)
                .containsExactly("Date", "Event", "Kind");
        assertThat(html.select("#timeline table thead th")).extracting(Element::text)
                .containsExactly("Date", "Event", "Kind", "Working group");
    }

    @Test
    void eventsKnownOnlyByTheirYearComeLastUnderARowOfTheirOwn() throws IOException {
        Document html = parse();
        Elements rows = html.select("#timeline table tbody tr");
        assertThat(rows).extracting(r -> r.hasClass("year-only")).containsExactly(false, false, true, false, false);
        Element heading = rows.get(2).selectFirst("th");
        assertThat(heading.text()).isEqualTo("Date not given in 2016");
        assertThat(heading.attr("colspan")).isEqualTo("4");
        assertThat(heading.attr("scope")).isEqualTo("rowgroup");
    }
}
