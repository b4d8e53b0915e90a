package org.atelier.report;

/**
 * One section of a dashboard, progress report or portfolio: its key (which names the fragment
 * that shows it) and its content, a record of the section's own figures.
 */
public record ReportSection(String key, Object content) {
}
