package org.quicksilver.programme;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an application may carry, recognised by their first bytes rather than by the
 * type the browser declared, which anyone can set. Office files are ZIP archives: which one is told
 * by the names in the archive's central directory, read without inflating anything, so a compressed
 * bomb costs nothing to refuse.
 */
public enum AttachmentFileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String contentType;
  private final List<String> extensions;

  AttachmentFileType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  /** Whether a file name ends as this type's files do (case ignored). */
  public boolean fitsName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
  }

  /** Whether the type a browser declared names this type (parameters such as charset ignored). */
  public boolean fitsDeclared(String declared) {
    if (declared == null || declared.isBlank()) {
      return true; // some browsers send nothing: the bytes decide
    }
    String bare = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return bare.equals(contentType)
        || bare.equals("application/octet-stream")
        || (this == JPEG && bare.equals("image/jpg"));
  }

  /** What the bytes are, or empty when they are none of the allowed kinds. */
  public static Optional<AttachmentFileType> detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      List<String> names = ZipDirectory.names(content);
      if (names.contains("[Content_Types].xml")) {
        if (names.contains("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** The entry names of a ZIP archive, from its central directory; empty if it is malformed. */
  static final class ZipDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {}

    static List<String> names(byte[] zip) {
      int end = findEnd(zip);
      if (end < 0) {
        return List.of();
      }
      int entries = u16(zip, end + 10);
      long offset = u32(zip, end + 16);
      List<String> names = new java.util.ArrayList<>();
      int at = (int) Math.min(offset, Integer.MAX_VALUE);
      for (int i = 0; i < entries; i++) {
        if (at < 0 || at + 46 > zip.length || (int) u32(zip, at) != ENTRY_SIGNATURE) {
          return List.of();
        }
        int nameLength = u16(zip, at + 28);
        int extraLength = u16(zip, at + 30);
        int commentLength = u16(zip, at + 32);
        if (at + 46 + nameLength > zip.length) {
          return List.of();
        }
        names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
        at += 46 + nameLength + extraLength + commentLength;
      }
      return names;
    }

    private static int findEnd(byte[] zip) {
      int lowest = Math.max(0, zip.length - END_SIZE - MAX_COMMENT);
      for (int at = zip.length - END_SIZE; at >= lowest; at--) {
        if ((int) u32(zip, at) == END_SIGNATURE) {
          return at;
        }
      }
      return -1;
    }

    private static int u16(byte[] b, int at) {
      return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
      return (b[at] & 0xFFL)
          | (b[at + 1] & 0xFFL) << 8
          | (b[at + 2] & 0xFFL) << 16
          | (b[at + 3] & 0xFFL) << 24;
    }
  }
}
