package mou.core.model;

import java.util.OptionalInt;

/**
 * The one rule for a calendar year as people type it in commands, forms and spreadsheets: four
 * digits, such as {@code 2017} (blanks around it are ignored), from {@value #MIN} to
 * {@value #MAX} ({@link Bounds#YEAR}).
 *
 * @since 1.2
 */
public final class Years {

    /** The rule in words, to follow "give ...". */
    public static final String RULE = "four digits such as 2017, from 1900 to 2200";

    /**
     * The first year the model holds.
     *
     * @since 1.3
     */
    public static final int MIN = 1900;

    /**
     * The last year the model holds.
     *
     * @since 1.3
     */
    public static final int MAX = 2200;

    private Years() {
    }

    /**
     * Whether the year is one the model holds, from {@value #MIN} to {@value #MAX}.
     *
     * @since 1.3
     */
    public static boolean inRange(int year) {
        return year >= MIN && year <= MAX;
    }

    /** The year {@code text} names, or empty when it is not four digits or not from {@value #MIN} to {@value #MAX}. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = text.strip();
        if (t.length() != 4) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        int year = Integer.parseInt(t);
        return inRange(year) ? OptionalInt.of(year) : OptionalInt.empty();
    }
}
