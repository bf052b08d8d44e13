package mou.core.cycle;

import java.util.List;

/**
 * One sheet as it was read back from a filled-in workbook or CSV file.
 *
 * @param name the sheet's name as problems name its cells ({@code Assessments}, or a CSV file's name)
 * @param rows every row including the heading, cells as text ("" for empty); row i is row i+1 of the sheet
 */
public record SheetContent(String name, List<List<String>> rows) {
}
