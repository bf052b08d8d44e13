package mou.core.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The reporting calendar of a workspace ({@code calendar.json}): when a group's quarterly update
 * and the annual report of a year are due. A workspace without the file has {@link #NONE}: nothing
 * is due.
 *
 * @param quarterlyUpdateDays how many days after the last day of a quarter its update is due
 *        ({@link Bounds#DUE_DAYS}), or null when quarterly updates have no due date
 * @param annualReportDue the day in the year after a reporting year on which that year's report is
 *        due (e.g. {@code --03-31}: the 2016 report on 31 March 2017), or null when it has no due date
 * @since 1.5
 */
public record ReportingCalendar(Integer quarterlyUpdateDays, MonthDay annualReportDue) {

    /** No due dates at all: a workspace without {@code calendar.json}. */
    public static final ReportingCalendar NONE = new ReportingCalendar(null, null);

    public ReportingCalendar {
        if (quarterlyUpdateDays != null && !Bounds.DUE_DAYS.contains(quarterlyUpdateDays)) {
            throw new IllegalArgumentException("the days after a quarter must be " + Bounds.DUE_DAYS.describe()
                    + ", not " + quarterlyUpdateDays);
        }
    }

    /** Whether the calendar gives no due date at all. */
    public boolean empty() {
        return quarterlyUpdateDays == null && annualReportDue == null;
    }

    /** When the update of a quarter (1 to 4) of a year is due, if updates have a due date. */
    public Optional<LocalDate> updateDue(int year, int quarter) {
        if (quarterlyUpdateDays == null) {
            return Optional.empty();
        }
        new Quarter(year, quarter); // 1 to 4, or says what is wrong
        LocalDate lastDay = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        return Optional.of(lastDay.plusDays(quarterlyUpdateDays));
    }

    /** When the annual report of a year is due, if it has a due date (29 February is 28 February in a common year). */
    public Optional<LocalDate> reportDue(int year) {
        return annualReportDue == null ? Optional.empty() : Optional.of(annualReportDue.atYear(year + 1));
    }
}
