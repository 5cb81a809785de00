/** The audit trail: who changed which record when, and the values before and after (Envers). */
package org.quicksilver.platform.audit;
