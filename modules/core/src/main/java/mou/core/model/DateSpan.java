package mou.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
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
            throw new InvalidValueException("the end " + end + " is before the start " + start, "el final " + end + " es anterior al inicio " + start);
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
            throw new InvalidValueException("a date is required (YYYY, YYYY-MM or YYYY-MM-DD, or two joined by '/')",
                    "se necesita una fecha (AAAA, AAAA-MM o AAAA-MM-DD, o dos unidas por '/')");
        }
        String trimmed = text.trim();
        yearLast(trimmed, text);
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return single(trimmed, text);
        }
        if (trimmed.indexOf('/', slash + 1) >= 0) {
            throw new InvalidValueException("'" + text + "' has more than one '/'; write a span as START/END, e.g. 2016-10-20/2016-10-21",
                    "'" + text + "' tiene más de una '/'; escriba un periodo como INICIO/FIN, p. ej. 2016-10-20/2016-10-21");
        }
        DateSpan first = single(trimmed.substring(0, slash), text);
        DateSpan last = single(trimmed.substring(slash + 1), text);
        if (first.precision != last.precision) {
            throw new InvalidValueException("'" + text + "' mixes precisions; write both ends alike, e.g. 2016-10-24/2016-11-04",
                    "'" + text + "' mezcla precisiones; escriba ambos extremos igual, p. ej. 2016-10-24/2016-11-04");
        }
        if (last.end.isBefore(first.start)) {
            throw new InvalidValueException("'" + text + "' ends before it starts", "'" + text + "' termina antes de empezar");
        }
        return new DateSpan(first.start, last.end, first.precision);
    }

    /**
     * Refuses a date written with the year last (15/08/2017, 8-5-2017, 15.08.2017), as people write dates in Mexico and
     * California, saying how to write it: the date read day first and, where that is a date too, month first.
     */
    private static void yearLast(String trimmed, String text) {
        java.util.regex.Matcher m = YEAR_LAST.matcher(trimmed);
        if (!m.matches()) {
            return;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        String dayFirst = iso(year, b, a);
        String monthFirst = a == b ? null : iso(year, a, b);
        String en;
        String es;
        if (dayFirst != null && monthFirst != null) {
            en = dayFirst + " if the day comes first, " + monthFirst + " if the month comes first";
            es = dayFirst + " si va primero el día, " + monthFirst + " si va primero el mes";
        } else if (dayFirst != null || monthFirst != null) {
            en = es = dayFirst != null ? dayFirst : monthFirst;
        } else {
            en = "e.g. " + year + "-06-07";
            es = "p. ej. " + year + "-06-07";
        }
        throw new InvalidValueException("'" + text + "' has the year last; write the year first, YYYY-MM-DD: " + en,
                "'" + text + "' tiene el año al final; escriba primero el año, AAAA-MM-DD: " + es);
    }

    private static final java.util.regex.Pattern YEAR_LAST = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /** The ISO day, or null when there is no such day. */
    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * One date. Months and days are read digit by digit rather than with the ISO formatters
     * (a workspace has a date in every event, figure and many deliverables, and the report reads
     * them again); what is accepted is exactly what {@code YearMonth.parse} and
     * {@code LocalDate.parse} accept at these lengths: four ASCII digits for the year, two each
     * for month and day, and a date that exists.
     */
    private static DateSpan single(String part, String whole) {
        try {
            switch (part.length()) {
                case 4: {
                    int year = Integer.parseInt(part);
                    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
                }
                case 7:
                    if (digits(part, 0, 4) && part.charAt(4) == '-' && digits(part, 5, 7)) {
                        YearMonth month = YearMonth.of(number(part, 0, 4), number(part, 5, 7));
                        return new DateSpan(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
                    }
                    break;
                case 10:
                    if (digits(part, 0, 4) && part.charAt(4) == '-' && digits(part, 5, 7) && part.charAt(7) == '-' && digits(part, 8, 10)) {
                        return ofDay(LocalDate.of(number(part, 0, 4), number(part, 5, 7), number(part, 8, 10)));
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeException e) {
            // fall through to the message below
        }
        throw new InvalidValueException("'" + whole + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016-06-07), or START/END",
                "'" + whole + "' no es una fecha; escriba AAAA, AAAA-MM o AAAA-MM-DD (p. ej. 2016-06-07), o INICIO/FIN");
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by ASCII digits (checked by {@link #digits}). */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** The calendar year of the start. */
    public int year() {
        return start.getYear();
    }

    public boolean isSpan() {
        return switch (precision) {
            case DAY -> !start.equals(end);
            case MONTH -> start.getYear() != end.getYear() || start.getMonthValue() != end.getMonthValue();
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
