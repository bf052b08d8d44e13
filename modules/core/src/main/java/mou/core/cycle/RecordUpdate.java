package mou.core.cycle;

import java.util.List;
import mou.core.model.Text;

/**
 * Record a group's quarterly update.
 *
 * @param acting who records it
 * @param groupId the group
 * @param quarter the quarter, written {@code 2017-Q3}
 * @param happened what happened, one text per paragraph; empty to keep what the update says; a paragraph without
 *        Spanish keeps the Spanish of the one it replaces at its place (stale when the English changed)
 * @param append whether the paragraphs are added to those the update has, rather than replacing them
 * @param figures ids of the year's figures the update reports (added to those it names)
 * @param events ids of the year's events the update reports (added to those it names)
 * @param dropFigures ids of figures the update reports that it no longer reports (the figures stay in the
 *        year); each must be one it reports (since 1.4)
 * @param dropEvents ids of events the update reports that it no longer reports (the events stay in the
 *        year); each must be one it reports (since 1.4)
 * @param spanishRemoved whether a paragraph given without Spanish has none: the Spanish of the one it replaces is removed
 *        rather than kept (a form whose Spanish field showed the Spanish and was emptied) (since 1.8)
 */
public record RecordUpdate(Acting acting, String groupId, String quarter, List<Text> happened, boolean append, List<String> figures,
        List<String> events, List<String> dropFigures, List<String> dropEvents, boolean spanishRemoved) {

    /** An update whose paragraphs given without Spanish keep the Spanish of those they replace (every caller before 1.8). */
    public RecordUpdate(Acting acting, String groupId, String quarter, List<Text> happened, boolean append, List<String> figures,
            List<String> events, List<String> dropFigures, List<String> dropEvents) {
        this(acting, groupId, quarter, happened, append, figures, events, dropFigures, dropEvents, false);
    }

    /** An update that adds figures and events and drops none. */
    public RecordUpdate(Acting acting, String groupId, String quarter, List<Text> happened, boolean append, List<String> figures,
            List<String> events) {
        this(acting, groupId, quarter, happened, append, figures, events, List.of(), List.of());
    }
}
