/** Who may sign in and what each role may do: users, roles and permissions kept in the database. */
package org.quicksilver.security;
