package org.atelier.lifecycle;

import java.util.Optional;

/** How far an operational condition is: open, being arranged, secured, or not needed here. */
public enum ConditionStatus {

	OPEN, IN_PROGRESS, SECURED, NOT_NEEDED;

	/** Whether the condition no longer stands in the way of the first sessions. */
	public boolean settled() {
		return this == SECURED || this == NOT_NEEDED;
	}

	public static Optional<ConditionStatus> parse(String text) {
		for (ConditionStatus s : values()) {
			if (s.name().equalsIgnoreCase(text.strip().replace('-', '_'))) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
