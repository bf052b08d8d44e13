package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import mou.testfixtures.Folders;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Arbitrary malformed CSV exports are never applied: a row cut short or made longer, a header
 * renamed, doubled or dropped, a quote left open or a byte that is not UTF-8, in any of the six
 * files, and the import is refused with the workspace's files byte for byte as they were.
 */
class MalformedCsvTest {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<String> TABLES = List.of("about", "assessments", "figures", "events", "narrative", "updates");

    private static Path temp;
    private static Fixture f;
    private static Path exported;
    private static Map<String, String> files;
    private static final AtomicInteger TRIES = new AtomicInteger();

    @BeforeContainer
    static void exported() throws IOException {
        temp = Files.createTempDirectory("mou-malformed-csv");
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "PM2.5 samples analysed", "--value", "120", "--quarter", "1");
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "meeting", "--date", "2017-03-14", "--title", "Border meeting",
                "--quarter", "1");
        f.ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the group extended monitoring.", "--es", "En 2017.");
        f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors serviced.");
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "exported");
        exported = f.home.resolve("exported");
        files = f.files();
    }

    @AfterContainer
    static void removed() throws IOException {
        Folders.delete(temp);
    }

    enum Kind { SHORT_ROW, LONG_ROW, RENAMED_HEADER, DOUBLED_HEADER, DROPPED_COLUMN, OPEN_QUOTE, NOT_UTF8 }

    /** One mutation: its kind, the file, and numbers and a text that pick where and what. */
    record Mutation(Kind kind, String table, int a, int b, String text) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of(TABLES), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000), Arbitraries.strings().all().ofMaxLength(12)
                        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))))
                .as(Mutation::new);
    }

    @Property(tries = 50)
    void aMalformedCsvExportIsNeverApplied(@ForAll("mutations") Mutation m) throws IOException {
        imported(m);
    }

    /** The figures' table without its unit in Spanish (column M, the last): read as an export from before that column. */
    @Example
    void theFiguresWithoutTheirUnitInSpanishAreAnOlderExport() throws IOException {
        assertThat(imported(new Mutation(Kind.DROPPED_COLUMN, "figures", 12, 0, ""))).as("the column dropped").isTrue();
        assertThat(imported(new Mutation(Kind.RENAMED_HEADER, "figures", 12, 0, " "))).as("its header emptied").isTrue();
        // a header that is not the table's is refused, as for every other column
        assertThat(imported(new Mutation(Kind.RENAMED_HEADER, "figures", 12, 0, "Unidad"))).isFalse();
    }

    /** Imports the export mutated by {@code m} and checks the outcome; whether it was an older export's shape. */
    private boolean imported(Mutation m) throws IOException {
        Path folder = f.home.resolve("try-" + TRIES.incrementAndGet());
        Files.createDirectories(folder);
        try (Stream<Path> list = Files.list(exported)) {
            for (Path p : list.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        Path file = folder.resolve("air-quality-2017-" + m.table() + ".csv");
        boolean olderExport = mutate(file, m);

        Fixture.Run run = f.run("import", folder.getFileName().toString());

        if (olderExport) {
            // the figures' unit in Spanish left out, as a workbook exported before that column has it: read as such, and
            // as the column was empty in this export, nothing changes
            assertThat(run.status()).as("%s: %s %s", m, run.out(), run.err()).isZero();
            assertThat(run.out()).contains("nothing changed");
        } else {
            assertThat(run.status()).as("%s: %s", m, run.out()).isNotZero();
            assertThat(run.err()).contains("nothing was imported").doesNotContain("Exception", "jackson", "org.apache");
        }
        assertThat(f.files()).as("the workspace is byte for byte as it was").isEqualTo(files);
        return olderExport;
    }

    /** The column a workbook exported before it may lack (YearSheets.UNIT_ES); an older export without it is not malformed. */
    private static final String OPTIONAL = "Unit (Spanish)";

    /**
     * Mutates the file; true when the mutation only leaves out the optional column (dropped, or its header emptied over an
     * empty column), which makes the file an export from before that column, not a malformed one.
     */
    private static boolean mutate(Path file, Mutation m) throws IOException {
        boolean olderExport = false;
        List<List<String>> rows = new ArrayList<>();
        CsvTest.raw(Files.readAllBytes(file)).forEach(r -> rows.add(new ArrayList<>(r)));
        List<String> header = rows.get(0);
        int width = header.size();
        int dataRow = rows.size() > 1 ? 1 + m.a() % (rows.size() - 1) : -1;
        switch (m.kind()) {
            case SHORT_ROW -> {
                int r = m.a() % rows.size();
                List<String> row = rows.get(r);
                int keep = 1 + m.b() % (width - 1);
                rows.set(r, new ArrayList<>(row.subList(0, keep)));
                if (row.get(0).isEmpty()) {
                    rows.get(r).set(0, "x");
                }
            }
            case LONG_ROW -> {
                if (dataRow < 0) {
                    header.add("Extra " + m.text());
                } else {
                    for (int i = 0; i <= m.b() % 3; i++) {
                        rows.get(dataRow).add(m.text());
                    }
                }
            }
            case RENAMED_HEADER -> {
                int c = m.a() % width;
                olderExport = header.get(c).equals(OPTIONAL) && m.text().isBlank()
                        && rows.stream().skip(1).allMatch(r -> c >= r.size() || r.get(c).isBlank());
                boolean same = m.text().strip().toLowerCase(Locale.ROOT).equals(header.get(c).toLowerCase(Locale.ROOT));
                header.set(c, same ? m.text() + "x" : m.text());
            }
            case DOUBLED_HEADER -> {
                int c = m.a() % width;
                int d = (c + 1 + m.b() % (width - 1)) % width;
                header.set(c, header.get(d));
            }
            case DROPPED_COLUMN -> {
                int c = m.a() % width;
                olderExport = header.get(c).equals(OPTIONAL);
                rows.forEach(r -> r.remove(c));
            }
            case OPEN_QUOTE, NOT_UTF8 -> {
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row.toArray(String[]::new));
            }
        }
        byte[] bytes = out.toByteArray();
        if (m.kind() == Kind.OPEN_QUOTE) {
            out.write(("x,\"" + m.text().replace("\"", "")).getBytes(StandardCharsets.UTF_8));
            bytes = out.toByteArray();
        } else if (m.kind() == Kind.NOT_UTF8) {
            int at = m.a() % (bytes.length + 1);
            while (at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
                at++;
            }
            byte[] bad = {new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, (byte) 0xE9}[m.b() % 4]};
            byte[] mutated = new byte[bytes.length + bad.length];
            System.arraycopy(bytes, 0, mutated, 0, at);
            System.arraycopy(bad, 0, mutated, at, bad.length);
            System.arraycopy(bytes, at, mutated, at + bad.length, bytes.length - at);
            bytes = mutated;
        }
        Files.write(file, bytes);
        return olderExport;
    }
}
