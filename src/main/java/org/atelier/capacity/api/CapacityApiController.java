package org.atelier.capacity.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atelier.capacity.CoreTeam;
import org.atelier.capacity.FundingOutlook;
import org.atelier.capacity.FundingSourceInput;
import org.atelier.capacity.FundingSourceView;
import org.atelier.capacity.FundingSources;
import org.atelier.capacity.FundingWarnings;
import org.atelier.capacity.SkillGapInput;
import org.atelier.capacity.SkillGapView;
import org.atelier.capacity.TeamMemberInput;
import org.atelier.capacity.TeamMemberView;
import org.atelier.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** REST API of an atelier's core team, skill gaps, funding sources and funding summary. */
@RestController
@Tag(name = "Capacity and funding", description = "Core team and FTE, skill gaps, funding sources, runway and warnings")
class CapacityApiController {

	private final CoreTeam team;
	private final FundingSources funding;
	private final FundingOutlook outlook;
	private final MessageSource messages;

	CapacityApiController(CoreTeam team, FundingSources funding, FundingOutlook outlook, MessageSource messages) {
		this.team = team;
		this.funding = funding;
		this.outlook = outlook;
		this.messages = messages;
	}

	// --- team

	@GetMapping("/api/v1/ateliers/{id}/team")
	@Operation(summary = "The core team with its FTE",
			description = "FTE = weekly hours of people active today / fteHours (atelier.capacity.fte-hours). "
					+ "singleHolder marks a role held by one active person without a deputy.")
	CapacityJson.TeamOut team(@PathVariable long id) {
		return CapacityJson.TeamOut.of(team.team(id));
	}

