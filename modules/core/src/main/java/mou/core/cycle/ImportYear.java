package mou.core.cycle;

import java.util.Map;

/**
 * Apply a filled-in sheet of a group's year, all or nothing. The group and the year are read from
 * its About sheet; every problem is named by its cell. The sheets may be in English or Spanish
 * ({@link ExportYear#language()}), or as workbooks were exported before 1.11.
 *
 * @param acting who imports it
 * @param sheets the sheets read back, by name ({@code About}, {@code Assessments}, ..., or their Spanish names)
 * @param source where it came from, for the history's reason when none is given (e.g. the file's name)
 * @param language the language of the person importing ({@code en} or {@code es}): the values of problems that
 *        have words in it (a working group's title) are said in it (since 1.11)
 */
public record ImportYear(Acting acting, Map<String, SheetContent> sheets, String source, String language) {

    /** An import by a person working in English (every import before 1.11). */
    public ImportYear(Acting acting, Map<String, SheetContent> sheets, String source) {
        this(acting, sheets, source, "en");
    }
}
