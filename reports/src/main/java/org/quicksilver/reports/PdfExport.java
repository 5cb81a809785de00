package org.quicksilver.reports;

import java.io.ByteArrayOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Exports a filled report to PDF; fonts come embedded from the font extension. */
final class PdfExport {

  private PdfExport() {}

  static byte[] export(JasperPrint print, String title, String author) throws JRException {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setDisplayMetadataTitle(true);
    configuration.setMetadataAuthor(author);
    configuration.setMetadataCreator("Quicksilver");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(bytes));
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return bytes.toByteArray();
  }
}
