package org.atelier.report.internal;

/** A count under a key, such as the hypotheses with one status or the ateliers in one phase. */
public record Tally(String key, long count) {
}
