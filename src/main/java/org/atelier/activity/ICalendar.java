package org.atelier.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes sessions as iCalendar (RFC 5545): one VEVENT per session with UID, DTSTAMP, DTSTART and
 * DTEND in UTC, SEQUENCE, SUMMARY, LOCATION, DESCRIPTION, URL and STATUS (CANCELLED for a
 * cancelled session). Text values are escaped (§3.3.11), lines end with CRLF and are folded at 75
 * octets without splitting a UTF-8 character (§3.1).
 */
public final class ICalendar {

	static final String PRODUCT_ID = "-//Atelier//Sessions//EN";
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/**
	 * A calendar holding the given sessions.
	 *
	 * @param name the calendar's display name (X-WR-CALNAME), or null for a single event download
	 * @param pageUrl the absolute address of a session's page
	 */
	public static String of(@Nullable String name, List<SessionView> sessions, Function<SessionView, String> pageUrl,
			Function<String, String> kindLabel) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:" + PRODUCT_ID);
		line(out, "CALSCALE:GREGORIAN");
		if (name != null) {
			line(out, "X-WR-CALNAME:" + text(name));
		}
		for (SessionView s : sessions) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + text(s.uid()));
			line(out, "DTSTAMP:" + UTC.format(s.updatedAt()));
			line(out, "DTSTART:" + UTC.format(s.startsAt()));
			line(out, "DTEND:" + UTC.format(s.endsAt()));
			line(out, "SEQUENCE:" + s.sequence());
			line(out, "SUMMARY:" + text(s.title()));
			String location = s.place() != null ? s.place() : s.onlineLink();
			if (location != null) {
				line(out, "LOCATION:" + text(location));
			}
			line(out, "DESCRIPTION:" + text(description(s, pageUrl.apply(s), kindLabel.apply(s.kind()))));
			line(out, "URL:" + pageUrl.apply(s));
			line(out, "STATUS:" + (s.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "LAST-MODIFIED:" + UTC.format(s.updatedAt()));
			line(out, "CREATED:" + UTC.format(s.createdAt()));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * The calendar as an HTTP answer: {@code text/calendar} in UTF-8, as an attachment named
	 * {@code fileName} when one is given (a single session), inline otherwise (a subscription feed).
	 */
	public static ResponseEntity<byte[]> answer(String calendar, @Nullable String fileName) {
		var answer = ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8));
		if (fileName != null) {
			answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
		}
		else {
			answer.cacheControl(CacheControl.noCache());
		}
		return answer.body(calendar.getBytes(StandardCharsets.UTF_8));
	}

	private static String description(SessionView s, String url, String kind) {
		StringBuilder d = new StringBuilder(kind);
		if (s.purpose() != null) {
			d.append("\n\n").append(s.purpose());
		}
		if (s.expectedOutcomes() != null) {
			d.append("\n\n").append(s.expectedOutcomes());
		}
		if (s.onlineLink() != null && s.place() != null) {
			d.append("\n\n").append(s.onlineLink());
		}
		return d.append("\n\n").append(url).toString();
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				case '\r' -> {
					if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
						out.append("\\n");
					}
				}
				default -> {
					if (c >= 0x20 || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** Appends a content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1). */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + width > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74;
			}
			out.appendCodePoint(cp);
			octets += width;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