	@PostMapping("/api/v1/ateliers/{id}/team")
	@Operation(summary = "Add a role entry (partners, coordinators)",
			description = "memberId (a member) or externalName; hoursPerWeek 0..80; end not before start.")
	ResponseEntity<CapacityJson.TeamMemberOut> addMember(@PathVariable long id,
			@RequestBody CapacityJson.TeamMemberBody body) {
		TeamMemberView created = team.addMember(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/team/" + created.id()))
			.eTag(ETags.of(created.version())).body(CapacityJson.TeamMemberOut.of(created));
	}

	@GetMapping("/api/v1/ateliers/{id}/team/{memberId}")
	ResponseEntity<CapacityJson.TeamMemberOut> member(@PathVariable long id, @PathVariable long memberId) {
		return member(team.member(id, memberId));
	}

	@PutMapping("/api/v1/ateliers/{id}/team/{memberId}")
	@Operation(summary = "Change a role entry (partners, coordinators); If-Match required")
	ResponseEntity<CapacityJson.TeamMemberOut> updateMember(@PathVariable long id, @PathVariable long memberId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CapacityJson.TeamMemberBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return member(team.updateMember(id, memberId, version, input(body)));
	}

	@DeleteMapping("/api/v1/ateliers/{id}/team/{memberId}")
	@Operation(summary = "Remove a role entry (partners, coordinators); If-Match required")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		team.removeMember(id, memberId, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	// --- skill gaps

	@GetMapping("/api/v1/ateliers/{id}/skill-gaps")
	@Operation(summary = "The skill gaps by due date")
	List<CapacityJson.SkillGapOut> gaps(@PathVariable long id) {
		return team.gaps(id).stream().map(CapacityJson.SkillGapOut::of).toList();
	}

	@PostMapping("/api/v1/ateliers/{id}/skill-gaps")
	@Operation(summary = "Record a skill gap (partners, coordinators)", description = "ownerId must be a member.")
	ResponseEntity<CapacityJson.SkillGapOut> addGap(@PathVariable long id, @RequestBody CapacityJson.SkillGapBody body) {
		SkillGapView created = team.addGap(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/skill-gaps/" + created.id()))
			.eTag(ETags.of(created.version())).body(CapacityJson.SkillGapOut.of(created));
	}

	@GetMapping("/api/v1/ateliers/{id}/skill-gaps/{gapId}")
	ResponseEntity<CapacityJson.SkillGapOut> gap(@PathVariable long id, @PathVariable long gapId) {
		return gap(team.gap(id, gapId));
	}

	@PutMapping("/api/v1/ateliers/{id}/skill-gaps/{gapId}")
	@Operation(summary = "Change a skill gap (partners, coordinators); If-Match required")
	ResponseEntity<CapacityJson.SkillGapOut> updateGap(@PathVariable long id, @PathVariable long gapId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CapacityJson.SkillGapBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return gap(team.updateGap(id, gapId, version, input(body)));
	}

	@DeleteMapping("/api/v1/ateliers/{id}/skill-gaps/{gapId}")
	@Operation(summary = "Remove a skill gap (partners, coordinators); If-Match required")
	ResponseEntity<Void> removeGap(@PathVariable long id, @PathVariable long gapId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		team.removeGap(id, gapId, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	// --- funding

	@GetMapping("/api/v1/ateliers/{id}/funding-sources")
	@Operation(summary = "The funding sources by start date")
	List<CapacityJson.FundingSourceOut> sources(@PathVariable long id) {
		return funding.list(id).stream().map(CapacityJson.FundingSourceOut::of).toList();
	}

	@PostMapping("/api/v1/ateliers/{id}/funding-sources")
	@Operation(summary = "Record a funding source (partners, coordinators)",
			description = "type: municipal-budget, programme-funding, public-private-partnership, service-contributions, "
					+ "in-kind; status: expected, committed, received; amountPerYear in euros, 0 or more; end optional.")
	ResponseEntity<CapacityJson.FundingSourceOut> addSource(@PathVariable long id,
			@RequestBody CapacityJson.FundingSourceBody body) {
		FundingSourceView created = funding.create(id, input(body));
		return ResponseEntity.created(URI.create("/api/v1/ateliers/" + id + "/funding-sources/" + created.id()))
			.eTag(ETags.of(created.version())).body(CapacityJson.FundingSourceOut.of(created));
	}

	@GetMapping("/api/v1/ateliers/{id}/funding-sources/{sourceId}")
	ResponseEntity<CapacityJson.FundingSourceOut> source(@PathVariable long id, @PathVariable long sourceId) {
		return source(funding.get(id, sourceId));
	}

	@PutMapping("/api/v1/ateliers/{id}/funding-sources/{sourceId}")
	@Operation(summary = "Change a funding source (partners, coordinators); If-Match required")
	ResponseEntity<CapacityJson.FundingSourceOut> updateSource(@PathVariable long id, @PathVariable long sourceId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CapacityJson.FundingSourceBody body) {
		int version = (int) ETags.requireVersion(ifMatch);
		return source(funding.update(id, sourceId, version, input(body)));
	}

	@DeleteMapping("/api/v1/ateliers/{id}/funding-sources/{sourceId}")
	@Operation(summary = "Remove a funding source (partners, coordinators); If-Match required")
	ResponseEntity<Void> removeSource(@PathVariable long id, @PathVariable long sourceId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		funding.delete(id, sourceId, (int) ETags.requireVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/ateliers/{id}/funding-summary")
	@Operation(summary = "Runway, next year's funding, HHI and warnings",
			description = "Twelve quarters from the current one, stacked by type (firm and expected apart), pro-rata by "
					+ "days. HHI = sum of squared shares of next year's firm funding per source. Warnings (firm money "
					+ "only): concentration when one source > 60% of next year's funding; cliff when >= 50% of current "
					+ "annual funding ends within twelve months.")
	CapacityJson.SummaryOut summary(@PathVariable long id, Locale locale) {
		var o = outlook.outlook(id);
		return CapacityJson.SummaryOut.of(o, FundingWarnings.of(o, messages, locale).stream()
			.map(w -> new CapacityJson.WarningOut(w.code(), w.message())).toList());
	}

	private static ResponseEntity<CapacityJson.TeamMemberOut> member(TeamMemberView v) {
		return ResponseEntity.ok().eTag(ETags.of(v.version())).body(CapacityJson.TeamMemberOut.of(v));
	}

	private static ResponseEntity<CapacityJson.SkillGapOut> gap(SkillGapView v) {
		return ResponseEntity.ok().eTag(ETags.of(v.version())).body(CapacityJson.SkillGapOut.of(v));
	}

	private static ResponseEntity<CapacityJson.FundingSourceOut> source(FundingSourceView v) {
		return ResponseEntity.ok().eTag(ETags.of(v.version())).body(CapacityJson.FundingSourceOut.of(v));
	}

	private static TeamMemberInput input(CapacityJson.TeamMemberBody b) {
		return TeamMemberInput.parse(b.memberId(), b.externalName(), b.role(), plain(b.hoursPerWeek()), b.start(),
				b.end(), b.deputy(), b.handoverNotes());
	}

	private static SkillGapInput input(CapacityJson.SkillGapBody b) {
		return SkillGapInput.parse(b.skill(), b.plan(), b.ownerId(), b.due());
	}

	private static FundingSourceInput input(CapacityJson.FundingSourceBody b) {
		return FundingSourceInput.parse(b.type(), b.funder(), plain(b.amountPerYear()), b.start(), b.end(), b.status());
	}

	private static @Nullable String plain(java.math.@Nullable BigDecimal n) {
		return n == null ? null : n.toPlainString();
	}
}
