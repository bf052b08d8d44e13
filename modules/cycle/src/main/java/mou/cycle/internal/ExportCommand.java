package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.AtomicFiles;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportYear;
import mou.core.cycle.SheetTable;
import mou.core.cycle.YearSheet;

/** {@code export GROUP-ID YEAR [--format xlsx|csv] [--language en|es] [--out PATH]}: a group's year as a workbook or CSV files to fill in. */
final class ExportCommand implements CycleCommand {

    private static final AtomicFiles FILES = new AtomicFiles();

    private final Shell shell;

    ExportCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("export", words, Set.of("--format", "--language", "--out", "--data", "--by"), Set.of(), Set.of("--replace"));
        if (Shell.help(args, "export", io)) {
            return;
        }
        List<String> a = args.expect(2, "export GROUP-ID YEAR [--format xlsx|csv] [--language en|es] [--out PATH] [--replace]");
        int year = Shell.year(a.get(1), "export");
        String format = args.value("--format").orElse("xlsx").toLowerCase(Locale.ROOT);
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw CommandException.usage("export: --format must be xlsx or csv, not '" + format + "'");
        }
        String language = args.value("--language").orElse("en").toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("es")) {
            throw CommandException.usage("export: --language must be en or es, not '" + language + "'");
        }
        YearSheet sheet;
        Acting acting = shell.acting(args, io, "export");
        try {
            sheet = shell.cycle().exportYear(new ExportYear(acting, a.get(0), year, language));
        } catch (CycleException e) {
            throw Shell.failed("export", e);
        }
        List<SheetTable> tables = sheet.tables();
        if (format.equals("xlsx")) {
            try {
                Xlsx.fits(tables, sheet.groupId(), year);
            } catch (CycleException e) {
                throw Shell.failed("export", e);
            }
        }
        String base = sheet.groupId() + "-" + year;
        List<Path> written = new ArrayList<>();
        Path attempted = io.cwd().resolve(args.value("--out").orElse(base + "." + format)).toAbsolutePath().normalize();
        try {
            if (format.equals("xlsx")) {
                Path out = io.cwd().resolve(args.value("--out").orElse(base + ".xlsx")).toAbsolutePath().normalize();
                if (Files.isDirectory(out)) {
                    out = out.resolve(base + ".xlsx");
                }
                attempted = out;
                writable(out, acting, args.flag("--replace"));
                FILES.write(out, stream -> Xlsx.write(tables, stream));
                written.add(out);
            } else {
                Path folder = io.cwd().resolve(args.value("--out").orElse(".")).toAbsolutePath().normalize();
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    throw CommandException.usage("export: --out " + folder + " is a file; CSV export writes one file per table into a folder");
                }
                attempted = folder.resolve(base + ".csv");
                for (SheetTable table : tables) {
                    writable(folder.resolve(csvName(base, table)), acting, args.flag("--replace"));
                }
                Files.createDirectories(folder);
                for (SheetTable table : tables) {
                    Path out = folder.resolve(csvName(base, table));
                    attempted = out;
                    FILES.write(out, stream -> Csv.write(table, stream));
                    written.add(out);
                }
            }
        } catch (IOException e) {
            throw CommandException.refused("export: could not write the " + format + " export " + attempted + ": "
                    + AtomicFiles.describe(attempted, e) + " (--out PATH)"
                    + (written.isEmpty() ? "" : " (" + written.size() + " of the files were written: " + written + ")"));
        }
        written.forEach(io.out()::println);
        if (!sheet.state().editable()) {
            io.err().println("export: " + lockedNote(base, sheet.state(), language));
        }
    }

    /** A table's CSV file, named by its English name in either language ({@code air-quality-2017-assessments.csv}), as import finds them. */
    private static String csvName(String base, SheetTable table) {
        return base + "-" + YearSheets.key(table.name()).toLowerCase(Locale.ROOT) + ".csv";
    }

    /**
     * Refuses a file inside the workspace, and a file that is there already unless {@code --replace}
     * says to write over it: an export is filled in where it is written, and exporting again must not
     * wipe out what someone filled in.
     */
    private static void writable(Path out, Acting acting, boolean replace) throws CommandException {
        Shell.outsideWorkspace("export", out, acting.workspace());
        if (!replace && Files.exists(out)) {
            throw CommandException.usage("export: " + out + " is there already and may hold what someone filled in; import it first,"
                    + " or give another --out PATH, or --replace to write over it");
        }
    }

    /** Why the workbook of a year that is not open for changes cannot be imported, in the language asked for. */
    static String lockedNote(String base, mou.core.model.ReviewState state, String language) {
        boolean published = state == mou.core.model.ReviewState.PUBLISHED;
        if ("es".equals(language)) {
            return "nota: " + base + " está " + mou.core.report.Labels.forLanguage("es").state(state) + "; "
                    + (published ? "un año publicado es definitivo, así que su importación se rechaza"
                            : "su importación se rechaza hasta que el año se devuelva al grupo");
        }
        return "note: " + base + " is " + state.id() + "; " + (published ? "a published year is final, so an import is refused"
                : "an import is refused until the year is returned to the group");
    }
}
