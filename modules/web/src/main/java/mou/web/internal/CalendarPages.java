package mou.web.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Due;
import mou.core.cycle.DueQuery;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Workspace;

/**
 * The reporting calendar on the web: {@code /calendar.ics}, an iCalendar feed (RFC 5545) of every
 * due date the cycle service works out, for Outlook, Google Calendar and the like to subscribe to
 * without signing in. It gives the dates and what is due, not where each group stands (that is
 * the dashboard's), except that a published year's update never written, which is no longer owed, is a
 * cancelled event that says so. {@code ?lang=es} words the events in Spanish; the groups' names stay as written.
 */
final class CalendarPages {

    /** The feed's product identifier (RFC 5545 3.7.3). */
    static final String PRODID = "-//mou-progress//Reporting calendar//EN";

    private final WebApp app;

    CalendarPages(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/calendar.ics", Access.PUBLIC, this::feed));
    }

    private Response feed(Call call) throws WebApp.Refusal {
        Map<String, List<String>> query = call.queryMap();
        Ui ui = query.containsKey("lang") ? Ui.of(WebApp.language(query)) : call.ui();
        Snapshots.Loaded loaded = app.loaded();
        Workspace workspace = loaded.result().workspace();
        Due due;
        try {
            // the dates of the very reading the feed names the agreement from
            due = app.cycle.due(new DueQuery(Acting.of(app.data, null), null, null, null, loaded.result()));
        } catch (CycleException e) {
            throw new WebApp.Refusal(500, ui.t("calendar.unreadable"), e.getMessage());
        }
        String agreement = workspace.agreement().shortTitle() != null && !workspace.agreement().shortTitle().isEmpty()
                ? workspace.agreement().shortTitle().in(ui.language()) : workspace.agreement().title().in(ui.language());
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Ics ics = new Ics().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0").raw("PRODID", PRODID).raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH").text("X-WR-CALNAME", ui.t("calendar.feed.name", agreement));
        String host = workspace.agreement().id() == null ? "mou-progress" : workspace.agreement().id() + ".mou-progress";
        for (Due.Item item : due.items()) {
            String group = Dashboard.name(workspace, item.groupId(), ui.language());
            String what = what(ui, item);
            // a published year's update never written is no longer owed: the event stays (a calendar keeps its UID) as cancelled
            boolean closed = item.state() == Due.State.CLOSED;
            ics.raw("BEGIN", "VEVENT")
                    .raw("UID", item.id().replace('/', '-') + "@" + host)
                    .stamp("DTSTAMP", stamp)
                    .date("DTSTART", item.date())
                    .date("DTEND", item.date().plusDays(1))
                    .text("SUMMARY", closed ? ui.t("calendar.feed.closed.summary", group, what, item.year())
                            : ui.t("calendar.feed.summary", group, what))
                    .text("DESCRIPTION", closed ? ui.t("calendar.feed.closed.description", group, what, agreement, item.year())
                            : ui.t("calendar.feed.description", group, what, agreement));
            if (closed) {
                ics.raw("STATUS", "CANCELLED");
            }
            ics.raw("TRANSP", "TRANSPARENT")
                    .raw("END", "VEVENT");
        }
        ics.raw("END", "VCALENDAR");
        return new Response(200, "text/calendar; charset=utf-8", Map.of("Content-Disposition", "inline; filename=\"calendar.ics\""),
                ics.bytes());
    }

    /** What is due, in the UI's words: "2016-Q1 quarterly update", "2016 annual report". */
    static String what(Ui ui, Due.Item item) {
        return item.kind() == Due.Kind.ANNUAL_REPORT ? ui.t("due.report", item.year())
                : ui.t("due.update", QuarterlyUpdate.label(item.year(), item.quarter()));
    }
}
