package mou.core.cycle;

import java.util.List;

/**
 * A table of a group's year as a sheet: what {@link CycleService#exportYear} gives to put in a
 * workbook (one sheet per table) or in CSV files (one file per table).
 *
 * @param name the sheet's name ({@code About}, {@code Assessments}, {@code Figures}, {@code Events},
 *        {@code Narrative}, {@code Updates}; in Spanish {@code Acerca de}, {@code Calificaciones}, {@code Cifras},
 *        {@code Eventos}, {@code Narrativa}, {@code Informes trimestrales}, since 1.11)
 * @param columns its columns
 * @param rows its data rows below the heading, cells as text ("" for empty)
 * @param spare how many empty rows below the data a workbook offers for new entries
 */
public record SheetTable(String name, List<SheetColumn> columns, List<List<String>> rows, int spare) {
}
