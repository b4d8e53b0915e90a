package org.atelier.atelier.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for ateliers and their members. Reads answer 404 to non-members; writes need the
 * coordinator role (403 otherwise) and, for the atelier itself, the ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1/ateliers")
@Tag(name = "Ateliers", description = "Ateliers, their members and roles")
class AtelierApiController {

	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final AtelierAccess access;

	AtelierApiController(AtelierService ateliers, AtelierMembers members, AtelierAccess access) {
		this.ateliers = ateliers;
		this.members = members;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Ateliers the caller may see", description = "Members see their ateliers, administrators all.")
	List<AtelierJson.Summary> list(
			@Parameter(description = "Include archived ateliers") @RequestParam(defaultValue = "false") boolean archived) {
		return access.visible(archived).stream().map(AtelierJson.Summary::of).toList();
	}

	@PostMapping
	@Operation(summary = "Found an atelier", description = "The caller becomes its first coordinator.")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new atelier")
	@ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors")
	@ApiResponse(responseCode = "409", description = "An active atelier in the same city has this name")
	ResponseEntity<AtelierJson.Atelier> create(@RequestBody AtelierJson.Request body) {
		AtelierView created = ateliers.create(input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(AtelierJson.Atelier.of(created));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One atelier", description = "The ETag carries the version to send back in If-Match.")
	@ApiResponse(responseCode = "404", description = "No such atelier, or the caller is not a member")
	ResponseEntity<AtelierJson.Atelier> get(@PathVariable long id) {
		AtelierView view = ateliers.view(id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(AtelierJson.Atelier.of(view));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise an atelier (coordinators)")
	@ApiResponse(responseCode = "412", description = "Someone changed the atelier since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<AtelierJson.Atelier> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody AtelierJson.Request body) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		int version = (int) ETags.requireVersion(ifMatch);
		AtelierView updated = ateliers.update(id, version, input(body));
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(AtelierJson.Atelier.of(updated));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Archive an atelier (coordinators)", description = "The atelier becomes read-only; "
			+ "coordinators can restore it on its page.")
	@ApiResponse(responseCode = "204", description = "Archived")
	ResponseEntity<Void> archive(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		int version = (int) ETags.requireVersion(ifMatch);
		ateliers.archive(id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Restore an archived atelier (coordinators)")
	@ApiResponse(responseCode = "200", description = "Restored; the body is the atelier")
	@ApiResponse(responseCode = "409", description = "An active atelier in the same city now has this name")
	ResponseEntity<AtelierJson.Atelier> restore(@PathVariable long id) {
		ateliers.restore(id);
		AtelierView view = ateliers.view(id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(AtelierJson.Atelier.of(view));
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "Members of an atelier", description = "Members belong to the atelier record: the ETag "
			+ "is the atelier's, to send in If-Match when changing or removing a member.")
	ResponseEntity<List<AtelierJson.Member>> members(@PathVariable long id) {
		List<AtelierJson.Member> list = members.list(id).stream()
			.map(m -> new AtelierJson.Member(m.username(), m.displayName(), m.role().key(), m.joinedAt()))
			.toList();
		return ResponseEntity.ok().eTag(ETags.of(ateliers.view(id).version())).body(list);
	}

	@PutMapping("/{id}/members/{username}")
	@Operation(summary = "Change a member's role (coordinators)", description = "The last coordinator keeps the role.")
	@ApiResponse(responseCode = "204", description = "Changed")
	@ApiResponse(responseCode = "412", description = "The atelier or its members changed since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<Void> changeRole(@PathVariable long id, @PathVariable String username,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody AtelierJson.RoleRequest body) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		int version = (int) ETags.requireVersion(ifMatch);
		members.changeRole(id, username, body.role(), version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a member (coordinators)")
	@ApiResponse(responseCode = "201", description = "Added")
	@ApiResponse(responseCode = "400", description = "Unknown user name or role")
	@ApiResponse(responseCode = "409", description = "Already a member")
	ResponseEntity<AtelierJson.Member> addMember(@PathVariable long id, @RequestBody AtelierJson.MemberRequest body) {
		var added = members.add(id, body.username(), body.role());
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/members/" + added.username()))
			.body(new AtelierJson.Member(added.username(), added.displayName(), added.role().key(), added.joinedAt()));
	}

	@DeleteMapping("/{id}/members/{username}")
	@Operation(summary = "Remove a member (coordinators)", description = "The last coordinator cannot be removed.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "412", description = "The atelier or its members changed since the ETag was read")
	@ApiResponse(responseCode = "428", description = "If-Match is missing")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable String username,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		members.remove(id, username, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static AtelierInput input(AtelierJson.Request body) {
		return AtelierInput.parse(body.name(), body.city(), body.district(), body.theme(), body.challenge(),
				body.description(), body.startDate());
	}
}
