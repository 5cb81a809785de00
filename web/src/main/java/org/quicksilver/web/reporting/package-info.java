/** The report downloads: one bean per report, streaming what the report services render. */
package org.quicksilver.web.reporting;
