package org.quicksilver.programme;

/** A downloaded attachment: its name, its checked type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
  public AttachmentFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
