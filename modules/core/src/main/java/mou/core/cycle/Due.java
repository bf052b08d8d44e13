package mou.core.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * What is due for each group, by the workspace's reporting calendar, and where each stands on a day.
 *
 * @param on the day the states are for
 * @param calendar whether the workspace has a reporting calendar with any due date; without one
 *        nothing is due
 * @param groups each group asked about, in the plans' order, its items by date
 * @since 1.3
 */
public record Due(LocalDate on, boolean calendar, List<Group> groups) {

    public Due {
        groups = List.copyOf(groups);
    }

    /** Every item of every group, by date (then in the groups' order). */
    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream())
                .sorted(java.util.Comparator.comparing(Item::date)).toList();
    }

    /** What is due of a group. */
    public record Group(String groupId, List<Item> items) {

        public Group {
            items = List.copyOf(items);
        }

        /** How many of its items are in this state. */
        public long count(State state) {
            return items.stream().filter(i -> i.state() == state).count();
        }
    }

    /** What is due. */
    public enum Kind {
        /**
         * A group's update of a quarter: done when the group's year has that quarter's update with something in it;
         * closed when it has none and the year is published.
         */
        QUARTERLY_UPDATE,
        /** A year's annual report: done when the group's year is published. */
        ANNUAL_REPORT
    }

    /** Where a due item stands on the day asked about. */
    public enum State {
        /** Done, whenever its date. */
        DONE,
        /** Not done, its date is the day asked about or later. */
        DUE,
        /** Not done, its date has passed. */
        OVERDUE,
        /**
         * Not done and no longer owed: the group's year is published, so it is final and locked and what it
         * lacks (a quarterly update never written) can no longer be written; whenever its date.
         *
         * @since 1.10
         */
        CLOSED;

        /** The id used by commands and pages, e.g. {@code overdue}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The one rule of a due item's state, for every front door: done is done; else a published year's
         * item is closed (it can no longer be done, so it is not owed); else it is due until its day has
         * passed, then overdue.
         *
         * @param done whether it is done (an update with something in it; a published year's annual report)
         * @param published whether the group's year is published
         * @param date the day it is due
         * @param on the day asked about
         * @since 1.10
         */
        public static State of(boolean done, boolean published, LocalDate date, LocalDate on) {
            return done ? DONE : published ? CLOSED : on.isAfter(date) ? OVERDUE : DUE;
        }
    }

    /**
     * One due date of a group.
     *
     * @param groupId the group
     * @param year the reporting year
     * @param quarter 1 to 4 for a quarterly update, 0 for the annual report
     * @param kind what is due
     * @param date the day it is due
     * @param state where it stands on the day asked about
     */
    public record Item(String groupId, int year, int quarter, Kind kind, LocalDate date, State state) {

        /** A name for it that stays the same, e.g. {@code air-quality/2016-q1} or {@code air-quality/2016-report}. */
        public String id() {
            return groupId + "/" + year + (kind == Kind.ANNUAL_REPORT ? "-report" : "-q" + quarter);
        }
    }
}
