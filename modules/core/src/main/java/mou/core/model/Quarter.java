package mou.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a calendar year, written {@code 2017-Q3}: what a quarterly update reports on.
 *
 * @param year the calendar year
 * @param quarter 1 to 4
 * @since 1.2
 */
public record Quarter(int year, int quarter) {

    private static final Pattern FULL = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern SHORT = Pattern.compile("[Qq]?([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException("a quarter is 1 to 4, not " + quarter, "un trimestre es de 1 a 4, no " + quarter);
        }
    }

    /**
     * Reads {@code 2017-Q3} (or {@code 2017-q3}).
     *
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static Quarter parse(String text) {
        Matcher m = FULL.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("must be a quarter such as 2017-Q3 (the year, -Q, and 1 to 4), not '" + text + "'",
                    "debe ser un trimestre como 2017-Q3 (el año, -Q y de 1 a 4), no '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * A quarter of a known year, as people write it there: {@code 3}, {@code Q3} or {@code 2017-Q3}.
     *
     * @throws IllegalArgumentException when the text is no quarter, or a quarter of another year
     */
    public static Quarter inYear(String text, int year) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            return new Quarter(year, Integer.parseInt(m.group(1)));
        }
        if (!FULL.matcher(t).matches()) {
            // said as the forms and the workbook offer it, 1 to 4, rather than as a quarter of any year
            throw new InvalidValueException("must be a quarter of " + year + ": 1 to 4, Q1 to Q4, or " + year + "-Q1 to " + year + "-Q4, not '"
                    + text + "'", "debe ser un trimestre de " + year + ": de 1 a 4, de Q1 a Q4, o de " + year + "-Q1 a " + year + "-Q4, no '"
                    + text + "'");
        }
        Quarter q = parse(t);
        if (q.year() != year) {
            throw new InvalidValueException(t + " is not a quarter of " + year + "; use " + year + "-Q1 to " + year + "-Q4",
                    t + " no es un trimestre de " + year + "; use de " + year + "-Q1 a " + year + "-Q4");
        }
        return q;
    }

    @Override
    public String toString() {
        return written(year, quarter);
    }

    /** How a quarter is written, {@code 2017-Q3}: the one form, which {@link #parse} reads. */
    static String written(int year, int quarter) {
        return year + "-Q" + quarter;
    }
}
