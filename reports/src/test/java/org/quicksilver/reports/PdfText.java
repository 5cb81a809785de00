package org.quicksilver.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a rendered PDF says, read back with PDFBox. */
record PdfText(String text, int pageCount, List<PDFont> fonts) {

  static PdfText of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      String text = new PDFTextStripper().getText(document);
      return new PdfText(normalise(text), document.getNumberOfPages(), fonts);
    }
  }

  // French formats use narrow and plain no-break spaces; wrapped titles break lines.
  private static String normalise(String text) {
    return text.replace('\u202F', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }
}
