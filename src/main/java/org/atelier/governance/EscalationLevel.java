package org.atelier.governance;

import org.jspecify.annotations.Nullable;

/** One level of the escalation route, lowest first: who sits there and what goes up to it. */
public record EscalationLevel(long id, int position, String name, @Nullable String seats, @Nullable String scope,
		int version) {
}
