package mou.cycle.internal;

import java.util.List;

/** The neutral form of an exported year: named tables of text cells, written as XLSX sheets or CSV files. */
final class Tables {

    private Tables() {
    }

    /**
     * A column of a table.
     *
     * @param header its heading (row 1)
     * @param fill whether the group fills it in (unlocked, marked); else it comes from the plan and is read-only
     * @param choices the values a drop-down offers, or empty
     * @param numeric whether its values are numbers (written as numbers in a workbook)
     * @param width its width in characters
     */
    record Column(String header, boolean fill, List<String> choices, boolean numeric, int width) {

        static Column plan(String header, int width) {
            return new Column(header, false, List.of(), false, width);
        }

        static Column fill(String header, int width) {
            return new Column(header, true, List.of(), false, width);
        }

        static Column number(String header, int width) {
            return new Column(header, true, List.of(), true, width);
        }

        static Column choice(String header, int width, List<String> choices) {
            return new Column(header, true, List.copyOf(choices), false, width);
        }
    }

    /**
     * A table to write.
     *
     * @param name the sheet's name (the CSV file's suffix, lower case)
     * @param columns its columns
     * @param rows its data rows below the heading, cells as text ("" for empty)
     * @param spare how many empty rows below the data a workbook offers for new entries (fillable columns only)
     */
    record Table(String name, List<Column> columns, List<List<String>> rows, int spare) {
    }

    /**
     * A table read back.
     *
     * @param name the sheet's name as errors name it ({@code Assessments}, or the CSV file's name)
     * @param rows every row including the heading, cells as text ("" for empty); row i is row i+1 of the sheet
     */
    record Read(String name, List<List<String>> rows) {

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
