/**
 * Imports of monthly exchange rates (CSV) and receipts (CSV or XLSX, the shape of a bank statement
 * export): a preview with errors by row and column that changes nothing, then an import that saves
 * every new row or none, and skips what an earlier import already saved.
 */
package org.quicksilver.funding.imports;
