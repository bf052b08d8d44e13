package mou.cycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.CycleException;
import mou.core.cycle.ImportYear;
import mou.core.cycle.Imported;
import mou.core.cycle.SheetContent;
import mou.cycle.internal.Tables.Read;
import mou.cycle.internal.Tables.Unreadable;

/**
 * {@code import FILE.xlsx | FILE.csv | FOLDER}: reads a filled-in workbook or the CSV files of an
 * export and hands their content to the cycle service, which applies it all or nothing.
 */
final class ImportCommand implements CycleCommand {

    private final Shell shell;

    ImportCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("import", words, Set.of("--data", "--by", "--why", "--language"), Set.of(), Set.of());
        if (args.help()) {
            io.out().print(CycleHelp.of("import"));
            return;
        }
        List<String> a = args.expect(1, "import FILE.xlsx | FILE.csv | FOLDER [--language en|es]");
        // the language the problems are said in; the workbook may be in either
        String language = args.value("--language").orElse("en").toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("es")) {
            throw CommandException.usage("import: --language must be en or es, not '" + language + "'");
        }
        Path source = io.cwd().resolve(a.get(0)).toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            throw CommandException.usage("import: there is no file or folder " + source);
        }
        Map<String, Read> tables = readTables(source, language);
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        tables.forEach((name, table) -> sheets.put(name, table.content()));
        Imported imported;
        try {
            imported = shell.cycle().importYear(new ImportYear(shell.acting(args, io, "import"), sheets, source.getFileName().toString(), language));
        } catch (CycleException e) {
            throw Shell.failed("import", e, Shell::option, language);
        }
        int count = imported.changes().size();
        boolean es = "es".equals(language);
        String which = imported.groupId() + " " + imported.year();
        if (count == 0 && imported.ignored().isEmpty()) {
            io.out().println("import: " + which + (es ? " ya contiene lo que dice " + source.getFileName() + "; no cambió nada"
                    : " already holds what " + source.getFileName() + " says; nothing changed"));
        } else if (count == 0) {
            io.out().println("import: " + which + (es ? ": no cambió nada" : ": nothing changed"));
        } else {
            String files = imported.files().isEmpty() ? "" : " (" + String.join(", ", imported.files()) + ")";
            io.out().println("import: " + which + ": " + (es ? (count == 1 ? "se aplicó 1 cambio" : "se aplicaron " + count + " cambios") + " de "
                    + source.getFileName() + files : count + (count == 1 ? " change" : " changes") + " applied from " + source.getFileName() + files));
            imported.changes().forEach(c -> HistoryFormat.change(c.subject(), c.before(), c.after(), "  ", es).forEach(io.out()::println));
        }
        int ignored = imported.ignored().size();
        if (ignored > 0) {
            io.out().println("import: " + ("es".equals(language) ? (ignored == 1 ? "1 cambio no se importó, porque está en una columna de solo lectura"
                    : ignored + " cambios no se importaron, porque están en columnas de solo lectura") + ":" : (ignored == 1 ? "1 edit was" : ignored
                    + " edits were") + " not imported, because " + (ignored == 1 ? "it is in a read-only column" : "they are in read-only columns") + ":"));
            imported.ignored().forEach(p -> io.out().println("  " + (p.field() == null ? "" : p.field() + ": ") + p.message(language)));
        }
    }

    /** The tables of a workbook, or of the CSV files of one export (a folder, or one of its files). */
    private static Map<String, Read> readTables(Path source, String language) throws CommandException {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.isRegularFile(source) && name.endsWith(".xlsx")) {
                return Xlsx.read(source, source.getFileName().toString());
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
            List<String> problems = new SheetProblems();
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
                if (Files.size(file) > Tables.LARGEST) {
                    List<String> large = new SheetProblems();
                    SheetProblems.add(large, fileName + " is larger than " + Tables.LARGEST / (1024 * 1024) + " MB; a group's year is far"
                            + " smaller, so this is not a CSV file of an export", fileName + " ocupa más de " + Tables.LARGEST / (1024 * 1024)
                            + " MB; el año de un grupo es mucho menor, así que no es un archivo CSV de una exportación");
                    throw unreadable(large, language);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    tables.put(sheet, Csv.read(fileName, in));
                } catch (Unreadable e) {
                    for (int i = 0; i < e.problems().size(); i++) {
                        SheetProblems.add(problems, e.problems().get(i), SheetProblems.spanish(e.problems(), i));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw unreadable(problems, language);
            }
            if (tables.isEmpty()) {
                throw CommandException.usage("import: no CSV files of an export in " + folder + " (GROUP-YEAR-about.csv, GROUP-YEAR-assessments.csv, ...)");
            }
            return tables;
        } catch (Unreadable e) {
            throw unreadable(e.problems(), language);
        } catch (IOException e) {
            throw CommandException.refused("import: could not read " + source + ": " + Tables.reason(e));
        }
    }

    /** Problems of files that could not be read as tables, in {@code language} where they were said in it, and that nothing changed. */
    private static CommandException unreadable(List<String> problems, String language) {
        List<String> lines = new ArrayList<>();
        List<String> capped = Tables.capped(problems);
        boolean es = "es".equals(language);
        for (int i = 0; i < capped.size(); i++) {
            String spanish = SheetProblems.spanish(capped, i);
            lines.add("import: " + (es && spanish != null ? spanish : capped.get(i)));
        }
        lines.add("import: " + (es ? (problems.size() > 1 ? problems.size() + " problemas; " : "") + "no se importó nada, el espacio de trabajo no cambió"
                : (problems.size() > 1 ? Count.of(problems.size(), "problem") + "; " : "") + "nothing was imported, the workspace is unchanged"));
        return CommandException.invalid(lines);
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
