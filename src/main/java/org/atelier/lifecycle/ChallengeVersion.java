package org.atelier.lifecycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One saved version of an atelier's challenge statement, with who validated it and when (if anyone did). */
public record ChallengeVersion(int versionNo, String systemicIssue, String urgency, @Nullable String boundaries,
		String writtenBy, Instant writtenAt, @Nullable String validatedBy, @Nullable Instant validatedAt) {

	public boolean validated() {
		return validatedAt != null;
	}
}
