package org.atelier.shared.web;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic concurrency over HTTP: a record's version travels as a strong ETag ({@code "3"});
 * writes must send it back in {@code If-Match}. Missing → 428, different → 412.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The version the client claims to have edited, from its If-Match header. */
	public static long requireVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw new OptimisticLockingFailureException("If-Match does not name a version");
		}
	}
}
