/**
 * The Specific International Programme as recorded: rounds, applications, screening, the
 * committee's scores, meetings and decisions, grants with their tranches and reports. The rules
 * these records follow are in {@link org.quicksilver.programme.rules}.
 */
package org.quicksilver.programme;
