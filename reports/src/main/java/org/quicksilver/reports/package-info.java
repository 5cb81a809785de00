/**
 * Renders the secretariat's reports (JasperReports templates compiled at build time) to PDF and
 * XLSX.
 */
package org.quicksilver.reports;
