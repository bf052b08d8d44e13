package mou.core.cycle;

import java.util.List;
import mou.core.model.Text;

/**
 * Write a part of a group's narrative.
 *
 * @param acting who writes it
 * @param groupId the group
 * @param year the year
 * @param part {@code summary}, {@code accomplishments}, {@code challenges} or {@code next-steps}
 * @param paragraphs the paragraphs; none (without append) empties the part; a paragraph without Spanish keeps the Spanish
 *        of the one it replaces at its place (stale when the English changed)
 * @param append whether they are added after those the part has, rather than replacing them
 * @param spanishRemoved whether a paragraph given without Spanish has none: the Spanish of the one it replaces is removed
 *        rather than kept (a form whose Spanish field showed the Spanish and was emptied) (since 1.8)
 */
public record WriteNarrative(Acting acting, String groupId, int year, String part, List<Text> paragraphs, boolean append,
        boolean spanishRemoved) {

    /** Paragraphs given without Spanish keep the Spanish of those they replace (every caller before 1.8). */
    public WriteNarrative(Acting acting, String groupId, int year, String part, List<Text> paragraphs, boolean append) {
        this(acting, groupId, year, part, paragraphs, append, false);
    }

    /** The parts of a narrative, in the report's order. */
    public static final List<String> PARTS = mou.core.model.Narrative.PARTS;
}
