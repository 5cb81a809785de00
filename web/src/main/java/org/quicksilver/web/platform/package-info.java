/** What every page shares: the signed-in user's session, language, messages and error handling. */
package org.quicksilver.web.platform;
