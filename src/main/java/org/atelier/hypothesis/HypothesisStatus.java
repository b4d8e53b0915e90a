package org.atelier.hypothesis;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a hypothesis stands. Open and testing are the working states; supported, refuted and
 * inconclusive conclude it (with a learning card), dropped sets it aside (with a reason). A
 * concluded or dropped hypothesis is only reopened (to open or testing), never turned straight
 * into another conclusion, so each conclusion keeps its own dated entry in the history.
 */
public enum HypothesisStatus {
	OPEN, TESTING, SUPPORTED, REFUTED, INCONCLUSIVE, DROPPED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Supported, refuted or inconclusive: a learning card with observation and insight belongs to it. */
	public boolean concluding() {
		return this == SUPPORTED || this == REFUTED || this == INCONCLUSIVE;
	}

	/** Open or testing: the hypothesis is still being worked on, and its content may be edited. */
	public boolean working() {
		return this == OPEN || this == TESTING;
	}

	/** Whether a hypothesis in this status may move to {@code target}. */
	public boolean canMoveTo(HypothesisStatus target) {
		if (target == this) {
			return false;
		}
		return working() || target.working();
	}

	public static Optional<HypothesisStatus> parse(@org.jspecify.annotations.Nullable String text) {
		return Keys.parse(HypothesisStatus.class, text);
	}
}
