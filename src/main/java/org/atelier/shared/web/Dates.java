package org.atelier.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Date formatting for templates, as {@code ${@dates.utc(instant)}}: instants are shown in UTC
 * (stated), dates in the reader's language.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	public String utc(@Nullable Instant instant) {
		return instant == null ? "" : UTC.format(instant) + " UTC";
	}

	/** The calendar day (UTC) of an instant, in the reader's language. */
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : date(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale()).format(date);
	}
}
