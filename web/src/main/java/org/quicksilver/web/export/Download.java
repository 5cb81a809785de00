package org.quicksilver.web.export;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file for p:fileDownload. */
public final class Download {
  private Download() {}

  /**
   * An amount without the database's padding zeros (1000.0000 JPY is 1000), so that a spreadsheet
   * shows it with the decimals it really has.
   */
  public static java.math.BigDecimal plain(java.math.BigDecimal amount) {
    java.math.BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static StreamedContent of(String fileName, String contentType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
