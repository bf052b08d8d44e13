package mou.cycle.internal;

import java.util.List;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetContent;

/**
 * The neutral form of an exported year: named tables of text cells ({@link mou.core.cycle.SheetTable}),
 * written as XLSX sheets or CSV files, and read back.
 */
final class Tables {

    private Tables() {
    }

    static SheetColumn plan(String header, int width) {
        return new SheetColumn(header, false, List.of(), false, width);
    }

    static SheetColumn fill(String header, int width) {
        return new SheetColumn(header, true, List.of(), false, width);
    }

    static SheetColumn number(String header, int width) {
        return new SheetColumn(header, true, List.of(), true, width);
    }

    static SheetColumn choice(String header, int width, List<String> choices) {
        return new SheetColumn(header, true, List.copyOf(choices), false, width);
    }

    /**
     * A table read back.
     *
     * @param name the sheet's name as errors name it ({@code Assessments}, or the CSV file's name)
     * @param rows every row including the heading, cells as text ("" for empty); row i is row i+1 of the sheet
     */
    record Read(String name, List<List<String>> rows) {

        static Read of(SheetContent content) {
            return new Read(content.name(), content.rows());
        }

        SheetContent content() {
            return new SheetContent(name, rows);
        }

        String cell(int row, int column) {
            if (row >= rows.size()) {
                return "";
            }
            List<String> cells = rows.get(row);
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        boolean blank(int row) {
            return rows.get(row).stream().allMatch(c -> c == null || c.isBlank());
        }

        /** A cell's name as a spreadsheet shows it: {@code Assessments!E7}. */
        String ref(int row, int column) {
            return name + "!" + columnName(column) + (row + 1);
        }
    }

    static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }
}
