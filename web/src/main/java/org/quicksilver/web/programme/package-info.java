/** The Specific International Programme's pages: one view-scoped bean per page. */
package org.quicksilver.web.programme;
