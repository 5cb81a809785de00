/** Reference data every context names: countries, currencies and organisations. */
package org.quicksilver.reference;
