package org.quicksilver.reports;

import java.io.ByteArrayOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Exports a filled report to one XLSX sheet that reads as data: numbers and dates stay typed cells,
 * and page layout (margins, gaps, white background) is left out.
 */
final class XlsxExport {

  // Excel refuses longer sheet names.
  private static final int MAX_SHEET_NAME = 31;

  private XlsxExport() {}

  static byte[] export(JasperPrint print, String sheetName) throws JRException {
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setOnePagePerSheet(false);
    configuration.setSheetNames(new String[] {safeSheetName(sheetName)});
    configuration.setDetectCellType(true);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setRemoveEmptySpaceBetweenColumns(true);
    configuration.setWhitePageBackground(false);
    configuration.setIgnorePageMargins(true);
    configuration.setCollapseRowSpan(true);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(bytes));
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return bytes.toByteArray();
  }

  private static String safeSheetName(String name) {
    String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return cleaned.length() <= MAX_SHEET_NAME ? cleaned : cleaned.substring(0, MAX_SHEET_NAME);
  }
}
