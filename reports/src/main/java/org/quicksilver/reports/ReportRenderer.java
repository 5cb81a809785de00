package org.quicksilver.reports;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Fills a compiled template with a request's rows and exports it to PDF or XLSX.
 *
 * <p>Thread-safe: meant to be held once per application (e.g. by an application-scoped bean); each
 * template is loaded from the class path once and then shared by every render.
 */
public final class ReportRenderer {

  /**
   * Pages a fill keeps in memory; the rest wait in a swap file of the render's own (scratch space
   * on the node doing the render, deleted when it ends; nothing another node would need).
   */
  public static final int DEFAULT_PAGES_IN_MEMORY = 50;

  private final CompiledTemplates templates = new CompiledTemplates();
  private static final int SWAP_BLOCK_BYTES = 4096;
  private static final int SWAP_GROW_BLOCKS = 256;

  private final int pagesInMemory;

  public ReportRenderer() {
    this(DEFAULT_PAGES_IN_MEMORY);
  }

  /**
   * @param pagesInMemory how many filled pages a render keeps in memory before swapping them out
   */
  public ReportRenderer(int pagesInMemory) {
    if (pagesInMemory < 1) {
      throw new IllegalArgumentException("pagesInMemory must be at least 1");
    }
    this.pagesInMemory = pagesInMemory;
  }

  /**
   * Renders a report.
   *
   * @return the document's bytes, in {@code request.format()}
   * @throws UnknownTemplateException if no compiled template has that name
   * @throws ReportRenderingException if filling or exporting fails
   */
  public byte[] render(ReportRequest request) {
    return render(request, ProgressListener.NONE);
  }

  /**
   * Renders a report, telling {@code listener} how many of the request's rows are filled as the
   * fill goes (see {@link ProgressListener} for when it is called).
   *
   * @return the document's bytes, in {@code request.format()}
   * @throws UnknownTemplateException if no compiled template has that name
   * @throws ReportRenderingException if filling or exporting fails
   */
  public byte[] render(ReportRequest request, ProgressListener listener) {
    JasperReport template = templates.get(request.templateName());
    ResourceBundle messages = ReportMessages.forLocale(request.locale());
    var rows = new ProgressReportingDataSource(request.rows(), listener);
    // Filled pages beyond pagesInMemory go to a swap file of this render's own, in the node's
    // temporary directory, deleted when the render ends: a report's size never becomes heap.
    JRSwapFileVirtualizer virtualizer =
        new JRSwapFileVirtualizer(
            pagesInMemory,
            new JRSwapFile(
                System.getProperty("java.io.tmpdir"), SWAP_BLOCK_BYTES, SWAP_GROW_BLOCKS),
            true);
    try {
      rows.start();
      JasperPrint print =
          JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
              .fill(template, fillParameters(request, messages, virtualizer), rows);
      virtualizer.setReadOnly(true);
      return export(print, request, messages);
    } catch (JRException e) {
      throw new ReportRenderingException(
          "Could not render report '" + request.templateName() + "' as " + request.format(), e);
    } finally {
      virtualizer.cleanup();
    }
  }

  private static Map<String, Object> fillParameters(
      ReportRequest request, ResourceBundle messages, JRVirtualizer virtualizer) {
    Map<String, Object> parameters = new HashMap<>(request.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, request.locale());
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages);
    parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    parameters.put(ReportParameters.GENERATED_BY, request.generatedBy());
    parameters.put(
        ReportParameters.GENERATED_AT, formatGeneratedAt(request.generatedAt(), request.locale()));
    // A spreadsheet is one long page: page headers and footers must not repeat between rows.
    parameters.put(JRParameter.IS_IGNORE_PAGINATION, request.format() == ReportFormat.XLSX);
    // REPORT_TIME_ZONE stays the JVM's: date-only values (LocalDate turned into Date at the
    // JVM's midnight) would otherwise print as the day before in zones west of it.
    return parameters;
  }

  private static String formatGeneratedAt(ZonedDateTime generatedAt, Locale locale) {
    String dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .format(generatedAt);
    String zone = DateTimeFormatter.ofPattern("zzz", locale).format(generatedAt);
    return dateTime + " " + zone;
  }

  private static byte[] export(JasperPrint print, ReportRequest request, ResourceBundle messages)
      throws JRException {
    String name = request.templateName();
    return switch (request.format()) {
      case PDF ->
          PdfExport.export(
              print, ReportMessages.textOr(messages, name + ".title", name), request.generatedBy());
      case XLSX -> XlsxExport.export(print, ReportMessages.textOr(messages, name + ".sheet", name));
    };
  }
}
