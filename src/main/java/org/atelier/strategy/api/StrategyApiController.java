package org.atelier.strategy.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.shared.web.ETags;
import org.atelier.strategy.StatementDraft;
import org.atelier.strategy.StatementView;
import org.atelier.strategy.StrategyService;
import org.jspecify.annotations.Nullable;
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

/**
 * REST API for an atelier's vision, mission and strategy. Members read; coordinators write a new
 * revision with the current revision's ETag in If-Match; partners and coordinators endorse the
 * current revision and withdraw their endorsement.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/strategy")
@Tag(name = "Vision and mission", description = "Versioned vision, mission, strategy, first-year objectives "
		+ "and their endorsement by partners")
class StrategyApiController {

	private final StrategyService strategy;
	private final AtelierAccess access;

	StrategyApiController(StrategyService strategy, AtelierAccess access) {
		this.strategy = strategy;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The current revision", description = "With its objectives, endorsements and the partner "
			+ "members who have not endorsed it. Revision 0 (ETag \"0\") means nothing has been written yet.")
	@ApiResponse(responseCode = "404", description = "No such atelier, or the caller is not a member")
	ResponseEntity<StrategyJson.Statement> current(@PathVariable long id) {
		StrategyJson.Statement body = strategy.current(id)
			.map(v -> StrategyJson.Statement.of(v, strategy.endorsementStatus(id)))
			.orElseGet(StrategyJson.Statement::none);
		return ResponseEntity.ok().eTag(ETags.of(body.revision())).body(body);
	}

	@PutMapping
	@Operation(summary = "Write a new revision (coordinators)", description = "Earlier revisions are kept; the new "
			+ "one starts without endorsements. A request identical to the current revision writes nothing.")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	@ApiResponse(responseCode = "412", description = "Someone wrote a revision since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<StrategyJson.Statement> revise(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StrategyJson.Request body) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		int expected = (int) ETags.requireVersion(ifMatch);
		List<StatementDraft.ObjectiveDraft> rows = body.objectives() == null ? List.of()
				: body.objectives().stream()
					.map(o -> o == null ? new StatementDraft.ObjectiveDraft(null, null, null, null)
							: new StatementDraft.ObjectiveDraft(o.objective(), o.measure(), o.owner(), o.dueDate()))
					.toList();
		StatementView saved = strategy.revise(id, expected,
				new StatementDraft(body.vision(), body.mission(), body.strategy(), rows));
		return ResponseEntity.ok().eTag(ETags.of(saved.revision()))
			.body(StrategyJson.Statement.of(saved, strategy.endorsementStatus(id)));
	}

	@GetMapping("/versions")
	@Operation(summary = "Every revision, newest first", description = "Each with who wrote it, when, and its "
			+ "endorsements.")
	List<StrategyJson.Statement> versions(@PathVariable long id) {
		return strategy.revisions(id).stream().map(v -> StrategyJson.Statement.of(v, null)).toList();
	}

	@PostMapping("/endorsements")
	@Operation(summary = "Endorse the current revision (partners and coordinators)")
	@ApiResponse(responseCode = "201", description = "Endorsed")
	@ApiResponse(responseCode = "400", description = "The organisation is missing or too long")
	@ApiResponse(responseCode = "409", description = "Nothing written yet, or already endorsed by the caller")
	ResponseEntity<StrategyJson.Endorsement> endorse(@PathVariable long id,
			@RequestBody StrategyJson.EndorsementRequest body) {
		StatementView.EndorsementView e = strategy.endorse(id, body.organisation());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/strategy/endorsements/mine"))
			.body(new StrategyJson.Endorsement(e.username(), e.displayName(), e.organisation(), e.endorsedAt()));
	}

	@DeleteMapping("/endorsements/mine")
	@Operation(summary = "Withdraw the caller's endorsement of the current revision",
			description = "Answers 204 also when there was none.")
	@ApiResponse(responseCode = "204", description = "No endorsement of the caller remains")
	ResponseEntity<Void> withdraw(@PathVariable long id) {
		strategy.withdraw(id);
		return ResponseEntity.noContent().build();
	}
}
