package mou.core.model;

import java.util.regex.Pattern;

/**
 * The one rule for the ids of goals, activities, deliverables, figures, events and working groups:
 * lower case letters, digits and '-', starting with a letter or digit ({@code aq-3-2},
 * {@code aq-2017-border-meeting}). Ids are unique in the whole workspace; they appear in file
 * names, commands and web addresses, so they need no quoting anywhere.
 *
 * @since 1.2
 */
public final class Ids {

    /** The pattern a whole id matches. */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]*";

    /** The rule in words, to follow "use ...". */
    public static final String RULE = "lower case letters, digits and '-' (starting with a letter or digit)";

    private static final Pattern ID = Pattern.compile(PATTERN);

    private Ids() {
    }

    /** Whether {@code text} is an id. */
    public static boolean valid(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** What is wrong with a text that is not an id, e.g. {@code 'AQ_1' is not a valid id; use lower case ...}. */
    public static String problem(String text) {
        return "'" + text + "' is not a valid id; use " + RULE;
    }
}
