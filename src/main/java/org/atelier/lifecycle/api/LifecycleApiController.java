package org.atelier.lifecycle.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.lifecycle.ChallengeInput;
import org.atelier.lifecycle.ChallengeStatements;
import org.atelier.lifecycle.ChallengeVersion;
import org.atelier.lifecycle.ConditionInput;
import org.atelier.lifecycle.ContextEntry;
import org.atelier.lifecycle.ContextInput;
import org.atelier.lifecycle.ContextMap;
import org.atelier.lifecycle.GateReviewInput;
import org.atelier.lifecycle.GateReviewView;
import org.atelier.lifecycle.GateReviews;
import org.atelier.lifecycle.NotReadyException;
import org.atelier.lifecycle.OperationalCondition;
import org.atelier.lifecycle.OperationalConditions;
import org.atelier.lifecycle.ReadinessCheck;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of an atelier's life cycle: readiness, gate reviews and the phase timeline, and the
 * Preconditions workbench (challenge statement, operational conditions, context map). Members
 * read; partners and coordinators write the workbench (with If-Match); coordinators record gate
 * reviews and validate the challenge statement.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}")
@Tag(name = "Lifecycle", description = "Readiness, gate reviews, phase timeline and the Preconditions workbench")
class LifecycleApiController {

	private final ReadinessCheck readiness;
	private final GateReviews reviews;
	private final ChallengeStatements challenges;
	private final OperationalConditions conditions;
	private final ContextMap contextMap;
	private final MessageSource messages;

	LifecycleApiController(ReadinessCheck readiness, GateReviews reviews, ChallengeStatements challenges,
			OperationalConditions conditions, ContextMap contextMap, MessageSource messages) {
		this.readiness = readiness;
		this.reviews = reviews;
		this.challenges = challenges;
		this.conditions = conditions;
		this.contextMap = contextMap;
		this.messages = messages;
	}

	@GetMapping("/readiness")
	@Operation(summary = "Readiness for the next phase", description = "Criteria nobody can measure yet are never met.")
	LifecycleJson.ReadinessBody readiness(@PathVariable long id) {
		return LifecycleJson.ReadinessBody.of(readiness.check(id));
	}

	@GetMapping("/gate-reviews")
	@Operation(summary = "Gate reviews, newest first, with the readiness snapshot of each")
	List<LifecycleJson.GateReviewBody> reviews(@PathVariable long id) {
		return reviews.history(id).stream().map(LifecycleJson.GateReviewBody::of).toList();
	}

