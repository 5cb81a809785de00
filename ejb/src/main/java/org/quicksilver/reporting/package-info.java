/** The queries that feed reports, and the one gate through which every report is rendered. */
package org.quicksilver.reporting;
