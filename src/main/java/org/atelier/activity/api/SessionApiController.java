package org.atelier.activity.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atelier.activity.ICalendar;
import org.atelier.activity.MinutesStatus;
import org.atelier.activity.OutcomeKind;
import org.atelier.activity.SessionInput;
import org.atelier.activity.SessionKinds;
import org.atelier.activity.SessionView;
import org.atelier.activity.Sessions;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API of sessions: the plan (PUT with If-Match; each change raises the calendar SEQUENCE),
 * cancellation, attendance, the minutes with their transitions, comments and addenda, the typed
 * outcomes, and the session as an iCalendar file.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/sessions")
@Tag(name = "Sessions", description = "Workshops, meetings and pilots of an atelier, with minutes and outcomes")
class SessionApiController {

	private final Sessions sessions;
	private final SessionKinds kinds;

	SessionApiController(Sessions sessions, SessionKinds kinds) {
		this.sessions = sessions;
		this.kinds = kinds;
	}

	@GetMapping
	@Operation(summary = "The atelier's sessions, latest first")
	List<ActivityJson.SessionOut> list(@PathVariable long id) {
		return sessions.list(id).stream().map(ActivityJson.SessionOut::of).toList();
	}

	@PostMapping
	@Operation(summary = "Plan a session (partners, coordinators)",
			description = "start is the local date and time (2026-12-01T14:00) in timeZone (an IANA zone such as Europe/Amsterdam).")
	ResponseEntity<ActivityJson.SessionOut> create(@PathVariable long id, @RequestBody ActivityJson.SessionBody body) {
		SessionView created = sessions.create(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/sessions/" + created.id()))
			.eTag(ETags.of(created.version())).body(ActivityJson.SessionOut.of(created));
	}

	@GetMapping("/{sid}")
	ResponseEntity<ActivityJson.SessionOut> get(@PathVariable long id, @PathVariable long sid) {
		return answer(sessions.get(id, sid));
	}

	@PutMapping("/{sid}")
	@Operation(summary = "Change the plan (partners, coordinators); If-Match required")
	ResponseEntity<ActivityJson.SessionOut> update(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActivityJson.SessionBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return answer(sessions.update(id, sid, version, input(body)));
	}

	@PostMapping("/{sid}/cancel")
	@Operation(summary = "Cancel the session (partners, coordinators); calendars get STATUS:CANCELLED")
	ResponseEntity<ActivityJson.SessionOut> cancel(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		int version = (int) ETags.requireVersion(ifMatch);
		return answer(sessions.cancel(id, sid, version));
	}

	@PutMapping("/{sid}/attendance")
	@Operation(summary = "Record who attended: the participant ids given, nobody else (facilitator, secretary, coordinators)")
	ResponseEntity<ActivityJson.SessionOut> attendance(@PathVariable long id, @PathVariable long sid,
			@RequestBody ActivityJson.AttendanceBody body) {
		return answer(sessions.attendance(id, sid,
				new HashSet<>(body.attended() == null ? List.of() : body.attended().stream().filter(x -> x != null).toList())));
	}

	@GetMapping("/{sid}/minutes")
	ActivityJson.MinutesOut minutes(@PathVariable long id, @PathVariable long sid) {
		return ActivityJson.MinutesOut.of(sessions.get(id, sid));
	}

	@PutMapping("/{sid}/minutes")
	@Operation(summary = "Write the minutes while draft or circulated (facilitator, secretary, coordinators); If-Match of the session")
	ResponseEntity<ActivityJson.SessionOut> saveMinutes(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActivityJson.MinutesBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return answer(sessions.saveMinutes(id, sid, version, body.text()));
	}

	@PostMapping("/{sid}/minutes/status")
	@Operation(summary = "Move the minutes: circulated, approved (or back to draft from circulated)",
			description = "Approval freezes the minutes and turns decision outcomes into decision-log entries and action outcomes into follow-up actions.")
	ResponseEntity<ActivityJson.SessionOut> moveMinutes(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActivityJson.StatusBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		MinutesStatus target = MinutesStatus.parse(body.status())
			.orElseThrow(() -> new FieldProblem("status", "activity.minutes.status.invalid"));
		return answer(sessions.moveMinutes(id, sid, version, target));
	}

	@PostMapping("/{sid}/minutes/comments")
	@Operation(summary = "Comment on circulated minutes or propose an amendment (participants, partners, coordinators)")
	ResponseEntity<ActivityJson.SessionOut> comment(@PathVariable long id, @PathVariable long sid,
			@RequestBody ActivityJson.CommentBody body) {
		return answer(sessions.comment(id, sid, body.text(), Boolean.TRUE.equals(body.amendment())));
	}

	@PostMapping("/{sid}/minutes/addenda")
	@Operation(summary = "Append a dated addendum to approved minutes")
	ResponseEntity<ActivityJson.SessionOut> addendum(@PathVariable long id, @PathVariable long sid,
			@RequestBody ActivityJson.MinutesBody body) {
		return answer(sessions.addendum(id, sid, body.text()));
	}

	@GetMapping("/{sid}/outcomes")
	List<ActivityJson.OutcomeOut> outcomes(@PathVariable long id, @PathVariable long sid) {
		return sessions.get(id, sid).outcomes().stream().map(ActivityJson.OutcomeOut::of).toList();
	}

	@PostMapping("/{sid}/outcomes")
	@Operation(summary = "Record an outcome while the minutes are open",
			description = "kind: information, decision or action; an action needs ownerId (a member) and due (yyyy-MM-dd).")
	ResponseEntity<ActivityJson.SessionOut> addOutcome(@PathVariable long id, @PathVariable long sid,
			@RequestBody ActivityJson.OutcomeBody body) {
		OutcomeKind kind = OutcomeKind.parse(body.kind())
			.orElseThrow(() -> new FieldProblem("kind", "activity.outcome.kind.invalid"));
		return answer(sessions.addOutcome(id, sid, kind, body.text(), body.ownerId(), date("due", body.due())));
	}

	@DeleteMapping("/{sid}/outcomes/{oid}")
	ResponseEntity<Void> removeOutcome(@PathVariable long id, @PathVariable long sid, @PathVariable long oid) {
		sessions.removeOutcome(id, sid, oid);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(value = "/{sid}.ics", produces = "text/calendar")
	@Operation(summary = "The session as an iCalendar (RFC 5545) event")
	ResponseEntity<byte[]> ics(@PathVariable long id, @PathVariable long sid, HttpServletRequest request) {
		SessionView session = sessions.get(id, sid);
		String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		String body = ICalendar.of(null, List.of(session),
				s -> base + "/ateliers/" + s.atelierId() + "/sessions/" + s.id(),
				k -> kinds.label(k, LocaleContextHolder.getLocale()));
		return ICalendar.answer(body, "session-" + sid + ".ics");
	}

	private static ResponseEntity<ActivityJson.SessionOut> answer(SessionView s) {
		return ResponseEntity.ok().eTag(ETags.of(s.version())).body(ActivityJson.SessionOut.of(s));
	}

	static SessionInput input(ActivityJson.SessionBody b) {
		return SessionInput.parse(b.kind(), b.series(), b.title(), b.purpose(), b.expectedOutcomes(), b.start(),
				b.timeZone(), b.durationMinutes() == null ? null : String.valueOf(b.durationMinutes()), b.place(),
				b.onlineLink(), b.facilitatorId(), b.secretaryId(), b.buildingBlocks(),
				b.agenda() == null ? null : String.join("\n", b.agenda()), b.invitedMembers(), b.invitedContacts(),
				b.hypotheses());
	}

	static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new FieldProblem(field, "activity.date.invalid");
		}
	}
}
