package mou.core.cycle;

/**
 * Add or correct a figure of a group's year. The values are as a person types them; a null value
 * keeps what the figure has (a new figure needs label and value), an empty one clears an optional value:
 * an empty Spanish ({@code labelEs}, {@code noteEs}) removes that text's Spanish.
 *
 * @param acting who records it
 * @param groupId the group
 * @param year the year
 * @param figureId the figure's id (see {@link mou.core.model.Ids}), unique in the workspace
 * @param label what is measured, in English
 * @param labelEs what is measured, in Spanish
 * @param value the number, e.g. {@code 3800} or {@code 12.5}
 * @param unit its unit
 * @param target the number aimed at
 * @param baseline the number it started from
 * @param asOf when the value was measured, e.g. {@code 2017-03}
 * @param activityId the plan's activity it measures
 * @param note a note
 * @param quarter the quarter whose update reports it: {@code 3}, {@code Q3} or {@code 2017-Q3}
 * @param noteEs the note in Spanish (since 1.4)
 * @param adding whether the request is meant to add a new figure (a form's "add"): then an id the
 *        group's year already has is refused ({@code figureId}) rather than correcting that figure;
 *        false to add or correct, as before (since 1.8)
 * @param unitEs the unit in Spanish, e.g. {@code llantas} for {@code tires}, by the rule of every Spanish a change gives (since 1.12)
 * <p>Each text given in English only keeps the Spanish it had, which then translates an older English
 * (stale) when the English changed; given with its Spanish, the Spanish translates the English given.
 */
public record RecordFigure(Acting acting, String groupId, int year, String figureId, String label, String labelEs, String value,
        String unit, String target, String baseline, String asOf, String activityId, String note, String quarter, String noteEs,
        boolean adding, String unitEs) {

    /** A figure to add or correct, its unit given in English only (since 1.8). */
    public RecordFigure(Acting acting, String groupId, int year, String figureId, String label, String labelEs, String value,
            String unit, String target, String baseline, String asOf, String activityId, String note, String quarter, String noteEs,
            boolean adding) {
        this(acting, groupId, year, figureId, label, labelEs, value, unit, target, baseline, asOf, activityId, note, quarter, noteEs, adding, null);
    }

    /** A figure to add or correct (since 1.4). */
    public RecordFigure(Acting acting, String groupId, int year, String figureId, String label, String labelEs, String value,
            String unit, String target, String baseline, String asOf, String activityId, String note, String quarter, String noteEs) {
        this(acting, groupId, year, figureId, label, labelEs, value, unit, target, baseline, asOf, activityId, note, quarter, noteEs, false, null);
    }

    /** A figure whose note is given in English only. */
    public RecordFigure(Acting acting, String groupId, int year, String figureId, String label, String labelEs, String value,
            String unit, String target, String baseline, String asOf, String activityId, String note, String quarter) {
        this(acting, groupId, year, figureId, label, labelEs, value, unit, target, baseline, asOf, activityId, note, quarter, null, false, null);
    }
}
