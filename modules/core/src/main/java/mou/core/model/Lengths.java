package mou.core.model;

/**
 * The one rule for how long a text a person enters may be. Every front door that takes texts (the
 * commands, the web application's forms and the spreadsheet import, all through the cycle's service)
 * checks them against these lengths, so that a text saved can always be shown, exported and imported
 * again: a unit of 100,000 characters once made the group's workbook impossible to export.
 *
 * @since 1.9
 */
public final class Lengths {

    /**
     * The most characters of any text: what one workbook cell holds (32,767), so that every text can be
     * exported to a workbook, edited there and imported again. The 2016 report's longest paragraph has 1,906.
     */
    public static final int TEXT = 32_767;

    /**
     * The most characters of a one-line text: a title, a place, a figure's label or unit, a link's title.
     * The 2016 report's longest title has 328 characters.
     */
    public static final int LINE = 1_000;

    private Lengths() {
    }

    /** Whether {@code text} (null counts as empty) has more than {@code most} characters, counted as a person counts them (code points). */
    public static boolean over(String text, int most) {
        return text != null && text.length() > most && text.codePointCount(0, text.length()) > most;
    }
}
