package mou.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date as precise as the source gives it: a year ({@code 2016}), a month ({@code 2016-02}),
 * a day ({@code 2016-06-07}), or a span of those ({@code 2016-10-20/2016-10-21}). Written in
 * workspace files in that ISO 8601 form; {@link #parse} rejects anything else.
 *
 * @param start the first day covered
 * @param end the last day covered (equal to start for a single day)
 * @param precision how precisely start and end are known
 */
public record DateSpan(LocalDate start, LocalDate end, Precision precision) implements Comparable<DateSpan> {

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end " + end + " is before the start " + start);
        }
    }

    public static DateSpan ofDay(LocalDate day) {
        return new DateSpan(day, day, Precision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or two of those of the same
     * precision joined by {@code /}.
     *
     * @throws IllegalArgumentException with a message fit for a person when the text is not such a date
     */
    public static DateSpan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required (YYYY, YYYY-MM or YYYY-MM-DD, or two joined by '/')");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + text + "' has more than one '/'; write a span as START/END, e.g. 2016-10-20/2016-10-21");
        }
        DateSpan first = single(parts[0], text);
        if (parts.length == 1) {
            return first;
        }
        DateSpan last = single(parts[1], text);
        if (first.precision != last.precision) {
            throw new IllegalArgumentException("'" + text + "' mixes precisions; write both ends alike, e.g. 2016-10-24/2016-11-04");
        }
        if (last.end.isBefore(first.start)) {
            throw new IllegalArgumentException("'" + text + "' ends before it starts");
        }
        return new DateSpan(first.start, last.end, first.precision);
    }

    private static DateSpan single(String part, String whole) {
        try {
            switch (part.length()) {
                case 4: {
                    int year = Integer.parseInt(part);
                    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
                }
                case 7: {
                    YearMonth month = YearMonth.parse(part);
                    return new DateSpan(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
                }
                case 10:
                    return ofDay(LocalDate.parse(part));
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + whole + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016-06-07), or START/END");
    }

    /** The calendar year of the start. */
    public int year() {
        return start.getYear();
    }

    public boolean isSpan() {
        return switch (precision) {
            case DAY -> !start.equals(end);
            case MONTH -> !YearMonth.from(start).equals(YearMonth.from(end));
            case YEAR -> start.getYear() != end.getYear();
        };
    }

    /** The ISO form this span is written in, the inverse of {@link #parse}. */
    public String iso() {
        String first = format(start);
        return isSpan() ? first + "/" + format(end) : first;
    }

    private String format(LocalDate date) {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    @Override
    public int compareTo(DateSpan other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return iso();
    }
}
