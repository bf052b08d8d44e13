package mou.core.cycle;

import java.util.Map;

/**
 * Apply a filled-in sheet of a group's year, all or nothing. The group and the year are read from
 * its About sheet; every problem is named by its cell.
 *
 * @param acting who imports it
 * @param sheets the sheets read back, by name ({@code About}, {@code Assessments}, ...)
 * @param source where it came from, for the history's reason when none is given (e.g. the file's name)
 */
public record ImportYear(Acting acting, Map<String, SheetContent> sheets, String source) {
}
