/** The dashboard: the figures that matter for the signed-in user's role. */
package org.quicksilver.web.dashboard;
