package org.quicksilver.reporting;

import java.io.Serializable;

/** A rendered report, ready to download. */
public record ReportFile(String fileName, String contentType, byte[] content)
    implements Serializable {}
