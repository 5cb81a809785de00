/** The history dialog every record list opens: the audit trail of one record. */
package org.quicksilver.web.history;
