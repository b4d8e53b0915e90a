package org.atelier.method;

import org.jspecify.annotations.Nullable;

/**
 * The method's data files are malformed. Thrown while the catalogue is built, so the application
 * does not start; the message names the file and the entry to fix.
 */
class InvalidMethodData extends RuntimeException {

	private final String file;
	private final @Nullable String entry;

	InvalidMethodData(String file, @Nullable String entry, String problem) {
		super("Invalid method data in " + file + (entry == null ? "" : ", entry '" + entry + "'") + ": " + problem);
		this.file = file;
		this.entry = entry;
	}

	InvalidMethodData(String file, @Nullable String entry, String problem, Throwable cause) {
		this(file, entry, problem);
		initCause(cause);
	}

	String file() {
		return file;
	}

	@Nullable
	String entry() {
		return entry;
	}
}
