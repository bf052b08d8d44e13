package mou.core.model;

import java.util.List;

/**
 * A working group's internal report for one quarter of a year: what happened, and which of the
 * year's figures and events it reports. The figures and events themselves are the year's
 * ({@link GroupYear#metrics()}, {@link GroupYear#events()}), so they reach the annual report too.
 *
 * @param quarter 1 to 4
 * @param happened what happened in the quarter, in paragraphs
 * @param metrics ids of the year's figures reported in this quarter
 * @param events ids of the year's events reported in this quarter
 */
public record QuarterlyUpdate(int quarter, List<Text> happened, List<String> metrics, List<String> events) {

    public QuarterlyUpdate {
        happened = happened == null ? List.of() : List.copyOf(happened);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The label of a quarter, e.g. {@code 2016-Q3}: as {@link Quarter} writes it, and {@link Quarter#parse} reads it. */
    public static String label(int year, int quarter) {
        return Quarter.written(year, quarter);
    }
}
