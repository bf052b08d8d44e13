package mou.core.model;

import java.util.OptionalInt;

/**
 * The one rule for a calendar year as people type it in commands, forms and spreadsheets: four
 * digits, such as {@code 2017} (blanks around it are ignored).
 *
 * @since 1.2
 */
public final class Years {

    /** The rule in words, to follow "give ...". */
    public static final String RULE = "four digits such as 2017";

    private Years() {
    }

    /** The year {@code text} names, or empty when it is not four digits. */
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
        return OptionalInt.of(Integer.parseInt(t));
    }
}
