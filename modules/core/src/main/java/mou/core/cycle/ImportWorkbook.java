package mou.core.cycle;

/**
 * Apply a filled-in XLSX workbook of a group's year, as {@link CycleService#exportWorkbook} wrote it
 * (in English or Spanish, or as workbooks were exported before), all or nothing: for a front door that
 * receives the file itself (an upload). The workbook is read within the same limits as the {@code import}
 * command's (its size, rows and cells; a formula cell is refused), and it must be the named group's year: a
 * workbook whose About sheet names another group or year is refused, its cell named, and the groups named by
 * their titles in {@code language}.
 *
 * @param acting who imports it
 * @param groupId the group whose year the workbook must be
 * @param year the year the workbook must be
 * @param workbook the file's bytes
 * @param source the file's name, as problems and the history's reason name it (never used as a path)
 * @param language the language of the person importing ({@code en} or {@code es}; since 1.11)
 * @since 1.3
 */
public record ImportWorkbook(Acting acting, String groupId, int year, byte[] workbook, String source, String language) {

    /** An upload by a person working in English (every upload before 1.11). */
    public ImportWorkbook(Acting acting, String groupId, int year, byte[] workbook, String source) {
        this(acting, groupId, year, workbook, source, "en");
    }
}
