package org.entente.platform.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The two spreadsheet formats, as exports and templates write them, a stream of rows. CSV as Excel writes it
 * in the reader's language (a BOM; ";" and DD/MM/YYYY in French, "," and YYYY-MM-DD in English);
 * XLSX with dates in date cells and numbers in number cells, a window of rows in memory.
 */
public enum SpreadsheetFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows of an XLSX kept in memory while writing; older ones are flushed to disk. */
    private static final int WINDOW = 200;

    private final String contentType;

    SpreadsheetFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** Something that writes rows; {@link #close()} finishes the file. */
    public interface Rows extends AutoCloseable {
        void write(List<?> cells);

        @Override
        void close();
    }

    public Rows open(OutputStream out, String sheetName, boolean french) {
        return this == CSV ? csv(out, french) : xlsx(out, sheetName);
    }

    private static Rows csv(OutputStream out, boolean french) {
        DateTimeFormatter dates = french ? DateTimeFormatter.ofPattern("dd/MM/uuuu") : DateTimeFormatter.ISO_LOCAL_DATE;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 only after a BOM
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.EXCEL.builder().setDelimiter(french ? ';' : ',').get());
            return new Rows() {
                @Override
                public void write(List<?> cells) {
                    try {
                        printer.printRecord(cells.stream().map(cell -> cell instanceof LocalDate day ? dates.format(day)
                                : cell == null ? "" : String.valueOf(cell)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        printer.close(true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rows xlsx(OutputStream out, String sheetName) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet sheet = workbook.createSheet(sheetName);
        return new Rows() {
            private int next;

            @Override
            public void write(List<?> cells) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null || "".equals(value)) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }

            @Override
            public void close() {
                try (workbook) {
                    workbook.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    public static SpreadsheetFormat named(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw org.entente.platform.web.ProblemException.badRequest("format", "must be csv or xlsx");
        };
    }
}
