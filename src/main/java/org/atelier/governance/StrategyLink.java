package org.atelier.governance;

import org.jspecify.annotations.Nullable;

/** A municipal strategy or programme the atelier serves. */
public record StrategyLink(long id, String title, @Nullable String owner, @Nullable String url, int version) {
}
