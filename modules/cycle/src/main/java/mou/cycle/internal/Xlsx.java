package mou.cycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import mou.core.cycle.CycleException;
import mou.core.cycle.Problem;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.cycle.internal.Tables.Read;
import mou.cycle.internal.Tables.Unreadable;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tables as an XLSX workbook (Apache POI), and back. Every sheet is protected: plan cells are
 * grey and locked, the cells a group fills in are yellow and unlocked, and columns with a fixed
 * set of values (the Progress Key, event kinds, quarters, narrative parts) offer a drop-down.
 */
final class Xlsx {

    static {
        // POI logs through the Log4j API, which finds no logging backend in the framework and says so
        // on standard error; its simple logger, switched off, keeps the commands' output clean.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        // no part of an exported workbook unpacks to more than a few megabytes; POI reads some (the document's
        // properties) as it opens the package, before the parts are counted (count), which says it first for the others
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), Tables.MOST_UNPACKED + 1024 * 1024));
    }

    private Xlsx() {
    }

    static void write(List<SheetTable> tables, OutputStream out) throws IOException {
        try {
            inBundle(() -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    Styles styles = new Styles(workbook);
                    for (SheetTable table : tables) {
                        sheet(workbook, styles, table);
                    }
                    workbook.write(out);
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The most characters a cell of a workbook holds (Excel's limit, which POI enforces as it writes). */
    static final int MOST_CELL_CHARACTERS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * Refuses tables that a workbook cannot hold: a text longer than a cell's {@link #MOST_CELL_CHARACTERS}
     * (the store keeps far longer ones), each named by its record, column and length, before anything is written.
     */
    static void fits(List<SheetTable> tables, String groupId, int year) throws CycleException {
        List<Problem> problems = new ArrayList<>();
        for (SheetTable table : tables) {
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                for (int c = 0; c < row.size() && c < table.columns().size(); c++) {
                    int length = row.get(c) == null ? 0 : row.get(c).length();
                    if (length <= MOST_CELL_CHARACTERS) {
                        continue;
                    }
                    String at = table.name() + "!" + Tables.columnName(c) + (r + 2);
                    String column = table.columns().get(c).header();
                    String[] record = record(table.name(), row);
                    String most = String.format(java.util.Locale.ROOT, "%,d", MOST_CELL_CHARACTERS);
                    problems.add(Problem.said(at, "the " + column + " of " + record[0] + " is " + String.format(java.util.Locale.ROOT, "%,d", length)
                            + " characters long, and a workbook's cell holds at most " + most + "; shorten it, or export the year as CSV"
                            + " (--format csv), which has no such limit",
                            column + " de " + record[1] + " tiene " + String.format(SPANISH, "%,d", length) + " caracteres, y una celda"
                            + " de un libro admite como mucho " + String.format(SPANISH, "%,d", MOST_CELL_CHARACTERS) + "; acórtelo, o exporte el"
                            + " año como CSV (--format csv), que no tiene ese límite"));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.add(Problem.said(null, "the workbook of " + groupId + " " + year + " was not written",
                    "el libro de " + groupId + " " + year + " no se escribió"));
            throw new CycleException(CycleException.Kind.REFUSED, problems);
        }
    }

    /** The record a row of an exported table is, in English and Spanish ("figure aq-2017-samples"). */
    private static String[] record(String table, List<String> row) {
        String first = row.isEmpty() ? "" : row.get(0);
        String key = YearSheets.key(table);
        return switch (key == null ? "" : key) {
            case YearSheets.ASSESSMENTS -> new String[] {"activity " + row.get(1), "la actividad " + row.get(1)};
            case YearSheets.FIGURES -> new String[] {"figure " + first, "la cifra " + first};
            case YearSheets.EVENTS -> new String[] {"event " + first, "el evento " + first};
            case YearSheets.NARRATIVE -> new String[] {"the narrative's " + first, "la parte " + first + " de la narrativa"};
            case YearSheets.UPDATES -> new String[] {"the update of quarter " + first, "el informe trimestral del trimestre " + first};
            default -> new String[] {"this row", "esta fila"};
        };
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, SheetTable table) {
        XSSFSheet sheet = workbook.createSheet(table.name());
        List<SheetColumn> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        int last = table.rows().size() + table.spare();
        for (int r = 0; r < last; r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = r < table.rows().size() ? table.rows().get(r) : List.of();
            for (int c = 0; c < columns.size(); c++) {
                SheetColumn column = columns.get(c);
                boolean spare = r >= table.rows().size();
                if (spare && !column.fill()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String value = c < values.size() ? values.get(c) : "";
                if (column.numeric() && !value.isEmpty() && isNumber(value)) {
                    cell.setCellValue(new BigDecimal(value).doubleValue());
                    cell.setCellStyle(column.fill() ? styles.fillNumber : styles.plan);
                } else {
                    if (!value.isEmpty()) {
                        cell.setCellValue(value);
                    }
                    cell.setCellStyle(column.fill() ? styles.fill : styles.plan);
                }
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            SheetColumn column = columns.get(c);
            if (column.choices().isEmpty() || last == 0) {
                continue;
            }
            DataValidationConstraint constraint = helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, c, c));
            validation.setShowErrorBox(true);
            if (column.several()) {
                // one from the list, or several typed with commas between them: a warning the person may confirm
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox("Not on the list", "Choose one of: " + String.join(", ", column.choices())
                        + "; or type several, separated by commas (" + column.choices().get(0) + ", " + column.choices().get(column.choices().size() - 1)
                        + "), and confirm.");
                validation.setShowPromptBox(true);
                validation.createPromptBox(column.header(), "Choose from the list, or type several separated by commas.");
            } else {
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Not on the list", "Choose one of: " + String.join(", ", column.choices()));
                validation.setShowPromptBox(true);
                validation.createPromptBox(column.header(), "Choose from the list.");
            }
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
        sheet.createFreezePane(0, 1);
        // protected without a password: it guards against accidental edits of the plan, not against people
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The cell styles: heading, plan (grey, locked), to fill (yellow, unlocked). */
    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle plan;
        final XSSFCellStyle fill;
        final XSSFCellStyle fillNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setLocked(true);
            header.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            plan = workbook.createCellStyle();
            plan.setLocked(true);
            plan.setWrapText(true);
            plan.setVerticalAlignment(VerticalAlignment.TOP);
            plan.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            plan.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plan.setDataFormat(workbook.createDataFormat().getFormat("@"));
            fill = workbook.createCellStyle();
            fill.setLocked(false);
            fill.setWrapText(true);
            fill.setVerticalAlignment(VerticalAlignment.TOP);
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            fill.setBorderBottom(BorderStyle.HAIR);
            // text, so that 2017-03 stays a date as written and an id never becomes a number
            fill.setDataFormat(workbook.createDataFormat().getFormat("@"));
            fillNumber = workbook.createCellStyle();
            fillNumber.cloneStyleFrom(fill);
            fillNumber.setDataFormat(workbook.createDataFormat().getFormat("General"));
        }
    }

    /**
     * Every sheet of a workbook as text cells, by sheet name. The workbook is refused before it is
     * loaded when it is larger than {@link Tables#LARGEST}, or when a sheet has more than
     * {@link Tables#MOST_ROWS} rows, the workbook more than {@link Tables#MOST_CELLS} cells or
     * {@link Tables#MOST_TEXTS} texts, its texts unpack to more than {@link Tables#MOST_TEXT_BYTES} or
     * all its parts to more than {@link Tables#MOST_UNPACKED} (counted while its parts are streamed,
     * stopping at the first one too many). A formula
     * cell is refused whatever value it shows: import takes values, never formulas or what they computed.
     *
     * @param name the file's name, as problems name it
     */
    static Map<String, Read> read(Path file, String name) throws IOException, Unreadable {
        return read(file, name, LOADING_WAIT);
    }

    /**
     * One workbook is loaded at a time in a process: a workbook at the limits takes some 50 MB while it is
     * loaded, and several uploaded at once to {@code serve} (160 MB of memory) would take it all, failing
     * every page. Another waits up to {@code wait} (a workbook at the limits loads in a few seconds).
     */
    static final Semaphore LOADING = new Semaphore(1, true);

    static final Duration LOADING_WAIT = Duration.ofSeconds(60);

    /** As {@link #read(Path, String)}, waiting up to {@code wait} while another workbook is being loaded. */
    static Map<String, Read> read(Path file, String name, Duration wait) throws IOException, Unreadable {
        if (Files.size(file) > Tables.LARGEST) {
            throw new Unreadable(name + " is larger than " + Tables.LARGEST / (1024 * 1024) + " MB; a group's year is far smaller,"
                    + " so this is not an exported workbook", name + " tiene más de " + Tables.LARGEST / (1024 * 1024) + " MB; el año de un"
                    + " grupo es mucho menor, así que este no es un libro exportado");
        }
        boolean loading = false;
        try {
            loading = LOADING.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!loading) {
            throw new Unreadable(name + " was not read: other workbooks are being read now; try again in a minute",
                    name + " no se leyó: se están leyendo otros libros ahora; inténtelo de nuevo en un minuto");
        }
        try {
            return load(file, name);
        } finally {
            LOADING.release();
        }
    }

    private static Map<String, Read> load(Path file, String name) throws Unreadable {
        try {
            return inBundle(() -> {
                OPCPackage pkg;
                try {
                    pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                } catch (InvalidFormatException | RuntimeException e) {
                    throw new Unreadable(notAWorkbook(name, e), notAWorkbookEs(name, e));
                }
                try {
                    count(pkg, name);
                    return tables(new XSSFWorkbook(pkg), name);
                } finally {
                    pkg.revert();
                }
            });
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLarge large) {
                    throw new Unreadable(large.en, large.es);
                }
            }
            // damaged, of another kind, encrypted, or bigger unpacked than POI allows: said without POI's words
            throw new Unreadable(notAWorkbook(name, e), notAWorkbookEs(name, e));
        }
    }

    /** What to do about a file that POI cannot open as a workbook, said without POI's words. */
    static String notAWorkbook(String name, Throwable e) {
        return notAWorkbook(name, e, false);
    }

    /** {@link #notAWorkbook(String, Throwable)} in Spanish. */
    static String notAWorkbookEs(String name, Throwable e) {
        return notAWorkbook(name, e, true);
    }

    private static String notAWorkbook(String name, Throwable e, boolean es) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OLE2NotOfficeXmlFileException || t instanceof OfficeXmlFileException) {
                return es ? name + " es un Excel antiguo (.xls) u otro archivo de Office, no un libro XLSX; guárdelo como \"Libro de Excel"
                        + " (.xlsx)\" e importe ese; no se importó nada"
                        : name + " is an older Excel (.xls) or other Office file, not an XLSX workbook; save it as \"Excel Workbook (.xlsx)\""
                        + " and import that; nothing was imported";
            }
            if (t instanceof EncryptedDocumentException) {
                return es ? name + " está protegido con contraseña; guárdelo sin contraseña e importe ese; no se importó nada"
                        : name + " is protected with a password; save it without a password and import that; nothing was imported";
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")) {
                return es ? name + " se descomprime en mucho más que el año de un grupo; este no es un libro exportado; no se importó nada"
                        : name + " unpacks to far more than a group's year; this is not an exported workbook; nothing was imported";
            }
        }
        return es ? name + " no es un libro XLSX legible (está dañado, o es otro tipo de archivo con nombre .xlsx); exporte el año de nuevo,"
                + " o guarde el libro como \"Libro de Excel (.xlsx)\"; no se importó nada"
                : name + " is not a readable XLSX workbook (it is damaged, or another kind of file under an .xlsx name); export the year"
                + " again, or save the workbook as \"Excel Workbook (.xlsx)\"; nothing was imported";
    }

    /**
     * Streams every part of the package before POI builds the workbook (which holds it all in memory,
     * several times its size): counts the sheets' rows and cells and the shared texts, and the bytes
     * every part unpacks to, and refuses a flood at its first row, cell, text or byte too many.
     */
    private static void count(OPCPackage pkg, String name) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        long[] cells = {0};
        long[] unpacked = {0};
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream in = new Unpacking(sheets.next(), unpacked, null, name)) {
                String sheet = sheets.getSheetName();
                int[] rows = {0};
                scan(in, element -> {
                    if (element.equals("row") && ++rows[0] > Tables.MOST_ROWS) {
                        String most = String.format("%,d", Tables.MOST_ROWS);
                        return new Said(name + ": the sheet '" + sheet + "' has more than " + most
                                + " rows; a group's year has far fewer, so this is not an exported workbook; nothing was imported",
                                name + ": la hoja '" + sheet + "' tiene más de " + String.format(SPANISH, "%,d", Tables.MOST_ROWS)
                                + " filas; el año de un grupo tiene muchas menos, así que este no es un libro exportado; no se importó nada");
                    }
                    // rows count as cells too: many sheets of empty rows are a flood as well
                    if ((element.equals("c") || element.equals("row")) && ++cells[0] > Tables.MOST_CELLS) {
                        return new Said(name + " has more than " + String.format("%,d", Tables.MOST_CELLS)
                                + " cells; a group's year has far fewer, so this is not an exported workbook; nothing was imported",
                                name + " tiene más de " + String.format(SPANISH, "%,d", Tables.MOST_CELLS)
                                + " celdas; el año de un grupo tiene muchas menos, así que este no es un libro exportado; no se importó nada");
                    }
                    return null;
                });
            }
        }
        InputStream strings = reader.getSharedStringsData();
        if (strings != null) {
            try (InputStream in = new Unpacking(strings, unpacked, new long[] {0}, name)) {
                int[] texts = {0};
                scan(in, element -> element.equals("si") && ++texts[0] > Tables.MOST_TEXTS
                        ? new Said(name + " has more than " + String.format("%,d", Tables.MOST_TEXTS)
                                + " texts; a group's year has far fewer, so this is not an exported workbook; nothing was imported",
                                name + " tiene más de " + String.format(SPANISH, "%,d", Tables.MOST_TEXTS)
                                + " textos; el año de un grupo tiene muchos menos, así que este no es un libro exportado; no se importó nada")
                        : null);
            }
        }
        String sheet = XSSFRelation.WORKSHEET.getContentType();
        String texts = XSSFRelation.SHARED_STRINGS.getContentType();
        for (PackagePart part : pkg.getParts()) {
            // the document's properties were read as the package was opened, within the size of a part
            if (!part.getContentType().equals(sheet) && !part.getContentType().equals(texts) && !(part instanceof PackagePropertiesPart)) {
                try (InputStream in = new Unpacking(part.getInputStream(), unpacked, null, name)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
    }

    private static final java.util.Locale SPANISH = java.util.Locale.forLanguageTag("es");

    /** A problem in English and Spanish. */
    private record Said(String en, String es) {
    }

    /**
     * A part of the package as it unpacks, its bytes counted into the workbook's ({@link Tables#MOST_UNPACKED})
     * and, for the shared texts, into their own ({@link Tables#MOST_TEXT_BYTES}): past either it stops.
     */
    private static final class Unpacking extends java.io.FilterInputStream {
        private final long[] total;
        private final long[] texts;
        private final String name;

        Unpacking(InputStream in, long[] total, long[] texts, String name) {
            super(in);
            this.total = total;
            this.texts = texts;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            total[0] += n;
            if (texts != null && (texts[0] += n) > Tables.MOST_TEXT_BYTES) {
                throw new TooLarge(name, "its texts unpack to more than " + Tables.MOST_TEXT_BYTES / (1024 * 1024) + " MB",
                        "sus textos se descomprimen en más de " + Tables.MOST_TEXT_BYTES / (1024 * 1024) + " MB");
            }
            if (total[0] > Tables.MOST_UNPACKED) {
                throw new TooLarge(name, "it unpacks to more than " + Tables.MOST_UNPACKED / (1024 * 1024) + " MB",
                        "se descomprime en más de " + Tables.MOST_UNPACKED / (1024 * 1024) + " MB");
            }
        }
    }

    /** A package that unpacks to more than an exported workbook can: refused before POI holds it in memory. */
    private static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        final String en;
        final String es;

        TooLarge(String name, String what, String whatEs) {
            super(name + " is larger than an exported workbook can be: " + what);
            this.en = name + " is larger than an exported workbook can be: " + what + ", and a group's year needs far less; export the"
                    + " year again and fill in the new workbook; nothing was imported";
            this.es = name + " es más grande de lo que puede ser un libro exportado: " + whatEs + ", y el año de un grupo necesita mucho"
                    + " menos; exporte el año de nuevo y complete el libro nuevo; no se importó nada";
        }
    }

    /** Streams an XML part, giving each element's local name to {@code flood}; the first problem it returns stops the reading. */
    private static void scan(InputStream in, java.util.function.Function<String, Said> flood) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                Said problem = flood.apply(localName == null || localName.isEmpty() ? qName : localName);
                if (problem != null) {
                    throw new Flood(problem);
                }
            }
        });
        try {
            xml.parse(new InputSource(in));
        } catch (Flood f) {
            throw new Unreadable(f.problem.en(), f.problem.es());
        }
    }

    /** Stops streaming a part at its first row or cell too many. */
    private static final class Flood extends SAXException {

        private static final long serialVersionUID = 1L;

        final transient Said problem;

        Flood(Said problem) {
            super(problem.en());
            this.problem = problem;
        }
    }

    private static Map<String, Read> tables(Workbook workbook, String name) throws Unreadable {
        Map<String, Read> tables = new LinkedHashMap<>();
        List<String> formulas = new SheetProblems();
        for (Sheet sheet : workbook) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            String at = sheet.getSheetName() + "!" + Tables.columnName(c) + (r + 1);
                            SheetProblems.add(formulas, at + ": holds a formula; type the value itself (import takes values, never formulas or what"
                                    + " they compute)", at + ": tiene una fórmula; escriba el valor mismo (la importación toma valores, nunca fórmulas"
                                    + " ni lo que calculan)");
                            cells.add("");
                        } else {
                            cells.add(text(cell));
                        }
                    }
                }
                rows.add(cells);
            }
            tables.put(sheet.getSheetName(), new Read(sheet.getSheetName(), rows));
        }
        if (!formulas.isEmpty()) {
            throw new Unreadable(formulas);
        }
        return tables;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? dateText(cell.getLocalDateTimeCellValue().toLocalDate())
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String dateText(LocalDate date) {
        return date.toString();
    }

    /**
     * Runs POI with this bundle's class loader as the thread's context class loader: XMLBeans finds
     * its schema types through it, and in the framework the caller's is Gogo's.
     */
    private static <T> T inBundle(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Xlsx.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
