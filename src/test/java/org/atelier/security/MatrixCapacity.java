package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.capacity.CoreTeam;
import org.atelier.capacity.FundingSourceInput;
import org.atelier.capacity.FundingSources;
import org.atelier.capacity.SkillGapInput;
import org.atelier.capacity.TeamMemberInput;
import org.atelier.security.AuthorizationMatrixTest.Caller;

/**
 * Matrix rows of the capacity module: members read the team, skill gaps, funding sources and the
 * funding summary; partners and coordinators add, change and remove entries; observers get 403,
 * outsiders 404.
 */
final class MatrixCapacity {

	private MatrixCapacity() {
	}

	static void declare() {
		// --- pages
		page("GET", "/ateliers/{id}/capacity").path(s -> at(s, "")).expect(302, 404, 200, 200, 200, 200);

		page("GET", "/ateliers/{id}/capacity/team/new").path(s -> at(s, "/team/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/team").path(s -> at(s, "/team")).form(MatrixCapacity::teamForm)
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/capacity/team/{mid}/edit").path(s -> at(s, "/team/" + member(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/team/{mid}/edit").path(s -> at(s, "/team/" + member(s) + "/edit"))
			.form(s -> with(teamForm(s), "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/capacity/team/{mid}/delete").path(s -> at(s, "/team/" + member(s) + "/delete"))
			.form(s -> Map.of("version", "0")).expect(302, 404, 403, 302, 302, 302);

		page("GET", "/ateliers/{id}/capacity/gaps/new").path(s -> at(s, "/gaps/new")).expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/gaps").path(s -> at(s, "/gaps")).form(MatrixCapacity::gapForm)
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/capacity/gaps/{gid}/edit").path(s -> at(s, "/gaps/" + gap(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/gaps/{gid}/edit").path(s -> at(s, "/gaps/" + gap(s) + "/edit"))
			.form(s -> with(gapForm(s), "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/capacity/gaps/{gid}/delete").path(s -> at(s, "/gaps/" + gap(s) + "/delete"))
			.form(s -> Map.of("version", "0")).expect(302, 404, 403, 302, 302, 302);

		page("GET", "/ateliers/{id}/capacity/funding/new").path(s -> at(s, "/funding/new"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/funding").path(s -> at(s, "/funding")).form(MatrixCapacity::fundingForm)
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/capacity/funding/{sid}/edit").path(s -> at(s, "/funding/" + source(s) + "/edit"))
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/capacity/funding/{sid}/edit").path(s -> at(s, "/funding/" + source(s) + "/edit"))
			.form(s -> with(fundingForm(s), "version", "0")).expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/capacity/funding/{sid}/delete")
			.path(s -> at(s, "/funding/" + source(s) + "/delete")).form(s -> Map.of("version", "0"))
			.expect(302, 404, 403, 302, 302, 302);

		// --- API
		api("GET", "/api/v1/ateliers/{id}/team").path(s -> rest(s, "/team")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/team").path(s -> rest(s, "/team")).json(MatrixCapacity::teamJson)
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/team/{memberId}").path(s -> rest(s, "/team/" + member(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/team/{memberId}").path(s -> rest(s, "/team/" + member(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(MatrixCapacity::teamJson).expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/team/{memberId}").path(s -> rest(s, "/team/" + member(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).expect(401, 404, 403, 204, 204, 204);

		api("GET", "/api/v1/ateliers/{id}/skill-gaps").path(s -> rest(s, "/skill-gaps")).expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/skill-gaps").path(s -> rest(s, "/skill-gaps")).json(MatrixCapacity::gapJson)
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/skill-gaps/{gapId}").path(s -> rest(s, "/skill-gaps/" + gap(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/skill-gaps/{gapId}").path(s -> rest(s, "/skill-gaps/" + gap(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(MatrixCapacity::gapJson).expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/skill-gaps/{gapId}").path(s -> rest(s, "/skill-gaps/" + gap(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).expect(401, 404, 403, 204, 204, 204);

		api("GET", "/api/v1/ateliers/{id}/funding-sources").path(s -> rest(s, "/funding-sources"))
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/funding-sources").path(s -> rest(s, "/funding-sources"))
			.json(MatrixCapacity::fundingJson).expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/funding-sources/{sourceId}").path(s -> rest(s, "/funding-sources/" + source(s)))
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/funding-sources/{sourceId}").path(s -> rest(s, "/funding-sources/" + source(s)))
			.headers(s -> Map.of("If-Match", "\"0\"")).json(MatrixCapacity::fundingJson)
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/funding-sources/{sourceId}")
			.path(s -> rest(s, "/funding-sources/" + source(s))).headers(s -> Map.of("If-Match", "\"0\""))
			.expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/funding-summary").path(s -> rest(s, "/funding-summary"))
			.expect(401, 404, 200, 200, 200, 200);
	}

	private static String at(MatrixFixtures.Scene s, String rest) {
		return "/ateliers/" + s.atelier() + "/capacity" + rest;
	}

	private static String rest(MatrixFixtures.Scene s, String rest) {
		return "/api/v1/ateliers/" + s.atelier() + rest;
	}

	private static long coordinator(MatrixFixtures.Scene s) {
		return s.person(Caller.COORDINATOR).account().id();
	}

	private static Map<String, String> with(Map<String, String> form, String key, String value) {
		var copy = new java.util.HashMap<>(form);
		copy.put(key, value);
		return copy;
	}

	private static Map<String, String> teamForm(MatrixFixtures.Scene s) {
		return Map.of("memberId", String.valueOf(coordinator(s)), "role", "Matrix lead", "hoursPerWeek", "16",
				"start", "2026-01-01");
	}

	private static String teamJson(MatrixFixtures.Scene s) {
		return "{\"externalName\":\"Matrix Person\",\"role\":\"Matrix analyst\",\"hoursPerWeek\":8,\"start\":\"2026-01-01\"}";
	}

	private static Map<String, String> gapForm(MatrixFixtures.Scene s) {
		return Map.of("skill", "Matrix skill", "plan", "Matrix plan", "ownerId", String.valueOf(coordinator(s)), "due",
				"2027-03-01");
	}

	private static String gapJson(MatrixFixtures.Scene s) {
		return "{\"skill\":\"Matrix skill\",\"plan\":\"Matrix plan\",\"ownerId\":" + coordinator(s)
				+ ",\"due\":\"2027-03-01\"}";
	}

	private static Map<String, String> fundingForm(MatrixFixtures.Scene s) {
		return Map.of("type", "municipal-budget", "funder", "Matrix city", "amountPerYear", "50000", "start",
				"2026-01-01", "status", "committed");
	}

	private static String fundingJson(MatrixFixtures.Scene s) {
		return "{\"type\":\"programme-funding\",\"funder\":\"Matrix EU\",\"amountPerYear\":80000,"
				+ "\"start\":\"2026-01-01\",\"end\":\"2027-06-30\",\"status\":\"committed\"}";
	}

	private static long member(MatrixFixtures.Scene s) {
		return s.memo("capacity-member", () -> s.asCoordinator(() -> s.bean(CoreTeam.class).addMember(s.atelier(),
				TeamMemberInput.parse(coordinator(s), null, "Matrix lead", "20", "2026-01-01", null, null, null)).id()));
	}

	private static long gap(MatrixFixtures.Scene s) {
		return s.memo("capacity-gap", () -> s.asCoordinator(() -> s.bean(CoreTeam.class).addGap(s.atelier(),
				SkillGapInput.parse("Matrix skill", "Matrix plan", coordinator(s), "2027-03-01")).id()));
	}

	private static long source(MatrixFixtures.Scene s) {
		return s.memo("capacity-source", () -> s.asCoordinator(() -> s.bean(FundingSources.class).create(s.atelier(),
				FundingSourceInput.parse("municipal-budget", "Matrix city", "50000", "2026-01-01", null, "committed"))
			.id()));
	}
}
