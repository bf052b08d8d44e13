package mou.core.cycle;

/**
 * Apply a filled-in XLSX workbook of a group's year, as {@link CycleService#exportWorkbook} wrote it,
 * all or nothing: for a front door that receives the file itself (an upload). The workbook is read
 * within the same limits as the {@code import} command's (its size, rows and cells; a formula cell
 * is refused), and it must be the named group's year: a workbook whose About sheet names another
 * group or year is refused, its cell named.
 *
 * @param acting who imports it
 * @param groupId the group whose year the workbook must be
 * @param year the year the workbook must be
 * @param workbook the file's bytes
 * @param source the file's name, as problems and the history's reason name it (never used as a path)
 * @since 1.3
 */
public record ImportWorkbook(Acting acting, String groupId, int year, byte[] workbook, String source) {
}
