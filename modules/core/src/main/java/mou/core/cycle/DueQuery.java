package mou.core.cycle;

import java.time.LocalDate;
import mou.core.spi.LoadResult;

/**
 * What is due: the quarterly updates and annual reports that the workspace's reporting calendar
 * ({@link mou.core.model.ReportingCalendar}) gives a date, with their state on a day.
 *
 * @param acting who asks (may name nobody)
 * @param year one year, or null for every year a group has opened
 * @param groupId one group only, or null for every group with a plan
 * @param on the day the states are worked out for, or null for today (UTC, by the service's clock)
 * @param read the workspace as already read, or null for the service to read it (as {@link StatusQuery#read()})
 * @since 1.3
 */
public record DueQuery(Acting acting, Integer year, String groupId, LocalDate on, LoadResult read) {

    /** What is due in the workspace as the service reads it now. */
    public DueQuery(Acting acting, Integer year, String groupId, LocalDate on) {
        this(acting, year, groupId, on, null);
    }
}
