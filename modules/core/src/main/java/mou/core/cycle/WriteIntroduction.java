package mou.core.cycle;

import java.util.List;
import mou.core.model.Text;

/**
 * Write the program office's part of a year's report ({@code reports/YEAR.json}): its introduction or its final
 * comments. The rest of the file (its title, the related agreements' paragraph, anything else it holds) is kept.
 *
 * @param acting who writes it; {@link Acting#readAt()} is the {@link PartVersion} of the part's paragraphs as read
 * @param year the year, opened for at least one group
 * @param part {@code introduction} or {@code final-comments} ({@link #PARTS})
 * @param paragraphs the paragraphs; none (without append) empties the part; a paragraph without Spanish keeps the Spanish
 *        of the one it replaces at its place (stale when the English changed), as a narrative part's do
 * @param append whether they are added after those the part has, rather than replacing them
 * @param spanishRemoved whether a paragraph given without Spanish has none: the Spanish of the one it replaces is removed
 *        rather than kept (a form whose Spanish field showed the Spanish and was emptied)
 * @since 1.10
 */
public record WriteIntroduction(Acting acting, int year, String part, List<Text> paragraphs, boolean append, boolean spanishRemoved) {

    /** The introduction, which opens the report. */
    public static final String INTRODUCTION = "introduction";

    /** The final comments, which close it. */
    public static final String FINAL_COMMENTS = "final-comments";

    /** The parts the program office writes, in the report's order. */
    public static final List<String> PARTS = List.of(INTRODUCTION, FINAL_COMMENTS);
}
