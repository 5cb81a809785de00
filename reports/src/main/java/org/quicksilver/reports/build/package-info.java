/** Build-time tooling: compiles the JRXML templates to .jasper files; never used at run time. */
package org.quicksilver.reports.build;
