/** The finance officers' pages: receipts, pledges, exchange rates and balances. */
package org.quicksilver.web.funding;
