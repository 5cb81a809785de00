/**
 * Donors' money: trust funds and earmarks, pledges and agreements, receipts at UN operational
 * rates, allocations with donor attribution, expenses and balances. Posted money is never edited.
 */
package org.quicksilver.funding;