	@PostMapping("/gate-reviews")
	@Operation(summary = "Record a gate review (coordinators)", description = "ADVANCE moves to the next phase, "
			+ "RETURN to the earlier targetPhase, HOLD keeps the phase. Advancing while not ready needs override.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	@ApiResponse(responseCode = "409", description = "Not ready and no override; unmet lists the criteria")
	ResponseEntity<LifecycleJson.GateReviewBody> record(@PathVariable long id,
			@RequestBody LifecycleJson.GateReviewRequest body) {
		GateReviewView review = reviews.record(id, GateReviewInput.parse(body.decision(), body.targetPhase(),
				body.decidedOn(), body.rationale(), Boolean.TRUE.equals(body.override()), body.participants(),
				body.otherParticipants()));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/gate-reviews/" + review.id()))
			.body(LifecycleJson.GateReviewBody.of(review));
	}

	@GetMapping("/phases")
	@Operation(summary = "Phase timeline", description = "Every phase entered, oldest first, with its gate review.")
	List<LifecycleJson.PhaseEntryBody> timeline(@PathVariable long id) {
		return reviews.timeline(id).stream().map(LifecycleJson.PhaseEntryBody::of).toList();
	}

	@GetMapping("/challenge-statement")
	@Operation(summary = "The latest challenge statement", description = "ETag: its version number, \"0\" before the first.")
	@ApiResponse(responseCode = "404", description = "None written yet (the ETag still says \"0\")")
	ResponseEntity<LifecycleJson.ChallengeBody> challenge(@PathVariable long id) {
		ChallengeVersion current = challenges.current(id).orElse(null);
		if (current == null) {
			throw new NotFoundException("challenge statement");
		}
		return ResponseEntity.ok().eTag(ETags.of(current.versionNo())).body(LifecycleJson.ChallengeBody.of(current));
	}

	@GetMapping("/challenge-statement/versions")
	@Operation(summary = "Every version of the challenge statement, newest first")
	List<LifecycleJson.ChallengeBody> challengeVersions(@PathVariable long id) {
		return challenges.versions(id).stream().map(LifecycleJson.ChallengeBody::of).toList();
	}

	@PutMapping("/challenge-statement")
	@Operation(summary = "Save a new version (partners, coordinators)", description = "If-Match: the version "
			+ "read, \"0\" for the first. A new version needs a new validation.")
	ResponseEntity<LifecycleJson.ChallengeBody> saveChallenge(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody LifecycleJson.ChallengeRequest body) {
		ChallengeInput input = new ChallengeInput(body.systemicIssue(), body.urgency(), body.boundaries());
		ChallengeVersion saved = challenges.save(id, (int) ETags.requireVersion(ifMatch), input);
		return ResponseEntity.ok().eTag(ETags.of(saved.versionNo())).body(LifecycleJson.ChallengeBody.of(saved));
	}

	@PostMapping("/challenge-statement/validation")
	@Operation(summary = "Validate the latest version (coordinators)", description = "If-Match: the version validated.")
	ResponseEntity<LifecycleJson.ChallengeBody> validate(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ChallengeVersion v = challenges.validate(id, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(v.versionNo())).body(LifecycleJson.ChallengeBody.of(v));
	}

	@GetMapping("/operational-conditions")
	@Operation(summary = "The operational-conditions checklist", description = "Each item carries its version for If-Match.")
	List<LifecycleJson.ConditionBody> conditions(@PathVariable long id) {
		return conditions.list(id).stream().map(LifecycleJson.ConditionBody::of).toList();
	}

	@PostMapping("/operational-conditions")
	@Operation(summary = "Add a custom item (partners, coordinators)")
	ResponseEntity<LifecycleJson.ConditionBody> addCondition(@PathVariable long id,
			@RequestBody LifecycleJson.NewConditionRequest body) {
		OperationalCondition added = conditions.add(id, body.label() == null ? "" : body.label());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/operational-conditions/" + added.key()))
			.eTag(ETags.of(added.version())).body(LifecycleJson.ConditionBody.of(added));
	}

	@PutMapping("/operational-conditions/{key}")
	@Operation(summary = "Change an item (partners, coordinators)", description = "If-Match: the item's version, "
			+ "\"0\" for a standard item never saved.")
	ResponseEntity<LifecycleJson.ConditionBody> updateCondition(@PathVariable long id, @PathVariable String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody LifecycleJson.ConditionRequest body) {
		int version = (int) ETags.requireVersion(ifMatch);
		ConditionInput input = ConditionInput.parse(body.status(), body.owner() == null ? null : body.owner().toString(),
				body.evidence());
		OperationalCondition saved = conditions.update(id, key, version, input);
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(LifecycleJson.ConditionBody.of(saved));
	}

	@GetMapping("/context-map")
	@Operation(summary = "The context map's entries, by domain")
	List<LifecycleJson.ContextBody> contextMap(@PathVariable long id) {
		return contextMap.entries(id).stream().map(LifecycleJson.ContextBody::of).toList();
	}

	@PostMapping("/context-map")
	@Operation(summary = "Add an entry (partners, coordinators)")
	ResponseEntity<LifecycleJson.ContextBody> addEntry(@PathVariable long id, @RequestBody LifecycleJson.ContextRequest body) {
		ContextEntry e = contextMap.add(id, ContextInput.parse(body.domain(), body.description(), body.actors()));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/context-map/" + e.id()))
			.eTag(ETags.of(e.version())).body(LifecycleJson.ContextBody.of(e));
	}

	@PutMapping("/context-map/{entryId}")
	@Operation(summary = "Change an entry (partners, coordinators)")
	ResponseEntity<LifecycleJson.ContextBody> updateEntry(@PathVariable long id, @PathVariable long entryId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody LifecycleJson.ContextRequest body) {
		int version = (int) ETags.requireVersion(ifMatch);
		ContextEntry e = contextMap.update(id, entryId, version,
				ContextInput.parse(body.domain(), body.description(), body.actors()));
		return ResponseEntity.ok().eTag(ETags.of(e.version())).body(LifecycleJson.ContextBody.of(e));
	}

	@DeleteMapping("/context-map/{entryId}")
	@Operation(summary = "Remove an entry (partners, coordinators)")
	ResponseEntity<Void> removeEntry(@PathVariable long id, @PathVariable long entryId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		contextMap.remove(id, entryId, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** 409 that lists the unmet criteria, so a client can show what is missing. */
	@ExceptionHandler(NotReadyException.class)
	ResponseEntity<ProblemDetail> notReady(NotReadyException e) {
		String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setProperty("unmet", e.unmet().stream()
			.map(c -> Map.of("key", c.key(), "label", c.label(), "measurable", c.measurable(), "detail", c.detail()))
			.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
