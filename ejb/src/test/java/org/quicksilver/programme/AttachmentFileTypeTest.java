package org.quicksilver.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class AttachmentFileTypeTest {
  @Test
  void recognisesEachAllowedKindByItsBytes() throws IOException {
    assertEquals(Optional.of(AttachmentFileType.PDF), detect("%PDF-1.7\n...".getBytes()));
    assertEquals(
        Optional.of(AttachmentFileType.PNG),
        AttachmentFileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    assertEquals(
        Optional.of(AttachmentFileType.JPEG),
        AttachmentFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(
        Optional.of(AttachmentFileType.DOCX),
        AttachmentFileType.detect(zip("[Content_Types].xml", "word/document.xml")));
    assertEquals(
        Optional.of(AttachmentFileType.XLSX),
        AttachmentFileType.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
  }

  @Test
  void refusesWhatIsNoneOfThemWhateverItIsCalled() throws IOException {
    assertEquals(Optional.empty(), detect("MZ\u0090\u0000 an executable".getBytes()));
    assertEquals(Optional.empty(), detect("<html><script>".getBytes()));
    assertEquals(Optional.empty(), AttachmentFileType.detect(zip("payload.exe")));
    assertEquals(Optional.empty(), AttachmentFileType.detect(new byte[0]));
    byte[] truncated = zip("[Content_Types].xml", "word/document.xml");
    assertEquals(
        Optional.empty(),
        AttachmentFileType.detect(java.util.Arrays.copyOf(truncated, truncated.length / 2)));
  }

  @Test
  void declaredTypeAndNameMustAgreeWithTheBytes() {
    assertTrue(AttachmentFileType.PDF.fitsDeclared("application/pdf"));
    assertTrue(AttachmentFileType.PDF.fitsDeclared("application/octet-stream"));
    assertFalse(AttachmentFileType.PDF.fitsDeclared("text/html"));
    assertTrue(AttachmentFileType.JPEG.fitsName("Letter.JPG"));
    assertFalse(AttachmentFileType.PDF.fitsName("letter.pdf.exe"));
  }

  @Test
  void aFileNameLosesItsPathAndControlCharacters() {
    assertEquals("letter.pdf", ApplicationDocuments.cleanName("C:\\Users\\x\\letter.pdf"));
    assertEquals("letter.pdf", ApplicationDocuments.cleanName("../../letter\r\n.pdf"));
    assertThrows(InvalidInputException.class, () -> ApplicationDocuments.cleanName("/"));
    String longName = "a".repeat(300) + ".pdf";
    String clean = ApplicationDocuments.cleanName(longName);
    assertEquals(255, clean.length());
    assertTrue(clean.endsWith(".pdf"));
  }

  private static Optional<AttachmentFileType> detect(byte[] bytes) {
    return AttachmentFileType.detect(bytes);
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
