/** The administrators' page for accounts and their roles. */
package org.quicksilver.web.users;
