/**
 * Benchmarks on generated data, run by the {@code benchmark} profile only and never by the normal
 * build: they print figures to read; they assert no timing.
 */
package org.quicksilver.bench;
