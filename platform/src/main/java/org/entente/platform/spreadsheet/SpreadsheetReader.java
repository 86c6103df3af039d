package org.entente.platform.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.entente.platform.web.ProblemException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a CSV or XLSX file row by row, as a stream: memory does not grow with the file.
 * CSV as Excel writes it (UTF-8 with or without BOM, comma or semicolon); XLSX through POI's
 * event API, its first sheet, formulas reported and never evaluated, dates as ISO dates.
 * A file that is not what it says, too many rows or an oversized cell is a 422 naming the limit.
 */
final class SpreadsheetReader {

    private final ImportSettings settings;

    SpreadsheetReader(ImportSettings settings) {
        this.settings = settings;
    }

    /** Hands each row, header first, to {@code rows}; blank lines are skipped. */
    void read(Path file, String fileName, Consumer<SheetRow> rows) {
        Consumer<SheetRow> checked = limited(rows);
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            readXlsx(file, checked);
        } else {
            readCsv(file, checked);
        }
    }

    private Consumer<SheetRow> limited(Consumer<SheetRow> rows) {
        int[] dataRows = {0};
        return row -> {
            if (row.isBlank()) {
                return;
            }
            for (String cell : row.cells()) {
                if (cell != null && cell.length() > settings.maxCellLength()) {
                    throw ProblemException.unprocessable("file", "row " + row.number() + " has a cell of "
                            + cell.length() + " characters; a cell may hold at most " + settings.maxCellLength());
                }
            }
            if (dataRows[0]++ > settings.maxRows()) { // the header is not a data row
                throw ProblemException.unprocessable("file", "the file has more than " + settings.maxRows()
                        + " rows; split it into files of at most " + settings.maxRows() + " rows");
            }
            rows.accept(row);
        };
    }

    private void readCsv(Path file, Consumer<SheetRow> rows) {
        try (InputStream in = BOMInputStream.builder().setPath(file).get();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(reader)).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    rows.accept(new SheetRow((int) record.getRecordNumber(), record.toList(), Set.of()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ProblemException.unprocessable("file", "not a readable CSV file: " + e.getMessage());
        }
    }

    /** Excel writes ';' in French locales and ',' in English ones: the header line tells which. */
    private static char delimiter(Reader reader) throws IOException {
        reader.mark(1 << 16);
        int semicolons = 0;
        int commas = 0;
        for (int c = reader.read(), read = 0; c != -1 && c != '\n' && read < 1 << 16; c = reader.read(), read++) {
            if (c == ';') semicolons++;
            if (c == ',') commas++;
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    private void readXlsx(Path file, Consumer<SheetRow> rows) {
        try (OPCPackage xlsx = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw ProblemException.unprocessable("file", xlsxRefusal(e));
        }
    }

    private static String xlsxRefusal(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                return "the file expands far beyond its size when unpacked (a zip bomb) and is refused";
            }
            if (cause instanceof InvalidFormatException || cause instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
                return "not an XLSX workbook; save it as .xlsx or .csv";
            }
        }
        return "not a readable XLSX workbook: " + e.getMessage();
    }

    /** SAX over one sheet's XML: cells by their reference, shared strings looked up, dates made ISO. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<SheetRow> rows;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private Set<Integer> formulas;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<SheetRow> rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells = new ArrayList<>();
                    formulas = new HashSet<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? cells.size() : new CellReference(reference).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    text.setLength(0);
                }
                case "f" -> formulas.add(column);
                case "v", "t" -> {
                    inValue = true;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value(text.toString()));
                }
                case "row" -> rows.accept(new SheetRow(rowNumber, cells, formulas));
                default -> { }
            }
        }

        private String value(String raw) {
            if (raw.isEmpty()) {
                return null;
            }
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(raw)).getString();
            }
            if (type == null || "n".equals(type)) {
                if (style != null) {
                    XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                    if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
                        return DateUtil.getLocalDateTime(Double.parseDouble(raw)).toLocalDate().toString();
                    }
                }
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
            return raw; // inline strings, booleans, a formula's cached text
        }
    }
}
