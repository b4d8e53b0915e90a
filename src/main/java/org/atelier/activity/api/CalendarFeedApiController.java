package org.atelier.activity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atelier.activity.CalendarFeeds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The atelier's secret calendar subscription: create (or replace) it, see whether there is one, revoke it. */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/calendar-feed")
@Tag(name = "Sessions")
class CalendarFeedApiController {

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping
	@Operation(summary = "Whether the atelier has a feed and since when (its address is shown only when created)")
	ActivityJson.FeedOut get(@PathVariable long id) {
		var created = feeds.createdAt(id);
		return new ActivityJson.FeedOut(created.isPresent(), created.orElse(null), null);
	}

	@PostMapping
	@Operation(summary = "Create or replace the feed (coordinators); the answer carries its secret address, once")
	ResponseEntity<ActivityJson.FeedOut> create(@PathVariable long id, HttpServletRequest request) {
		String token = feeds.create(id);
		String url = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null)
			.path(CalendarFeeds.path(token)).build().toUriString();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ActivityJson.FeedOut(true, feeds.createdAt(id).orElse(null), url));
	}

	@DeleteMapping
	@Operation(summary = "Revoke the feed (coordinators); its address answers 404 from now on")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		return feeds.revoke(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}
}
