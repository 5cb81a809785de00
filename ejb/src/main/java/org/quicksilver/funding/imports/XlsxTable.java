package org.quicksilver.funding.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quicksilver.platform.InvalidInputException;

/**
 * Reads the first sheet of an XLSX workbook. A date cell gives a date, a number cell the number as
 * the spreadsheet shows it (never the binary fraction behind it), a formula its last computed
 * value.
 */
final class XlsxTable {
  /**
   * A workbook is a zip archive: a few megabytes can unpack to gigabytes (a zip bomb). A sheet of
   * 20,000 receipts unpacks to about 10 MB; more than this is refused before POI reads it.
   */
  static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

  private XlsxTable() {}

  static Table read(byte[] content, int maxRows) {
    refuseZipBomb(content);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new InvalidInputException("funding.import.noHeader");
      }
      Sheet sheet = workbook.getSheetAt(0);
      TableBuilder table = new TableBuilder(maxRows);
      for (Row row : sheet) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
          values.add(value(row.getCell(i)));
        }
        table.add(row.getRowNum() + 1, values);
      }
      return table.table();
    } catch (IOException
        | POIXMLException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException
        | EmptyFileException
        | RecordFormatException unreadable) {
      throw new InvalidInputException("funding.import.unreadableXlsx");
    }
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate()
              : new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      case ERROR -> ErrorEval.getText(cell.getErrorCellValue());
      default -> null;
    };
  }

  /** Counts what the archive unpacks to, and stops counting at the limit. */
  private static void refuseZipBomb(byte[] content) {
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw new InvalidInputException(
                "funding.import.tooLargeUnpacked", MAX_UNPACKED_BYTES / (1024 * 1024));
          }
        }
      }
    } catch (IOException notAZip) {
      throw new InvalidInputException("funding.import.unreadableXlsx");
    }
  }
}
