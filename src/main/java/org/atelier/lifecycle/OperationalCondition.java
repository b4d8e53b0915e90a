package org.atelier.lifecycle;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item of the operational-conditions checklist. The four standard items (their keys in
 * {@link #STANDARD}) exist for every atelier, at version 0 and OPEN until first saved; custom
 * items carry their own {@code label}.
 */
public record OperationalCondition(String key, @Nullable String label, boolean standard, ConditionStatus status,
		@Nullable Long ownerId, @Nullable String ownerName, @Nullable String evidence, int version,
		@Nullable Instant updatedAt) {

	/** The guide's four practical conditions to secure before collaborative sessions start. */
	public static final List<String> STANDARD = List.of("data-access", "confidentiality", "technical-expertise",
			"facilitation-budget");

	static OperationalCondition unsaved(String key) {
		return new OperationalCondition(key, null, true, ConditionStatus.OPEN, null, null, null, 0, null);
	}
}
