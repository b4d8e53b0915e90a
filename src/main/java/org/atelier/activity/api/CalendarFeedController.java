package org.atelier.activity.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atelier.activity.CalendarFeeds;
import org.atelier.activity.ICalendar;
import org.atelier.activity.SessionKinds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves an atelier's calendar feed to calendar clients, without sign-in: the secret in the
 * address is the credential. An unknown or revoked secret answers 404, like any missing page.
 */
@RestController
@Tag(name = "Sessions")
class CalendarFeedController {

	private final CalendarFeeds feeds;
	private final SessionKinds kinds;

	CalendarFeedController(CalendarFeeds feeds, SessionKinds kinds) {
		this.feeds = feeds;
		this.kinds = kinds;
	}

	@GetMapping(value = CalendarFeeds.PATH_PREFIX + "{token}.ics", produces = "text/calendar")
	@Operation(summary = "An atelier's sessions as an iCalendar subscription (the address is the secret)")
	ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
		return feeds.resolve(token).map(feed -> {
			String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
			String body = ICalendar.of(feed.atelierName(), feed.sessions(),
					s -> base + "/ateliers/" + s.atelierId() + "/sessions/" + s.id(), k -> kinds.label(k, Locale.ENGLISH));
			return ICalendar.answer(body, null);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}
}
