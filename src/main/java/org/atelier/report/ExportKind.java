package org.atelier.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.atelier.shared.NotFoundException;

/** The registers of an atelier that can be exported as CSV or JSON. */
public enum ExportKind {
	LESSONS, ACTIONS, DECISIONS, STAKEHOLDERS;

	/** The name in URLs and file names: {@code lessons}, {@code actions}, … */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ExportKind> parse(String key) {
		return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
	}

	/** The kind a URL names; any other name is a resource that does not exist ({@link NotFoundException}). */
	public static ExportKind require(String key) {
		return parse(key).orElseThrow(() -> new NotFoundException("export"));
	}
}
