package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /calendar.ics} (issue 14, due dates): an iCalendar feed that a calendar application reads
 * without signing in, read back here with ical4j. The shipped calendar: updates due 30 days after
 * each quarter, the annual report on 31 March of the year after.
 */
class CalendarFeedTest {

    @TempDir
    Path home;

    WebFixture web;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home);
    }

    private Response feed(String... query) {
        Response r = web.browser(null).get("/calendar.ics", query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r;
    }

    private static Calendar parse(Response r) throws Exception {
        return new CalendarBuilder().build(new StringReader(r.text()));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer c, String property) {
        return c.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property + " in " + c)).getValue();
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    @Test
    void aVisitorGetsOneAllDayEventPerDueDateThatACalendarLibraryReads() throws Exception {
        Response r = feed();

        assertThat(r.contentType()).isEqualTo("text/calendar; charset=utf-8");
        Calendar calendar = parse(r);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarPages.PRODID);
        List<VEvent> events = events(calendar);
        assertThat(events).hasSize(25);
        List<VEvent> airQuality = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("Air Quality Working Group:")).toList();
        assertThat(airQuality).extracting(e -> value(e, Property.SUMMARY)).containsExactlyInAnyOrder(
                "Air Quality Working Group: 2016-Q1 quarterly update due", "Air Quality Working Group: 2016-Q2 quarterly update due",
                "Air Quality Working Group: 2016-Q3 quarterly update due", "Air Quality Working Group: 2016-Q4 quarterly update due",
                "Air Quality Working Group: 2016 annual report due");
        assertThat(airQuality).extracting(e -> e.getStartDate().orElseThrow().getDate()).containsExactlyInAnyOrder(
                LocalDate.of(2016, 4, 30), LocalDate.of(2016, 7, 30), LocalDate.of(2016, 10, 30), LocalDate.of(2017, 1, 30),
                LocalDate.of(2017, 3, 31));
        assertThat(r.text()).contains("DTSTART;VALUE=DATE:20160430\r\n").contains("DTEND;VALUE=DATE:20160501\r\n");
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z"));
    }

    @Test
    void eachEventKeepsItsUidFromOneRequestToTheNextAndNoTwoShareOne() throws Exception {
        List<String> first = events(parse(feed())).stream().map(e -> value(e, Property.UID)).toList();
        List<String> second = events(parse(feed())).stream().map(e -> value(e, Property.UID)).toList();

        assertThat(first).hasSize(25).doesNotHaveDuplicates().isEqualTo(second)
                .contains("air-quality-2016-q1@ca-mx-mou-2014.mou-progress", "wildfires-2016-report@ca-mx-mou-2014.mou-progress");
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAt75OctetsAndTextIsEscaped() throws Exception {
        Path plan = web.data.resolve("groups/air-quality/plan.json");
        String name = "<script>alert(1)</script>, Calidad del Aire; \"Grupo\" \\ de Trabajo\nsegunda línea — ñandú "
                + "con un nombre muy largo para doblar la línea";
        String json = Files.readString(plan).replace("\"en\": \"Air Quality Working Group\"",
                "\"en\": \"" + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"");
        Files.writeString(plan, json);

        Response r = feed();

        byte[] bytes = r.body();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare line break").doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:<script>alert(1)</script>\\, Calidad del Aire\\; \"Grupo\" \\\\ de Trabajo\\nsegunda línea");
        List<VEvent> events = events(parse(r));
        assertThat(events).extracting(e -> value(e, Property.SUMMARY)).contains(name + ": 2016-Q1 quarterly update due");
    }

    @Test
    void inSpanishTheWordsAreSpanishAndTheGroupsNamesAsWritten() throws Exception {
        List<String> summaries = events(parse(feed("lang", "es"))).stream().map(e -> value(e, Property.SUMMARY)).toList();

        assertThat(summaries).contains("Grupo de Trabajo de Calidad del Aire: vence actualización trimestral 2016-Q1",
                "Grupo de Trabajo de Calidad del Aire: vence informe anual 2016");
        assertThat(web.browser(null).get("/calendar.ics", "lang", "fr").status()).isEqualTo(400);
    }

    @Test
    void aPublishedYearsUpdatesNeverWrittenAreCancelledEventsThatSaySoNotDue() throws Exception {
        DashboardDueTest.published(web.data, "wildfires");

        List<VEvent> events = events(parse(feed()));

        assertThat(events).as("every date stays, under its UID").hasSize(25);
        List<VEvent> wildfires = events.stream().filter(e -> value(e, Property.UID).startsWith("wildfires-")).toList();
        assertThat(wildfires).extracting(e -> value(e, Property.SUMMARY), e -> e.getProperty(Property.STATUS).map(Property::getValue).orElse(""))
                .containsExactlyInAnyOrder(
                        tuple("Wildfires Working Group: 2016-Q1 quarterly update not written, 2016 published", "CANCELLED"),
                        tuple("Wildfires Working Group: 2016-Q2 quarterly update due", ""),
                        tuple("Wildfires Working Group: 2016-Q3 quarterly update not written, 2016 published", "CANCELLED"),
                        tuple("Wildfires Working Group: 2016-Q4 quarterly update not written, 2016 published", "CANCELLED"),
                        tuple("Wildfires Working Group: 2016 annual report due", ""));
        assertThat(wildfires).filteredOn(e -> value(e, Property.UID).startsWith("wildfires-2016-q1")).extracting(e -> value(e, Property.DESCRIPTION))
                .singleElement().asString().contains("was not written; 2016 is published and final, so it is no longer due");
        assertThat(events).filteredOn(e -> value(e, Property.UID).startsWith("air-quality-2016-q1")).extracting(e -> value(e, Property.SUMMARY))
                .containsExactly("Air Quality Working Group: 2016-Q1 quarterly update due");
        assertThat(events).filteredOn(e -> !value(e, Property.UID).startsWith("wildfires-")).allSatisfy(e -> assertThat(e.getProperty(Property.STATUS)).isEmpty());

        List<String> spanish = events(parse(feed("lang", "es"))).stream().map(e -> value(e, Property.SUMMARY)).toList();
        assertThat(spanish).contains("Grupo de Trabajo de Incendios Forestales: actualización trimestral 2016-Q1, no se escribió; 2016 está publicado");
    }

    @Test
    void aWorkspaceWithoutACalendarGivesAnEmptyCalendar() throws Exception {
        Files.delete(web.data.resolve("calendar.json"));

        Calendar calendar = parse(feed());

        assertThat(events(calendar)).isEmpty();
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarPages.PRODID);
    }

    @Test
    void theFeedIsPublicAndNeedsNoSession() {
        Route route = web.app.routes().stream().filter(x -> x.pattern().equals("/calendar.ics")).findFirst().orElseThrow();
        assertThat(route.access()).isEqualTo(Access.PUBLIC);
        assertThat(web.app.handle("GET", "/calendar.ics", Map.of()).status()).isEqualTo(200);
    }
}
