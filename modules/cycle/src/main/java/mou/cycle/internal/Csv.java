package mou.cycle.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.cycle.internal.Tables.Read;
import mou.cycle.internal.Tables.Unreadable;

/**
 * Tables as CSV files (Jackson's CSV format): one file per table, the heading first, every cell
 * as text. CSV has no locked cells or drop-downs; the About table says what to fill in.
 *
 * <p>A CSV file is data, never code. A spreadsheet program opening it reads a cell that starts with
 * {@code = + - @}, a tab, a line break (or their full-width forms {@code ＝ ＋ － ＠}) as a formula, so
 * export writes such a cell with a {@code '} before it (the OWASP rule against CSV injection), and a
 * cell that starts with {@code '} itself too; import takes exactly one leading {@code '} off every
 * cell, so that every text comes back as it was. A plain number in a number column ({@code -2},
 * {@code -0.5}) is no formula and stays as it is, so that it stays a number; {@code -2+3} is not a
 * plain number and gets its {@code '}.
 */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** What a spreadsheet program reads as the start of a formula, and the quote that marks a neutralised cell. */
    private static final String ACTIVE = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20'";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    static void write(SheetTable table, OutputStream out) throws IOException {
        List<SheetColumn> columns = table.columns();
        try (SequenceWriter rows = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
            rows.write(columns.stream().map(c -> neutral(c.header(), false)).toArray(String[]::new));
            for (List<String> row : table.rows()) {
                String[] cells = new String[row.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = neutral(row.get(c), c < columns.size() && columns.get(c).numeric());
                }
                rows.write(cells);
            }
        }
    }

    /** The cell as written to CSV: with a {@code '} before it when a spreadsheet would take it for a formula. */
    static String neutral(String cell, boolean numeric) {
        if (cell == null || cell.isEmpty() || ACTIVE.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        if (numeric && PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as read from CSV: without the {@code '} that export puts before a cell a spreadsheet would take for a formula. */
    static String unneutral(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /**
     * A CSV file as a table: UTF-8 (with or without the byte order mark Excel's "CSV UTF-8" writes),
     * every row as wide as the header row. Refused, before the rest is read, when it is larger than
     * {@link Tables#LARGEST} or has more than {@link Tables#MOST_ROWS} rows or {@link Tables#MOST_CELLS} cells.
     */
    static Read read(String name, InputStream in) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) Tables.LARGEST + 1);
        if (bytes.length > Tables.LARGEST) {
            throw new Unreadable(name + " is larger than " + Tables.LARGEST / (1024 * 1024) + " MB; a group's year is far smaller,"
                    + " so this is not a CSV file of an export");
        }
        String text = utf8(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long cells = 0;
        try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNextValue()) {
                List<String> row = new ArrayList<>(it.nextValue());
                if (rows.size() >= Tables.MOST_ROWS || (cells += row.size()) > Tables.MOST_CELLS) {
                    throw new Unreadable(name + " has more than " + String.format("%,d", Tables.MOST_ROWS) + " rows or "
                            + String.format("%,d", Tables.MOST_CELLS) + " cells; a group's year has far fewer, so this is not a CSV file"
                            + " of an export");
                }
                row.replaceAll(Csv::unneutral);
                if (!rows.isEmpty()) {
                    int width = rows.get(0).size();
                    if (row.size() == 1 && row.get(0).isEmpty()) {
                        // an empty line: a blank row
                        row = new ArrayList<>(java.util.Collections.nCopies(width, ""));
                    } else if (row.size() != width) {
                        problems.add(name + " row " + (rows.size() + 1) + " has " + Count.of(row.size(), "cell") + "; every row has the "
                                + width + " cells of the header row (" + String.join(", ", rows.get(0)) + "), so a cell is "
                                + (row.size() < width ? "missing" : "too many") + " (a comma or a quote too "
                                + (row.size() < width ? "few" : "many") + "?)");
                    }
                }
                rows.add(row);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr()
                    + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "");
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw new Unreadable(name + " is not valid CSV" + where + ": " + (original.contains("closing quote")
                    ? "a quoted cell has no closing quote" : "a quote inside a cell must be doubled (\"\") and the cell quoted")
                    + "; save it again as CSV UTF-8 (comma delimited)");
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return new Read(name, rows);
    }

    /** The bytes as UTF-8 text; invalid UTF-8 is refused with its line and column. */
    private static String utf8(String name, byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new Unreadable(name + " line " + line + ", column " + column + ": this is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + "); save the file as CSV UTF-8 (comma delimited)");
        }
        out.flip();
        return out.toString();
    }
}
