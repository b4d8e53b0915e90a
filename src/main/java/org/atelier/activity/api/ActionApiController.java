package org.atelier.activity.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.activity.ActionInput;
import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionStatus;
import org.atelier.activity.ActionView;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of follow-up actions: per atelier with filters, and the signed-in person's own across ateliers. */
@RestController
@Tag(name = "Follow-up actions", description = "Owned, dated actions coming from sessions, decisions, hypotheses and assessments")
class ActionApiController {

	private final ActionRegister actions;

	ActionApiController(ActionRegister actions) {
		this.actions = actions;
	}

	@GetMapping("/api/v1/ateliers/{id}/actions")
	@Operation(summary = "The atelier's actions by due date",
			description = "Filters: ownerId, status (open, in-progress, done, dropped), overdue=true, origin (session, decision, hypothesis, assessment).")
	List<ActivityJson.ActionOut> list(@PathVariable long id, @RequestParam(required = false) @Nullable Long ownerId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false, defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Nullable String origin) {
		ActionStatus s = status == null || status.isBlank() ? null
				: ActionStatus.parse(status).orElseThrow(() -> new FieldProblem("status", "activity.action.status.invalid"));
		if (origin != null && !origin.isBlank() && !ActionRegister.ORIGIN_KINDS.contains(origin)) {
			throw new FieldProblem("origin", "activity.action.origin.unknown");
		}
		var filter = new ActionRegister.Filter(ownerId, s, overdue, origin == null || origin.isBlank() ? null : origin);
		return actions.list(id, filter).stream().map(ActivityJson.ActionOut::of).toList();
	}

	@PostMapping("/api/v1/ateliers/{id}/actions")
	@Operation(summary = "Create an action (partners, coordinators)",
			description = "ownerId must be a member; originKind and originId name a record of this atelier.")
	ResponseEntity<ActivityJson.ActionOut> create(@PathVariable long id, @RequestBody ActivityJson.ActionBody body) {
		ActionView created = actions.create(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/actions/" + created.id()))
			.eTag(ETags.of(created.version())).body(ActivityJson.ActionOut.of(created));
	}

	@GetMapping("/api/v1/ateliers/{id}/actions/{aid}")
	ResponseEntity<ActivityJson.ActionOut> get(@PathVariable long id, @PathVariable long aid) {
		return answer(actions.get(id, aid));
	}

	@PutMapping("/api/v1/ateliers/{id}/actions/{aid}")
	@Operation(summary = "Change an action (partners, coordinators); If-Match required")
	ResponseEntity<ActivityJson.ActionOut> update(@PathVariable long id, @PathVariable long aid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActivityJson.ActionBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return answer(actions.update(id, aid, version, input(body)));
	}

	@PostMapping("/api/v1/ateliers/{id}/actions/{aid}/status")
	@Operation(summary = "Move an action (its owner, partners, coordinators); If-Match required",
			description = "status: open, in-progress, done, dropped (dropped needs a reason).")
	ResponseEntity<ActivityJson.ActionOut> status(@PathVariable long id, @PathVariable long aid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ActivityJson.StatusBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		ActionStatus status = ActionStatus.parse(body.status())
			.orElseThrow(() -> new FieldProblem("status", "activity.action.status.invalid"));
		return answer(actions.changeStatus(id, aid, version, status, body.reason()));
	}

	@GetMapping("/api/v1/me/actions")
	@Operation(summary = "My actions in all my active ateliers, pending first", description = "pending=true leaves out done and dropped ones.")
	List<ActivityJson.ActionOut> mine(@RequestParam(required = false, defaultValue = "false") boolean pending) {
		return actions.mine(pending).stream().map(ActivityJson.ActionOut::of).toList();
	}

	private static ResponseEntity<ActivityJson.ActionOut> answer(ActionView a) {
		return ResponseEntity.ok().eTag(ETags.of(a.version())).body(ActivityJson.ActionOut.of(a));
	}

	private static ActionInput input(ActivityJson.ActionBody b) {
		return ActionInput.parse(b.title(), b.description(), b.ownerId(), b.due(), b.originKind(), b.originId());
	}
}
