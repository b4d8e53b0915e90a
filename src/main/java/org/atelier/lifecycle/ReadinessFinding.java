package org.atelier.lifecycle;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an evaluator found: whether the criterion is met, a localized explanation (a message key
 * of the evaluating module's bundle with its arguments; for an unmet criterion it says what is
 * missing) and the path of the page where that can be fixed.
 */
public record ReadinessFinding(boolean met, String detailKey, List<Object> detailArgs, @Nullable String fixPath) {

	public ReadinessFinding {
		detailArgs = List.copyOf(detailArgs);
	}

	public static ReadinessFinding met(String detailKey, Object... args) {
		return new ReadinessFinding(true, detailKey, List.of(args), null);
	}

	public static ReadinessFinding missing(String fixPath, String detailKey, Object... args) {
		return new ReadinessFinding(false, detailKey, List.of(args), fixPath);
	}
}
