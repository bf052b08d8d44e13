package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetContent;

/**
 * The neutral form of an exported year: named tables of text cells ({@link mou.core.cycle.SheetTable}),
 * written as XLSX sheets or CSV files, and read back.
 */
final class Tables {

    /** A workbook or CSV file larger than this is refused before it is read: a group's year is a few hundred kilobytes. */
    static final long LARGEST = 20L * 1024 * 1024;

    /** A table (sheet or CSV file) with more rows than this is refused while it is read, before the rest is. */
    static final int MOST_ROWS = 10_000;

    /**
     * A workbook or CSV export with more cells than this, all tables together, is refused while it is read:
     * POI holds some 0.7 KB a cell, so this is some 35 MB of the web server's 160 MB heap (500,000 cells,
     * the limit before, did not fit in it); a group's year has a few thousand.
     */
    static final int MOST_CELLS = 50_000;

    /**
     * A workbook with more distinct texts than this is refused while it is read: POI holds each in
     * memory at some 300 bytes besides its characters, and a group's year has a few thousand.
     */
    static final int MOST_TEXTS = 100_000;

    /**
     * A workbook whose texts (its shared strings part) unpack to more than this is refused while it is
     * read, before POI holds them in memory at some three times their size; a group's year needs well
     * under a megabyte.
     */
    static final long MOST_TEXT_BYTES = 8L * 1024 * 1024;

    /**
     * A workbook whose parts together unpack to more than this is refused while it is read: room for a
     * sheet of {@link #MOST_CELLS} cells, far more than a group's year needs (under a few megabytes).
     */
    static final long MOST_UNPACKED = 32L * 1024 * 1024;

    /** Problems listed one by one; any more are counted ("... and 12 more problems"). */
    static final int MOST_PROBLEMS = 100;

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

    /** A column of choices whose cell may list several, separated by commas ({@code 1, 3}). */
    static SheetColumn choices(String header, int width, List<String> choices) {
        return new SheetColumn(header, true, List.copyOf(choices), false, width, true);
    }

    /** The first {@link #MOST_PROBLEMS} problems, and a line counting the rest when there are more. */
    static List<String> capped(List<String> problems) {
        if (problems.size() <= MOST_PROBLEMS) {
            return problems;
        }
        List<String> shown = new SheetProblems();
        for (int i = 0; i < MOST_PROBLEMS; i++) {
            SheetProblems.add(shown, problems.get(i), SheetProblems.spanish(problems, i));
        }
        int more = problems.size() - MOST_PROBLEMS;
        SheetProblems.add(shown, "... and " + Count.of(more, "more problem", "more problems"), "... y " + more + (more == 1 ? " problema más" : " problemas más"));
        return shown;
    }

    /** Why a file could not be read or written, in the words of a person rather than of Java's exceptions. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        if (e.getClass() == IOException.class && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return "the file system refused it";
    }

    /** Problems of a file that stop it from being read as a table at all, each said as what to do about it. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("; ", problems));
            // problems with their Spanish keep it
            this.problems = problems instanceof SheetProblems ? problems : List.copyOf(problems);
        }

        Unreadable(String problem) {
            this(List.of(problem));
        }

        /** A problem in English and Spanish. */
        Unreadable(String en, String es) {
            this(one(en, es));
        }

        private static List<String> one(String en, String es) {
            List<String> problems = new SheetProblems();
            SheetProblems.add(problems, en, es);
            return problems;
        }

