package mou.cycle.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.cycle.internal.Tables.Read;

/**
 * Tables as CSV files (Jackson's CSV format): one file per table, the heading first, every cell
 * as text. CSV has no locked cells or drop-downs; the About table says what to fill in.
 */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private Csv() {
    }

    static void write(SheetTable table, OutputStream out) throws IOException {
        try (SequenceWriter rows = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
            rows.write(table.columns().stream().map(SheetColumn::header).toArray(String[]::new));
            for (List<String> row : table.rows()) {
                rows.write(row.toArray(String[]::new));
            }
        }
    }

    static Read read(String name, Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(in)) {
            while (it.hasNext()) {
                rows.add(new ArrayList<>(it.next()));
            }
        }
        return new Read(name, rows);
    }
}
