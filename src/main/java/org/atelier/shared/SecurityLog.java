package org.atelier.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events in one log (logger {@code org.atelier.security}), one line per event:
 * {@code security event=sign-in-failed at=2026-11-25T03:30:00Z user="eva" address="10.0.0.7" reason="bad-credentials"}.
 *
 * <p>Who, what and when are always there, the time in UTC. Every value is quoted and encoded so
 * that nothing a caller typed (a user name, a path) can forge a line or a field: control
 * characters become {@code \n}, {@code \r}, {@code \t} or {@code \u001b}-style escapes,
 * quotes and backslashes are escaped, and values are cut at 200 characters.
 */
public final class SecurityLog {

	private static final Logger LOG = LoggerFactory.getLogger("org.atelier.security");
	private static final int MAX_VALUE = 200;

	private SecurityLog() {
	}

	/** Logs one event now; {@code fields} are name/value pairs in order (null values are written as {@code -}). */
	public static void event(String event, Object... fields) {
		if (fields.length % 2 != 0) {
			throw new IllegalArgumentException("fields come in name/value pairs");
		}
		Map<String, Object> named = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			named.put(String.valueOf(fields[i]), fields[i + 1]);
		}
		if (LOG.isInfoEnabled()) {
			LOG.info(line(event, Instant.now(), named));
		}
	}

	/** The line {@link #event} writes, for tests and for other sinks. */
	public static String line(String event, Instant at, Map<String, ?> fields) {
		StringBuilder line = new StringBuilder("security event=").append(token(event))
			.append(" at=").append(at.truncatedTo(ChronoUnit.SECONDS));
		fields.forEach((name, value) -> line.append(' ').append(token(name)).append('=')
			.append(value == null ? "-" : quote(String.valueOf(value))));
		return line.toString();
	}

	/** A value in double quotes with every character that could break the line or the quoting escaped. */
	public static String quote(String value) {
		String cut = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
		StringBuilder out = new StringBuilder(cut.length() + 2).append('"');
		cut.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
							|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR
							|| Character.getType(c) == Character.FORMAT) {
						out.append(String.format("\\u%04x", c));
					}
					else {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.append('"').toString();
	}

	/** Event and field names are ours; anything but letters, digits and dashes is dropped all the same. */
	private static String token(String name) {
		return name.replaceAll("[^A-Za-z0-9-]", "");
	}
}
