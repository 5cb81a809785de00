/**
 * What every bounded context shares: start-up (migrations), settings, paging and the typed errors.
 */
package org.quicksilver.platform;
