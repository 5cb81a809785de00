package org.quicksilver.funding.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicksilver.platform.InvalidInputException;

/**
 * The file types an import reads. A file is taken for what its name says only if its content
 * agrees: an XLSX file is a zip archive (it starts with "PK"), a CSV file never is.
 */
enum FileKind {
  CSV(".csv"),
  XLSX(".xlsx");

  private final String extension;

  FileKind(String extension) {
    this.extension = extension;
  }

  static FileKind of(String fileName, byte[] content, Set<FileKind> accepted) {
    String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
    FileKind kind =
        Arrays.stream(values())
            .filter(k -> accepted.contains(k) && name.endsWith(k.extension))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("funding.import.fileType", extensions(accepted)));
    if (isZip(content) != (kind == XLSX)) {
      throw new InvalidInputException("funding.import.fileContent", kind.extension);
    }
    return kind;
  }

  private static boolean isZip(byte[] content) {
    return content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  private static String extensions(Set<FileKind> accepted) {
    return accepted.stream().sorted().map(k -> k.extension).collect(Collectors.joining(", "));
  }
}
