package mou.core.cycle;

/**
 * A group's year as the tables of its sheet, to fill in.
 *
 * @param acting who exports it (written on the About sheet)
 * @param groupId the group
 * @param year the year
 * @param language the language of the sheets' names, headings, instructions and choices ({@code en} or {@code es}; any
 *        other is English); the group's texts are in their own English and Spanish columns in either (since 1.11)
 */
public record ExportYear(Acting acting, String groupId, int year, String language) {

    /** The year's sheets in English (every export before 1.11). */
    public ExportYear(Acting acting, String groupId, int year) {
        this(acting, groupId, year, "en");
    }
}
