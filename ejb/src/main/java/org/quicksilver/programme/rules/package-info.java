/**
 * The Specific International Programme's rules, from a round's window to a grant's last tranche:
 * screening workflow, budgets, recusal, blind scoring, ranking, funding envelope and decisions.
 */
package org.quicksilver.programme.rules;
