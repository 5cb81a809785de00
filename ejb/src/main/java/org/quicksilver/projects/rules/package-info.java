/**
 * Capacity building's rules: activity types and workflow, participant counts for donors, budget
 * against actual cost, pilot-project milestones and progress of indicators towards their targets.
 */
package org.quicksilver.projects.rules;
