package mou.cycle.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a year as commands take it: {@code 2016-Q3}.
 *
 * @param year the calendar year
 * @param quarter 1 to 4
 */
record Quarter(int year, int quarter) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    static Quarter parse(String text, String what) throws CommandException {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw CommandException.usage(what + " must be a quarter such as 2017-Q3 (the year, -Q, and 1 to 4), not '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a value of {@code --quarter} names in a given year: {@code 3}, {@code Q3} or {@code 2017-Q3}. */
    static int inYear(String text, int year, String what) throws CommandException {
        String t = text.strip();
        if (t.matches("[Qq]?[1-4]")) {
            return Integer.parseInt(t.substring(t.length() - 1));
        }
        Quarter q = parse(t, what);
        if (q.year() != year) {
            throw CommandException.usage(what + " " + t + " is not a quarter of " + year + "; use " + year + "-Q1 to " + year + "-Q4");
        }
        return q.quarter();
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
