/**
 * Table export for lists: CSV and XLSX files built from a header row and rows of plain values, safe
 * to open in a spreadsheet (no text is ever run as a formula).
 */
package org.quicksilver.web.export;
