package mou.core.cycle;

import java.util.List;
import mou.core.model.GroupYear;

/**
 * Where each group's year stands.
 *
 * @param year the year
 * @param groups each group with a plan, in the plans' order
 */
public record YearStatus(int year, List<Group> groups) {

    /**
     * One group.
     *
     * @param groupId the group
     * @param year its year, or null when it has not opened it
     * @param rated how many of its plan's activities are rated
     * @param activities how many activities its plan has
     */
    public record Group(String groupId, GroupYear year, int rated, int activities) {
    }
}
