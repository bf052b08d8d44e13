package mou.core.cycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;

/**
 * Where each group's year stands.
 *
 * @param year the year
 * @param groups each group with a plan, in the plans' order
 * @param missing what the program office's part of the year's report misses (its introduction),
 *        which publishing needs; empty when nothing is missing, when the year is published or when
 *        the query asked about one group (since 1.1)
 */
public record YearStatus(int year, List<Group> groups, List<Gap> missing) {

    public YearStatus {
        groups = List.copyOf(groups);
        missing = List.copyOf(missing);
    }

    /** The groups' years, the office's part not looked at. */
    public YearStatus(int year, List<Group> groups) {
        this(year, groups, List.of());
    }

    /**
     * One group.
     *
     * @param groupId the group
     * @param year its year, or null when it has not opened it; its review's last step says who
     *        moved it where, and why it went on incomplete ({@link mou.core.model.ReviewStep#incomplete()})
     * @param rated how many of its plan's activities are rated for the year: re-rated, or confirmed
     *        unchanged with a rationale (since 1.1 a level carried over from the year before is not counted here)
     * @param carriedOver how many of its plan's activities still have the level carried over from the
     *        year before, not rated for the year (since 1.1); the others ({@code activities - rated - carriedOver}) have no level
     * @param activities how many activities its plan has
     * @param missing what the group's year still misses, as submit and publish list it; empty when
     *        it is complete or not opened (since 1.1)
     * @param levels how many of its plan's activities stand at each level in the year, carried-over
     *        levels included (the at-a-glance counts, for a dashboard); a level no activity has is
     *        left out (since 1.1)
     */
    public record Group(String groupId, GroupYear year, int rated, int carriedOver, int activities, List<Gap> missing,
            Map<ProgressLevel, Integer> levels) {

        public Group {
            missing = List.copyOf(missing);
            levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
        }

        /** A group whose level counts are not given. */
        public Group(String groupId, GroupYear year, int rated, int carriedOver, int activities, List<Gap> missing) {
            this(groupId, year, rated, carriedOver, activities, missing, Map.of());
        }

        /** A group whose levels are all the group's own, nothing said about what it misses. */
        public Group(String groupId, GroupYear year, int rated, int activities) {
            this(groupId, year, rated, 0, activities, List.of());
        }

        /**
         * How many of its plan's activities have no level at all.
         *
         * @since 1.1
         */
        public int unrated() {
            return activities - rated - carriedOver;
        }
    }
}
