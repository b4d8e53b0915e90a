package org.atelier.stakeholder.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The {@code asOf} query parameter of the register's lists: an ISO-8601 instant, or nothing for now. */
final class AsOf {

	private AsOf() {
	}

	static @Nullable Instant parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new FieldProblem("asOf", "stakeholder.maps.asOf.instant");
		}
	}
}
