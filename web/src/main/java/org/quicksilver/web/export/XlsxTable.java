package org.quicksilver.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet, streaming: only the last {@link #ROWS_IN_MEMORY}
 * rows are held in memory, the others wait in a temporary file that is deleted at the end.
 */
final class XlsxTable {
  static final int ROWS_IN_MEMORY = 100;

  private static final int MIN_COLUMN_CHARS = 12;
  private static final int MAX_COLUMN_CHARS = 60;

  /** Beyond this many decimals a double shows nothing more. */
  private static final int MAX_DECIMALS = 15;

  private final SXSSFWorkbook workbook;
  private final CellStyle dateStyle;
  private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();

  private XlsxTable(SXSSFWorkbook workbook) {
    this.workbook = workbook;
    this.dateStyle = styleWithFormat("yyyy-mm-dd");
  }

  static byte[] write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      try {
        workbook.setCompressTempFiles(true);
        new XlsxTable(workbook).fill(sheetName, headers, rows);
        workbook.write(bytes);
      } finally {
        workbook.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void fill(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
    SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    writeHeaders(sheet, headers);
    int rowNumber = 1;
    for (List<?> values : rows) {
      CellValues.requireWidth(values, rowNumber, headers.size());
      Row row = sheet.createRow(rowNumber++);
      for (int column = 0; column < values.size(); column++) {
        Object value = values.get(column);
        if (value != null) {
          setValue(row.createCell(column), value);
        }
      }
    }
  }

  private void writeHeaders(SXSSFSheet sheet, List<String> headers) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(0);
    for (int column = 0; column < headers.size(); column++) {
      String header = headers.get(column);
      Cell cell = row.createCell(column);
      cell.setCellValue(FormulaInjection.neutralise(header));
      cell.setCellStyle(bold);
      int chars = Math.max(MIN_COLUMN_CHARS, Math.min(MAX_COLUMN_CHARS, header.length() + 2));
      sheet.setColumnWidth(column, chars * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private void setValue(Cell cell, Object value) {
    if (value instanceof String) {
      cell.setCellValue(FormulaInjection.neutralise((String) value));
    } else if (CellValues.isDecimal(value)) {
      BigDecimal decimal = (BigDecimal) value;
      cell.setCellValue(decimal.doubleValue());
      cell.setCellStyle(decimalStyle(decimal.scale()));
    } else if (value instanceof BigInteger) {
      cell.setCellValue(((BigInteger) value).doubleValue());
    } else if (CellValues.isWholeNumber(value)) {
      cell.setCellValue(((Number) value).longValue());
    } else if (value instanceof LocalDate) {
      cell.setCellValue((LocalDate) value);
      cell.setCellStyle(dateStyle);
    } else if (value instanceof Boolean) {
      cell.setCellValue((Boolean) value);
    } else {
      throw CellValues.unsupported(value);
    }
  }

  /** {@code #,##0} for scale 0 (or less), {@code #,##0.00} for scale 2, and so on. */
  private CellStyle decimalStyle(int scale) {
    int decimals = Math.max(0, Math.min(MAX_DECIMALS, scale));
    return decimalStyles.computeIfAbsent(
        decimals, d -> styleWithFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
  }

  private CellStyle styleWithFormat(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
