package org.atelier.governance.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.governance.EscalationLevel;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.GovernanceRole;
import org.atelier.governance.Mandate;
import org.atelier.governance.RaciMatrix;
import org.atelier.governance.RaciRow;
import org.atelier.governance.RoleInput;
import org.atelier.governance.StrategyLink;
import org.atelier.shared.web.ETags;
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
 * REST API of an atelier's governance arrangement: mandate, roles, escalation levels, strategies
 * served and the RACI matrix. Members read (404 for anyone else); partners and coordinators
 * change (403 for observers); changing one record needs its ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}")
@Tag(name = "Governance", description = "Mandate, roles, escalation route, strategies served and RACI matrix")
class GovernanceApiController {

	private final GovernanceRecords records;
	private final RaciMatrix raci;
	private final AtelierAccess access;

	GovernanceApiController(GovernanceRecords records, RaciMatrix raci, AtelierAccess access) {
		this.records = records;
		this.raci = raci;
		this.access = access;
	}

	@GetMapping("/mandate")
	@Operation(summary = "The atelier's mandate", description = "ETag \"0\" while none is written.")
	ResponseEntity<GovernanceJson.MandateOut> mandate(@PathVariable long id) {
		Mandate m = records.mandate(id);
		return ResponseEntity.ok().eTag(ETags.of(m.version())).body(new GovernanceJson.MandateOut(m.text(), m.recorded()));
	}

	@PutMapping("/mandate")
	@Operation(summary = "Write the mandate (partners, coordinators)", description = "If-Match \"0\" writes the first one.")
	@ApiResponse(responseCode = "412", description = "Changed since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<GovernanceJson.MandateOut> saveMandate(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.MandateBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		Mandate m = records.saveMandate(id, (int) ETags.requireVersion(ifMatch), body.mandate());
		return ResponseEntity.ok().eTag(ETags.of(m.version())).body(new GovernanceJson.MandateOut(m.text(), m.recorded()));
	}

	// --- roles

	@GetMapping("/roles")
	@Operation(summary = "Roles with their expiry and single-point-of-failure flags")
	List<GovernanceJson.RoleOut> roles(@PathVariable long id) {
		return records.roles(id).stream().map(GovernanceJson.RoleOut::of).toList();
	}

