package mou.cycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.cycle.internal.Tables.Read;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as an XLSX workbook (Apache POI), and back. Every sheet is protected: plan cells are
 * grey and locked, the cells a group fills in are yellow and unlocked, and columns with a fixed
 * set of values (the Progress Key, event kinds, quarters, narrative parts) offer a drop-down.
 */
final class Xlsx {

    /** A workbook larger than this is refused before it is opened. */
    static final long LARGEST = 20L * 1024 * 1024;

    static {
        // POI logs through the Log4j API, which finds no logging backend in the framework and says so
        // on standard error; its simple logger, switched off, keeps the commands' output clean.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    private Xlsx() {
    }

    static void write(List<SheetTable> tables, OutputStream out) throws IOException {
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
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Not on the list", "Choose one of: " + String.join(", ", column.choices()));
            validation.setShowPromptBox(true);
            validation.createPromptBox(column.header(), "Choose from the list.");
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

    /** Every sheet of a workbook as text cells, by sheet name. */
    static Map<String, Read> read(InputStream in) throws IOException {
        return inBundle(() -> {
            Map<String, Read> tables = new LinkedHashMap<>();
            try (Workbook workbook = new XSSFWorkbook(in)) {
                for (Sheet sheet : workbook) {
                    List<List<String>> rows = new ArrayList<>();
                    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                        Row row = sheet.getRow(r);
                        List<String> cells = new ArrayList<>();
                        if (row != null) {
                            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                                cells.add(text(row.getCell(c)));
                            }
                        }
                        rows.add(cells);
                    }
                    tables.put(sheet.getSheetName(), new Read(sheet.getSheetName(), rows));
                }
            }
            return tables;
        });
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
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
    private static <T> T inBundle(Callable<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Xlsx.class.getClassLoader());
        try {
            return work.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
