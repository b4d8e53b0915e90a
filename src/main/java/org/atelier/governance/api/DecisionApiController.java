package org.atelier.governance.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.governance.DecisionInput;
import org.atelier.governance.DecisionLog;
import org.atelier.governance.DecisionStatus;
import org.atelier.governance.DecisionView;
import org.atelier.governance.Implementation;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the decision log. A proposal is edited with PUT and decided through {@code status};
 * an accepted decision answers 409 to PUT and is replaced through {@code supersede}.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/decisions")
@Tag(name = "Decisions", description = "The decision log of an atelier")
class DecisionApiController {

	private final DecisionLog decisions;
	private final AtelierAccess access;

	DecisionApiController(DecisionLog decisions, AtelierAccess access) {
		this.decisions = decisions;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The log, newest first", description = "status filters: proposed, accepted, rejected, superseded.")
	List<GovernanceJson.DecisionOut> list(@PathVariable long id, @RequestParam(required = false) @Nullable String status) {
		DecisionStatus filter = status == null ? null
				: DecisionStatus.parse(status).orElseThrow(() -> new FieldProblem("status", "governance.decision.outcome.invalid"));
		return decisions.list(id, filter).stream().map(GovernanceJson.DecisionOut::of).toList();
	}

	@PostMapping
	@Operation(summary = "Log a decision (partners, coordinators)",
			description = "As a proposal, or with \"status\": \"accepted\" as one already taken (then decision, decidedBy and decidedOn are required).")
	ResponseEntity<GovernanceJson.DecisionOut> create(@PathVariable long id, @RequestBody GovernanceJson.DecisionBody body) {
		boolean accepted = "accepted".equalsIgnoreCase(body.status());
		if (body.status() != null && !accepted && !"proposed".equalsIgnoreCase(body.status())) {
			throw new FieldProblem("status", "governance.decision.outcome.invalid");
		}
		DecisionView created = decisions.create(id, input(body), accepted);
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/decisions/" + created.id()))
			.eTag(ETags.of(created.version())).body(GovernanceJson.DecisionOut.of(created));
	}

	@GetMapping("/{did}")
	ResponseEntity<GovernanceJson.DecisionOut> get(@PathVariable long id, @PathVariable long did) {
		DecisionView d = decisions.get(id, did);
		return ResponseEntity.ok().eTag(ETags.of(d.version())).body(GovernanceJson.DecisionOut.of(d));
	}

	@PutMapping("/{did}")
	@Operation(summary = "Edit a proposal (partners, coordinators)")
	@ApiResponse(responseCode = "409", description = "The decision is no longer a proposal")
	ResponseEntity<GovernanceJson.DecisionOut> update(@PathVariable long id, @PathVariable long did,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.DecisionBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		DecisionView d = decisions.update(id, did, version, input(body));
		return ResponseEntity.ok().eTag(ETags.of(d.version())).body(GovernanceJson.DecisionOut.of(d));
	}

	@PostMapping("/{did}/status")
	@Operation(summary = "Accept or reject a proposal (partners, coordinators)", description = "status: accepted or rejected.")
	ResponseEntity<GovernanceJson.DecisionOut> decide(@PathVariable long id, @PathVariable long did,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.StatusBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		DecisionStatus outcome = DecisionStatus.parse(body.status())
			.orElseThrow(() -> new FieldProblem("status", "governance.decision.outcome.invalid"));
		DecisionView d = decisions.decide(id, did, version, outcome, body.decidedBy(), date(body.decidedOn()));
		return ResponseEntity.ok().eTag(ETags.of(d.version())).body(GovernanceJson.DecisionOut.of(d));
	}

	@PostMapping("/{did}/supersede")
	@Operation(summary = "Supersede an accepted decision with a new one (partners, coordinators)",
			description = "Creates the new, accepted decision (201) and marks the old one superseded; If-Match carries the old one's ETag.")
	ResponseEntity<GovernanceJson.DecisionOut> supersede(@PathVariable long id, @PathVariable long did,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.DecisionBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		DecisionView created = decisions.supersede(id, did, version, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/decisions/" + created.id()))
			.eTag(ETags.of(created.version())).body(GovernanceJson.DecisionOut.of(created));
	}

	@PostMapping("/{did}/implementation")
	@Operation(summary = "Record how far a decision has been carried out", description = "not-started, in-progress or done.")
	GovernanceJson.DecisionOut implementation(@PathVariable long id, @PathVariable long did,
			@RequestBody GovernanceJson.ImplementationBody body) {
		Implementation value = Implementation.parse(body.implementation())
			.orElseThrow(() -> new FieldProblem("implementation", "governance.decision.implementation.invalid"));
		return GovernanceJson.DecisionOut.of(decisions.setImplementation(id, did, value));
	}

	private static DecisionInput input(GovernanceJson.DecisionBody b) {
		return DecisionInput.parse(b.title(), b.context(), b.options() == null ? null : String.join("\n", b.options()),
				b.decision(), b.rationale(), b.preparedBy(), b.decidedBy(), b.consulted(), b.informed(), b.decidedOn(),
				b.escalationLevelId());
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new FieldProblem("decidedOn", "governance.date.invalid");
		}
	}
}
