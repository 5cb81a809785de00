/**
 * The Specific International Programme's pages: rounds, applications, scoring, meetings, grants.
 */
package org.quicksilver.web.programme;
