package mou.core.cycle;

import java.util.List;
import mou.core.model.ReviewState;

/**
 * A group's year as sheets.
 *
 * @param groupId the group
 * @param year the year
 * @param state where the year stands in review (an import is refused unless it is editable)
 * @param tables the tables, About first
 */
public record YearSheet(String groupId, int year, ReviewState state, List<SheetTable> tables) {
}