	@PostMapping("/roles")
	@Operation(summary = "Add a role (partners, coordinators)",
			description = "kind: facilitator, chair, decision-maker, coordinator, secretary or custom (with customName); "
					+ "held by a member (memberUsername) or a named person (holderName).")
	ResponseEntity<GovernanceJson.RoleOut> addRole(@PathVariable long id, @RequestBody GovernanceJson.RoleBody body) {
		GovernanceRole created = records.addRole(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/roles/" + created.id()))
			.eTag(ETags.of(created.version())).body(GovernanceJson.RoleOut.of(created));
	}

	@GetMapping("/roles/{roleId}")
	ResponseEntity<GovernanceJson.RoleOut> role(@PathVariable long id, @PathVariable long roleId) {
		GovernanceRole role = records.role(id, roleId);
		return ResponseEntity.ok().eTag(ETags.of(role.version())).body(GovernanceJson.RoleOut.of(role));
	}

	@PutMapping("/roles/{roleId}")
	@Operation(summary = "Change a role (partners, coordinators)")
	ResponseEntity<GovernanceJson.RoleOut> updateRole(@PathVariable long id, @PathVariable long roleId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.RoleBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		GovernanceRole updated = records.updateRole(id, roleId, version, input(body));
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(GovernanceJson.RoleOut.of(updated));
	}

	@DeleteMapping("/roles/{roleId}")
	ResponseEntity<Void> removeRole(@PathVariable long id, @PathVariable long roleId) {
		records.removeRole(id, roleId);
		return ResponseEntity.noContent().build();
	}

	private static RoleInput input(GovernanceJson.RoleBody b) {
		return RoleInput.parse(b.kind(), b.customName(), b.memberUsername(), b.holderName(), b.contactId(),
				Boolean.TRUE.equals(b.deputy()), b.mandate(), b.startsOn(), b.endsOn());
	}

	// --- escalation levels

	@GetMapping("/escalation-levels")
	@Operation(summary = "The escalation route, lowest level first")
	List<EscalationLevel> levels(@PathVariable long id) {
		return records.levels(id);
	}

	@PostMapping("/escalation-levels")
	@Operation(summary = "Add a level on top of the route (partners, coordinators)")
	ResponseEntity<EscalationLevel> addLevel(@PathVariable long id, @RequestBody GovernanceJson.LevelBody body) {
		EscalationLevel created = records.addLevel(id, body.name(), body.seats(), body.scope());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/escalation-levels/" + created.id()))
			.eTag(ETags.of(created.version())).body(created);
	}

	@PutMapping("/escalation-levels/{levelId}")
	@Operation(summary = "Change a level (partners, coordinators)",
			description = "With \"move\": \"up\" or \"down\" the level changes place instead.")
	ResponseEntity<EscalationLevel> updateLevel(@PathVariable long id, @PathVariable long levelId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.LevelBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		EscalationLevel level;
		if (body.move() != null) {
			if (records.level(id, levelId).version() != version) {
				throw new org.springframework.dao.OptimisticLockingFailureException("level changed meanwhile");
			}
			records.moveLevel(id, levelId, "up".equals(body.move()));
			level = records.level(id, levelId);
		}
		else {
			level = records.updateLevel(id, levelId, version, body.name(), body.seats(), body.scope());
		}
		return ResponseEntity.ok().eTag(ETags.of(level.version())).body(level);
	}

	@DeleteMapping("/escalation-levels/{levelId}")
	ResponseEntity<Void> removeLevel(@PathVariable long id, @PathVariable long levelId) {
		records.removeLevel(id, levelId);
		return ResponseEntity.noContent().build();
	}

	// --- strategies served

	@GetMapping("/strategy-links")
	@Operation(summary = "Municipal strategies and programmes the atelier serves")
	List<StrategyLink> links(@PathVariable long id) {
		return records.strategyLinks(id);
	}

	@PostMapping("/strategy-links")
	ResponseEntity<StrategyLink> addLink(@PathVariable long id, @RequestBody GovernanceJson.LinkBody body) {
		StrategyLink created = records.addStrategyLink(id, body.title(), body.owner(), body.url());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/strategy-links/" + created.id()))
			.body(created);
	}

	@DeleteMapping("/strategy-links/{linkId}")
	ResponseEntity<Void> removeLink(@PathVariable long id, @PathVariable long linkId) {
		records.removeStrategyLink(id, linkId);
		return ResponseEntity.noContent().build();
	}

	// --- RACI

	@GetMapping("/raci")
	@Operation(summary = "The RACI matrix; each row says whether it keeps the rules and which it breaks")
	List<GovernanceJson.RaciOut> raci(@PathVariable long id) {
		return raci.rows(id).stream().map(GovernanceJson.RaciOut::of).toList();
	}

	@PostMapping("/raci")
	@Operation(summary = "Add a responsibility (partners, coordinators)",
			description = "assignments maps a party's name to R, A, C or I. Rows breaking the rules are kept and flagged.")
	ResponseEntity<GovernanceJson.RaciOut> addRow(@PathVariable long id, @RequestBody GovernanceJson.RaciBody body) {
		RaciRow row = raci.addRow(id, body.responsibility(), assignments(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/raci/" + row.id()))
			.eTag(ETags.of(row.version())).body(GovernanceJson.RaciOut.of(row));
	}

	@PutMapping("/raci/{rowId}")
	ResponseEntity<GovernanceJson.RaciOut> updateRow(@PathVariable long id, @PathVariable long rowId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody GovernanceJson.RaciBody body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		RaciRow row = raci.updateRow(id, rowId, version, body.responsibility(), assignments(body));
		return ResponseEntity.ok().eTag(ETags.of(row.version())).body(GovernanceJson.RaciOut.of(row));
	}

	@DeleteMapping("/raci/{rowId}")
	ResponseEntity<Void> removeRow(@PathVariable long id, @PathVariable long rowId) {
		raci.removeRow(id, rowId);
		return ResponseEntity.noContent().build();
	}

	private static Map<String, String> assignments(GovernanceJson.RaciBody body) {
		return body.assignments() == null ? Map.of() : body.assignments();
	}
}
