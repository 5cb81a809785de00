/** Pages of capacity building: projects, activities and their calendar, pilot projects. */
package org.quicksilver.web.projects;
