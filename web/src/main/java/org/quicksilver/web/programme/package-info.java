/** Pages of the Specific International Programme: rounds, applications and their screening. */
package org.quicksilver.web.programme;
