package org.atelier.lifecycle;

import org.jspecify.annotations.Nullable;

/**
 * A criterion as the readiness check found it for one atelier. {@code measurable} is false when no
 * module answers its check type yet; such a criterion is never met. {@code detail} is localized;
 * {@code fixPath} names the page where an unmet criterion can be put right.
 */
public record CriterionResult(String key, String label, String help, boolean met, boolean measurable, String detail,
		@Nullable String fixPath) {
}
