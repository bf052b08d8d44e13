package mou.cycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.cycle.internal.Tables.Read;
import mou.cycle.internal.Tables.Table;
import mou.cycle.internal.Workbench.Loaded;

/**
 * {@code export} and {@code import}: a group's year as an XLSX workbook or a set of CSV files, the
 * way working groups already work, and back, all or nothing.
 */
final class Sheets {

    private final Workbench bench;

    Sheets(Workbench bench) {
        this.bench = bench;
    }

    // export ------------------------------------------------------------------------------------

    void export(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("export", words, Set.of("--format", "--out", "--data", "--by"), Set.of(), Set.of());
        if (args.help()) {
            io.out().print(CycleHelp.of("export"));
            return;
        }
        List<String> a = args.expect(2, "export GROUP-ID YEAR [--format xlsx|csv] [--out PATH]");
        int year = Workbench.year(a.get(1), "export");
        String format = args.value("--format").orElse("xlsx").toLowerCase(Locale.ROOT);
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw CommandException.usage("export: --format must be xlsx or csv, not '" + format + "'");
        }
        String by = bench.actor(args, "export");
        Loaded loaded = bench.load(bench.data(args, io, "export"), "export");
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, a.get(0), "export");
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), year, "export");
        List<Table> tables = YearSheets.export(ws, plan, current, by, bench.now().toString());
        String base = plan.groupId() + "-" + year;
        List<Path> written = new ArrayList<>();
        try {
            if (format.equals("xlsx")) {
                Path out = io.cwd().resolve(args.value("--out").orElse(base + ".xlsx")).toAbsolutePath().normalize();
                if (Files.isDirectory(out)) {
                    out = out.resolve(base + ".xlsx");
                }
                AtomicWrite.write(out, stream -> Xlsx.write(tables, stream));
                written.add(out);
            } else {
                Path folder = io.cwd().resolve(args.value("--out").orElse(".")).toAbsolutePath().normalize();
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw CommandException.usage("export: --out " + folder + " is a file; CSV export writes one file per table into a folder");
                }
                Files.createDirectories(folder);
                for (Table table : tables) {
                    Path out = folder.resolve(base + "-" + table.name().toLowerCase(Locale.ROOT) + ".csv");
                    AtomicWrite.write(out, stream -> Csv.write(table, stream));
                    written.add(out);
                }
            }
        } catch (IOException e) {
            throw CommandException.refused("export: could not write the " + format + " export: " + e.getMessage());
        }
        written.forEach(io.out()::println);
        if (!current.review().state().editable()) {
            io.err().println("export: note: " + base + " is " + current.review().state().id() + "; an import is refused until it is returned");
        }
    }

    // import ------------------------------------------------------------------------------------

    void importFrom(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("import", words, Set.of("--data", "--by", "--why"), Set.of(), Set.of());
        if (args.help()) {
            io.out().print(CycleHelp.of("import"));
            return;
        }
        List<String> a = args.expect(1, "import FILE.xlsx | FILE.csv | FOLDER");
        Path source = io.cwd().resolve(a.get(0)).toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            throw CommandException.usage("import: there is no file or folder " + source);
        }
        String by = bench.actor(args, "import");
        Map<String, Read> tables = readTables(source);
        List<String> problems = new ArrayList<>();
        YearSheets.Identity identity = YearSheets.identity(tables, problems);
        if (identity == null) {
            throw CommandException.invalid(prefixed(problems, "nothing was imported"));
        }
        Loaded loaded = bench.load(bench.data(args, io, "import"), "import");
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, identity.groupId(), "import");
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), identity.year(), "import");
        Workbench.editable(current, "import");
        YearSheets.Result result = YearSheets.read(tables, ws, plan, current, loaded.folder());
        if (!result.problems().isEmpty()) {
            throw CommandException.invalid(prefixed(result.problems(), result.problems().size() + " problem(s); nothing was imported,"
                    + " the workspace is unchanged. Correct the cells and import again"));
        }
        GroupYear changed = result.year();
        List<YearSheets.Change> changes = YearSheets.changes(current, changed);
        if (changes.isEmpty()) {
            io.out().println("import: " + plan.groupId() + " " + identity.year() + " already holds what " + source.getFileName() + " says; nothing changed");
            return;
        }
        java.time.Instant now = bench.now();
        String why = args.value("--why").orElse("imported from " + source.getFileName());
        List<HistoryEntry> history = changes.stream().map(c -> new HistoryEntry(now, by, "import", plan.groupId(), identity.year(),
                c.subject(), why, c.before(), c.after())).toList();
        List<String> written = bench.save(loaded, Workbench.withYear(ws, changed), history, "import");
        io.out().println("import: " + plan.groupId() + " " + identity.year() + ": " + changes.size() + " change(s) applied from "
                + source.getFileName() + (written.isEmpty() ? "" : " (" + String.join(", ", written) + ")"));
        changes.forEach(c -> io.out().println("  " + (c.subject() == null ? "order" : c.subject()) + ": "
                + HistoryFormat.value(c.before(), "(none)") + " -> " + HistoryFormat.value(c.after(), "(removed)")));
    }

    private static List<String> prefixed(List<String> problems, String last) {
        List<String> lines = new ArrayList<>(problems.stream().map(p -> "import: " + p).toList());
        lines.add("import: " + last);
        return lines;
    }

    /** The tables of a workbook, or of the CSV files of one export (a folder, or one of its files). */
    private static Map<String, Read> readTables(Path source) throws CommandException {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.isRegularFile(source) && name.endsWith(".xlsx")) {
                if (Files.size(source) > Xlsx.LARGEST) {
                    throw CommandException.usage("import: " + source.getFileName() + " is larger than " + Xlsx.LARGEST / (1024 * 1024)
                            + " MB; a group's year is far smaller, so this is not an exported workbook");
                }
                try (InputStream in = Files.newInputStream(source)) {
                    return Xlsx.read(in);
                } catch (IOException | RuntimeException e) {
                    throw CommandException.invalid(List.of("import: " + source.getFileName() + " is not a readable XLSX workbook ("
                            + e.getMessage() + "); nothing was imported"));
                }
            }
            Path folder = Files.isDirectory(source) ? source : source.getParent();
            String prefix = null;
            if (Files.isRegularFile(source)) {
                if (!name.endsWith(".csv")) {
                    throw CommandException.usage("import: give an .xlsx workbook, a .csv file of an export, or the folder of the CSV files;"
                            + " " + source.getFileName() + " is none of them");
                }
                prefix = csvPrefix(source.getFileName().toString());
                if (prefix == null) {
                    throw CommandException.usage("import: " + source.getFileName() + " is not named like an export's CSV file"
                            + " (GROUP-YEAR-about.csv, GROUP-YEAR-assessments.csv, ...)");
                }
            }
            Map<String, Read> tables = new LinkedHashMap<>();
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*.csv")) {
                list.forEach(files::add);
            }
            files.sort(null);
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String filePrefix = csvPrefix(fileName);
                if (filePrefix == null || prefix != null && !prefix.equals(filePrefix)) {
                    continue;
                }
                if (prefix == null) {
                    prefix = filePrefix;
                }
                String table = fileName.substring(filePrefix.length(), fileName.length() - ".csv".length());
                String sheet = YearSheets.NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(table)).findFirst().orElseThrow();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    tables.put(sheet, Csv.read(fileName, in));
                } catch (IOException | RuntimeException e) {
                    throw CommandException.invalid(List.of("import: " + fileName + " is not readable CSV (" + e.getMessage()
                            + "); nothing was imported"));
                }
            }
            if (tables.isEmpty()) {
                throw CommandException.usage("import: no CSV files of an export in " + folder + " (GROUP-YEAR-about.csv, GROUP-YEAR-assessments.csv, ...)");
            }
            return tables;
        } catch (IOException e) {
            throw CommandException.refused("import: could not read " + source + ": " + e.getMessage());
        }
    }

    /** {@code air-quality-2017-} for {@code air-quality-2017-figures.csv}; null for other names. */
    private static String csvPrefix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String name : YearSheets.NAMES) {
            String suffix = "-" + name.toLowerCase(Locale.ROOT) + ".csv";
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length() + 1);
            }
        }
        return null;
    }
}
