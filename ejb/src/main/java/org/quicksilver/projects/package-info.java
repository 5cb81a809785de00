/**
 * Capacity building: funded projects and their logical framework, activities and events with
 * participants, partners, deliverables and costs (paid through the funding context's allocations),
 * and national pilot projects with milestones. The pure rules are in {@code projects.rules}.
 */
package org.quicksilver.projects;