        List<String> problems() {
            return problems;
        }
    }

    /**
     * A table read back.
     *
     * @param name the sheet's name as errors name it ({@code Assessments}, or the CSV file's name)
     * @param rows every row including the heading, cells as text ("" for empty); row i is row i+1 of the sheet
     * @param columns for a table whose columns were matched by their headers: column i of the table is column
     *        {@code columns.get(i)} of the sheet; null when the columns are in the sheet's order
     */
    record Read(String name, List<List<String>> rows, List<Integer> columns) {

        Read(String name, List<List<String>> rows) {
            this(name, rows, null);
        }

        static Read of(SheetContent content) {
            return new Read(content.name(), content.rows());
        }

        SheetContent content() {
            return new SheetContent(name, rows);
        }

        private int at(int column) {
            if (columns == null) {
                return column;
            }
            Integer c = column < columns.size() ? columns.get(column) : null;
            return c == null ? -1 : c;
        }

        /** Whether the table has the column (one that is optional may be missing from a workbook exported before it). */
        boolean has(int column) {
            return at(column) >= 0;
        }

        String cell(int row, int column) {
            int c = at(column);
            if (row >= rows.size() || c < 0) {
                return "";
            }
            List<String> cells = rows.get(row);
            return c < cells.size() && cells.get(c) != null ? cells.get(c).strip() : "";
        }

        boolean blank(int row) {
            return rows.get(row).stream().allMatch(c -> c == null || c.isBlank());
        }

        /** A cell's name as a spreadsheet shows it: {@code Assessments!E7}. */
        String ref(int row, int column) {
            int c = at(column);
            return name + "!" + columnName(c < 0 ? column : c) + (row + 1);
        }

        /**
         * This table with its columns found by their headers (first row), in any order: column i is the one
         * headed {@code headers.get(i)} (case and surrounding spaces aside). A header that is missing, unknown
         * or there twice is a problem, and so is a column without a header that holds values; then null.
         */
        Read byHeaders(List<String> headers, List<String> problems) {
            return byAnyHeaders(headers.stream().map(List::of).toList(), problems);
        }

        /**
         * As {@link #byHeaders(List, List)}, column i headed by any of {@code accepted.get(i)} (a workbook's headings in
         * English or Spanish); problems name each column by its first header.
         */
        Read byAnyHeaders(List<List<String>> accepted, List<String> problems) {
            return byAnyHeaders(accepted, problems, java.util.Set.of());
        }

        /** As {@link #byAnyHeaders(List, List)}, the columns {@code optional} (by index) allowed to be missing: a workbook exported before them. */
        Read byAnyHeaders(List<List<String>> accepted, List<String> problems, java.util.Set<Integer> optional) {
            List<String> headers = accepted.stream().map(a -> a.get(0)).toList();
            String expected = "; its columns are: " + String.join(", ", headers);
            String expectedEs = "; sus columnas son: " + String.join(", ", headers);
            if (rows.isEmpty()) {
                SheetProblems.add(problems, name + ": the table is empty; it starts with its header row" + expected,
                        name + ": la tabla está vacía; empieza con su fila de encabezados" + expectedEs);
                return null;
            }
            List<String> first = rows.get(0).stream().filter(h -> h != null && !h.isBlank()).toList();
            if (headers.size() > 1 && first.size() == 1 && first.get(0).contains(";")
                    && java.util.Arrays.stream(first.get(0).split(";")).anyMatch(h -> key(h).equals(key(headers.get(0))))) {
                // Excel saves "CSV" with semicolons where the decimal mark is a comma (Spanish, most of Europe)
                SheetProblems.add(problems, name + ": the columns are separated by semicolons (;), as Excel saves CSV in some languages;"
                        + " save it as \"CSV UTF-8 (comma delimited)\", or import the .xlsx workbook instead" + expected, name + ": las columnas"
                        + " están separadas por punto y coma (;), como guarda Excel los CSV en algunos idiomas; guárdelo como \"CSV UTF-8"
                        + " (delimitado por comas)\", o importe el libro .xlsx" + expectedEs);
                return null;
            }
            Map<String, Integer> wanted = new HashMap<>();
            for (int i = 0; i < accepted.size(); i++) {
                for (String header : accepted.get(i)) {
                    wanted.putIfAbsent(key(header), i);
                }
            }
            Integer[] found = new Integer[headers.size()];
            int before = problems.size();
            List<String> heading = rows.get(0);
            for (int c = 0; c < heading.size(); c++) {
                String header = heading.get(c) == null ? "" : heading.get(c).strip();
                String at = name + "!" + columnName(c) + 1;
                if (header.isEmpty()) {
                    if (!emptyColumn(c)) {
                        SheetProblems.add(problems, at + ": column " + columnName(c) + " holds values but has no header; keep only the exported columns"
                                + expected, at + ": la columna " + columnName(c) + " tiene valores pero no tiene encabezado; deje solo las columnas"
                                + " exportadas" + expectedEs);
                    }
                    continue;
                }
                Integer i = wanted.get(key(header));
                if (i == null) {
                    SheetProblems.add(problems, at + ": '" + header + "' is not a column of this table; keep the exported headers as they are" + expected,
                            at + ": '" + header + "' no es una columna de esta tabla; deje los encabezados exportados tal cual" + expectedEs);
                } else if (found[i] != null) {
                    SheetProblems.add(problems, at + ": the column '" + headers.get(i) + "' is there twice (also " + columnName(found[i]) + "1); keep one"
                            + expected, at + ": la columna '" + headers.get(i) + "' está dos veces (también en " + columnName(found[i]) + "1);"
                            + " deje una" + expectedEs);
                } else {
                    found[i] = c;
                }
            }
            for (int c = heading.size(); c < rows.stream().mapToInt(List::size).max().orElse(0); c++) {
                if (!emptyColumn(c)) {
                    SheetProblems.add(problems, name + "!" + columnName(c) + 1 + ": column " + columnName(c) + " holds values but has no header;"
                            + " keep only the exported columns" + expected, name + "!" + columnName(c) + 1 + ": la columna " + columnName(c)
                            + " tiene valores pero no tiene encabezado; deje solo las columnas exportadas" + expectedEs);
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                if (found[i] == null && !optional.contains(i)) {
                    SheetProblems.add(problems, name + ": the column '" + headers.get(i) + "' is missing; keep the exported headers as they are" + expected,
                            name + ": falta la columna '" + headers.get(i) + "'; deje los encabezados exportados tal cual" + expectedEs);
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new Read(name, rows, java.util.Collections.unmodifiableList(java.util.Arrays.asList(found)));
        }

        private boolean emptyColumn(int c) {
            for (int r = 1; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                if (c < cells.size() && cells.get(c) != null && !cells.get(c).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private static String key(String header) {
            return header.strip().toLowerCase(Locale.ROOT);
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
