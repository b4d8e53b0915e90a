package org.atelier.stakeholder.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.shared.web.ETags;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.StakeholderView;
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
 * REST API of an atelier's stakeholder register. Members read (404 for anyone else); partners and
 * coordinators write (403 for observers). Revising and removing need the ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1/ateliers/{id}/stakeholders")
@Tag(name = "Stakeholders", description = "The organisations around an atelier's challenge and their commitment")
class StakeholderApiController {

	private final StakeholderRegister register;
	private final AtelierAccess access;

	StakeholderApiController(StakeholderRegister register, AtelierAccess access) {
		this.register = register;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The atelier's stakeholder register, by name",
			description = "With asOf (an ISO instant such as 2026-10-01T00:00:00Z): the organisations as the maps showed them then "
					+ "(scores, salience, engagement, commitment, name and type; texts, history and value propositions are left out).")
	List<StakeholderJson.Stakeholder> list(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String asOf) {
		java.time.Instant at = AsOf.parse(asOf);
		return (at == null ? register.list(id) : register.listAsOf(id, at)).stream().map(StakeholderJson.Stakeholder::of)
			.toList();
	}

	@PostMapping
	@Operation(summary = "Add an organisation (partners, coordinators)", description = "Its commitment starts as identified.")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new organisation")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	ResponseEntity<StakeholderJson.Stakeholder> create(@PathVariable long id,
			@RequestBody StakeholderJson.Request body) {
		StakeholderView created = register.create(id, body.input());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/stakeholders/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(StakeholderJson.Stakeholder.of(created));
	}

	@GetMapping("/{sid}")
	@Operation(summary = "One organisation", description = "The ETag carries the version to send back in If-Match.")
	ResponseEntity<StakeholderJson.Stakeholder> get(@PathVariable long id, @PathVariable long sid) {
		StakeholderView view = register.view(id, sid);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(StakeholderJson.Stakeholder.of(view));
	}

	@PutMapping("/{sid}")
	@Operation(summary = "Revise an organisation (partners, coordinators)")
	@ApiResponse(responseCode = "412", description = "Someone changed it since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<StakeholderJson.Stakeholder> update(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StakeholderJson.Request body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		StakeholderView updated = register.update(id, sid, version, body.input());
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(StakeholderJson.Stakeholder.of(updated));
	}

	@DeleteMapping("/{sid}")
	@Operation(summary = "Remove an organisation (partners, coordinators)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "412", description = "Someone changed it since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		access.requireEditable(id, AtelierRole.PARTNER);
		register.delete(id, sid, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{sid}/commitment")
	@Operation(summary = "The organisation's commitment history, oldest first")
	List<StakeholderJson.Commitment> history(@PathVariable long id, @PathVariable long sid) {
		return register.view(id, sid).history().stream().map(StakeholderJson.Commitment::of).toList();
	}

	@PostMapping("/{sid}/commitment")
	@Operation(summary = "Move the commitment (partners, coordinators)", description = "Dated and attributed to the "
			+ "caller. If-Match is optional; when sent it must name the current version.")
	@ApiResponse(responseCode = "201", description = "Recorded; the body is the new step of the history")
	@ApiResponse(responseCode = "400", description = "Unknown status")
	@ApiResponse(responseCode = "409", description = "The commitment cannot move from its status to this one")
	ResponseEntity<StakeholderJson.Commitment> transition(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StakeholderJson.Transition body) {
		Integer version = ifMatch == null || ifMatch.isBlank() ? null : (int) ETags.requireVersion(ifMatch);
		StakeholderView moved = register.changeCommitment(id, sid, body.status(), body.note(), version);
		var step = moved.history().getLast();
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/stakeholders/" + sid + "/commitment"))
			.eTag(ETags.of(moved.version()))
			.body(StakeholderJson.Commitment.of(step));
	}

	@GetMapping("/{sid}/contacts")
	@Operation(summary = "The organisation's contact persons", description = "Erased contacts stay listed without personal data.")
	List<StakeholderJson.Contact> contacts(@PathVariable long id, @PathVariable long sid) {
		return register.contacts(id, sid).stream().map(StakeholderJson.Contact::of).toList();
	}

	@PostMapping("/{sid}/contacts")
	@Operation(summary = "Record a contact person (partners, coordinators)")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	ResponseEntity<StakeholderJson.Contact> addContact(@PathVariable long id, @PathVariable long sid,
			@RequestBody StakeholderJson.ContactRequest body) {
		var added = register.addContact(id, sid, body.name(), body.jobTitle(), body.email(), body.phone(), body.legalBasis());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/stakeholders/" + sid + "/contacts/" + added.id()))
			.body(StakeholderJson.Contact.of(added));
	}

	@GetMapping("/{sid}/contacts/{cid}")
	@Operation(summary = "One contact person", description = "The ETag carries the version to send back in If-Match.")
	ResponseEntity<StakeholderJson.Contact> contact(@PathVariable long id, @PathVariable long sid, @PathVariable long cid) {
		var contact = register.contact(id, sid, cid);
		return ResponseEntity.ok().eTag(ETags.of(contact.version())).body(StakeholderJson.Contact.of(contact));
	}

	@PutMapping("/{sid}/contacts/{cid}")
	@Operation(summary = "Correct a contact person's details (partners, coordinators)")
	@ApiResponse(responseCode = "409", description = "The contact was erased")
	@ApiResponse(responseCode = "412", description = "Someone changed it since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<StakeholderJson.Contact> reviseContact(@PathVariable long id, @PathVariable long sid,
			@PathVariable long cid, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StakeholderJson.ContactRequest body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		var revised = register.reviseContact(id, sid, cid, version, body.name(), body.jobTitle(), body.email(),
				body.phone(), body.legalBasis());
		return ResponseEntity.ok().eTag(ETags.of(revised.version())).body(StakeholderJson.Contact.of(revised));
	}

	@PostMapping("/{sid}/contacts/{cid}/erase")
	@Operation(summary = "Erase a contact person (partners, coordinators)", description = "Removes name, job title, "
			+ "e-mail and phone for good; the record remains as an erased contact.")
	@ApiResponse(responseCode = "200", description = "Erased; the body is what remains")
	@ApiResponse(responseCode = "409", description = "Already erased")
	StakeholderJson.Contact erase(@PathVariable long id, @PathVariable long sid, @PathVariable long cid) {
		return StakeholderJson.Contact.of(register.eraseContact(id, sid, cid));
	}

	@GetMapping("/{sid}/value-proposition")
	@Operation(summary = "What the organisation gains and expects", description = "404 while none is recorded; "
			+ "the ETag is the organisation's version.")
	ResponseEntity<StakeholderJson.Value> value(@PathVariable long id, @PathVariable long sid) {
		StakeholderView view = register.view(id, sid);
		StakeholderJson.Value value = StakeholderJson.Value.of(view.valueProposition());
		if (value == null) {
			throw new org.atelier.shared.NotFoundException("value-proposition");
		}
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(value);
	}

	@PutMapping("/{sid}/value-proposition")
	@Operation(summary = "Record or replace the value proposition (partners, coordinators)")
	@ApiResponse(responseCode = "412", description = "The organisation changed since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<StakeholderJson.Value> propose(@PathVariable long id, @PathVariable long sid,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StakeholderJson.Value body) {
		access.requireEditable(id, AtelierRole.PARTNER);
		int version = (int) ETags.requireVersion(ifMatch);
		StakeholderView saved = register.propose(id, sid, version, body.proposition());
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(StakeholderJson.Value.of(saved.valueProposition()));
	}
}
