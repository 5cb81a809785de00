/** The administrators' pages for countries, currencies and organisations. */
package org.quicksilver.web.reference;
