package mou.core.cycle;

import java.util.List;

/**
 * Add or correct an event of a group's year. The values are as a person types them; a null value
 * keeps what the event has (a new event needs kind, date and title), an empty one clears an
 * optional value: an empty Spanish ({@code titleEs}, {@code placeEs}, {@code descriptionEs}) removes that text's Spanish.
 *
 * @param acting who records it
 * @param groupId the group
 * @param year the year
 * @param eventId the event's id (see {@link mou.core.model.Ids}), unique in the workspace
 * @param kind an event kind's id, e.g. {@code meeting}
 * @param date when, e.g. {@code 2017-03-14}, {@code 2017-03} or {@code 2017-10-20/2017-10-21}; in the year
 * @param title its title in English
 * @param titleEs its title in Spanish
 * @param place where
 * @param organizations the organizations that took part, as a person writes them: each text may name several, by id,
 *        acronym or name, separated by commas, semicolons or new lines or joined by "and" / "y"
 * @param participants how many people took part
 * @param description what it was
 * @param activityId the plan's activity it serves
 * @param quarter the quarter whose update reports it: {@code 3}, {@code Q3} or {@code 2017-Q3}
 * @param placeEs where, in Spanish (since 1.4)
 * @param descriptionEs what it was, in Spanish (since 1.4)
 * @param adding whether the request is meant to add a new event (a form's "add"): then an id the
 *        group's year already has is refused ({@code eventId}) rather than correcting that event;
 *        false to add or correct, as before (since 1.8)
 * <p>Each text given in English only keeps the Spanish it had, which then translates an older English
 * (stale) when the English changed; given with its Spanish, the Spanish translates the English given.
 */
public record RecordEvent(Acting acting, String groupId, int year, String eventId, String kind, String date, String title, String titleEs,
        String place, List<String> organizations, String participants, String description, String activityId, String quarter,
        String placeEs, String descriptionEs, boolean adding) {

    /** An event to add or correct (since 1.4). */
    public RecordEvent(Acting acting, String groupId, int year, String eventId, String kind, String date, String title, String titleEs,
            String place, List<String> organizations, String participants, String description, String activityId, String quarter,
            String placeEs, String descriptionEs) {
        this(acting, groupId, year, eventId, kind, date, title, titleEs, place, organizations, participants, description, activityId,
                quarter, placeEs, descriptionEs, false);
    }

    /** An event whose place and description are given in English only. */
    public RecordEvent(Acting acting, String groupId, int year, String eventId, String kind, String date, String title, String titleEs,
            String place, List<String> organizations, String participants, String description, String activityId, String quarter) {
        this(acting, groupId, year, eventId, kind, date, title, titleEs, place, organizations, participants, description, activityId,
                quarter, null, null, false);
    }
}
