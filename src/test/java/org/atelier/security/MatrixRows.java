package org.atelier.security;

import static org.atelier.security.AuthorizationMatrixTest.Matrix.api;
import static org.atelier.security.AuthorizationMatrixTest.Matrix.page;

import java.util.Map;

import org.atelier.security.AuthorizationMatrixTest.Caller;
import org.atelier.testsupport.TestUsers;

/**
 * The rows of the authorization matrix, one per request mapping. Columns: anonymous, non-member,
 * observer, partner, coordinator, administrator. Pages send anonymous callers to the sign-in
 * page (302); the API answers them 401. Successful page posts redirect (302).
 */
final class MatrixRows {

	private MatrixRows() {
	}

	static void declare() {
		// --- framework and public pages
		page("ANY", "/error").notCalled("error dispatch of the servlet container; rendered, never called directly");
		page("GET", "/login").expect(200, 302, 302, 302, 302, 302);
		page("GET", "/v3/api-docs").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/v3/api-docs.yaml").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/v3/api-docs/swagger-config").expect(200, 200, 200, 200, 200, 200);
		page("GET", "/swagger-ui.html").expect(302, 302, 302, 302, 302, 302);

		// --- home
		page("GET", "/").expect(302, 200, 200, 200, 200, 200);

		// --- method catalogue (everyone signed in reads it)
		page("GET", "/method").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/method/phases/{key}").path(s -> "/method/phases/maturing").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/method/blocks/{key}").path(s -> "/method/blocks/value-proposition")
			.expect(302, 200, 200, 200, 200, 200);
		api("GET", "/api/v1/method").expect(401, 200, 200, 200, 200, 200);

		// --- ateliers: pages
		page("GET", "/ateliers").expect(302, 200, 200, 200, 200, 200);
		page("GET", "/ateliers/new").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/ateliers").form(s -> Map.of("name", s.unique("Matrix new"), "city", "Matrixstad", "theme", "ENERGY"))
			.expect(302, 302, 302, 302, 302, 302);
		page("GET", "/ateliers/{id}").path(s -> "/ateliers/" + s.atelier()).expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/edit").path(s -> "/ateliers/" + s.atelier() + "/edit")
			.expect(302, 404, 403, 403, 200, 200);
		page("POST", "/ateliers/{id}/edit").path(s -> "/ateliers/" + s.atelier() + "/edit")
			.form(s -> Map.of("name", s.unique("Matrix renamed"), "city", "Matrixstad", "theme", "MOBILITY",
					"version", String.valueOf(s.atelierVersion())))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/history").path(s -> "/ateliers/" + s.atelier() + "/history")
			.expect(302, 404, 403, 403, 200, 200);
		page("GET", "/ateliers/{id}/members").path(s -> "/ateliers/" + s.atelier() + "/members")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/archive").path(s -> "/ateliers/" + s.atelier() + "/archive")
			.expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/restore").path(s -> "/ateliers/" + s.archivedAtelier() + "/restore")
			.expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/members").path(s -> "/ateliers/" + s.atelier() + "/members")
			.form(s -> Map.of("username", s.victimUsername(), "role", "PARTNER"))
			.expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/members/{userId}/role")
			.path(s -> "/ateliers/" + s.atelier() + "/members/" + s.person(Caller.PARTNER).id() + "/role")
			.form(s -> Map.of("role", "OBSERVER", "version", String.valueOf(s.atelierVersion())))
			.expect(302, 404, 403, 403, 302, 302);
		page("POST", "/ateliers/{id}/members/{userId}/remove")
			.path(s -> "/ateliers/" + s.atelier() + "/members/" + s.person(Caller.PARTNER).id() + "/remove")
			.expect(302, 404, 403, 403, 302, 302);

		// --- ateliers: API
		api("GET", "/api/v1/ateliers").expect(401, 200, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers")
			.json(s -> "{\"name\":\"" + s.unique("Matrix api") + "\",\"city\":\"Matrixstad\",\"theme\":\"energy\"}")
			.expect(401, 201, 201, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}").path(s -> "/api/v1/ateliers/" + s.atelier()).expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}").path(s -> "/api/v1/ateliers/" + s.atelier())
			.headers(s -> Map.of("If-Match", "\"" + s.atelierVersion() + "\""))
			.json(s -> "{\"name\":\"" + s.unique("Matrix put") + "\",\"city\":\"Matrixstad\",\"theme\":\"circular\"}")
			.expect(401, 404, 403, 403, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}").path(s -> "/api/v1/ateliers/" + s.atelier())
			.headers(s -> Map.of("If-Match", "\"" + s.atelierVersion() + "\""))
			.expect(401, 404, 403, 403, 204, 204);
		api("POST", "/api/v1/ateliers/{id}/restore").path(s -> "/api/v1/ateliers/" + s.archivedAtelier() + "/restore")
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/members").path(s -> "/api/v1/ateliers/" + s.atelier() + "/members")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/members").path(s -> "/api/v1/ateliers/" + s.atelier() + "/members")
			.json(s -> "{\"username\":\"" + s.victimUsername() + "\",\"role\":\"observer\"}")
			.expect(401, 404, 403, 403, 201, 201);
		api("PUT", "/api/v1/ateliers/{id}/members/{username}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/members/" + s.person(Caller.PARTNER).username())
			.headers(s -> Map.of("If-Match", "\"" + s.atelierVersion() + "\""))
			.json(s -> "{\"role\":\"observer\"}")
			.expect(401, 404, 403, 403, 204, 204);
		api("DELETE", "/api/v1/ateliers/{id}/members/{username}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/members/" + s.person(Caller.PARTNER).username())
			.headers(s -> Map.of("If-Match", "\"" + s.atelierVersion() + "\""))
			.expect(401, 404, 403, 403, 204, 204);

		// --- assessment: observers answer like every member (residents' and citizens' views count);
		// coordinators open and close assessments and set targets; the portfolio shows only what the caller may see
		page("GET", "/ateliers/{id}/assessments").path(s -> "/ateliers/" + s.atelier() + "/assessments")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/assessments").path(s -> "/ateliers/" + s.atelier() + "/assessments")
			.form(s -> Map.of("phase", "establishing"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/assessments/{aid}")
			.path(s -> "/ateliers/" + s.atelier() + "/assessments/" + s.assessment())
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/assessments/{aid}/answers/{questionKey}")
			.path(s -> "/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/answers/"
					+ MatrixFixtures.Scene.QUESTION)
			.form(s -> Map.of("score", "1", "confidence", "2"))
			.expect(302, 404, 302, 302, 302, 302);
		page("POST", "/ateliers/{id}/assessments/{aid}/close")
			.path(s -> "/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/close")
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/assessments/{aid}/results")
			.path(s -> "/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/results")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/assessments/{aid}/targets")
			.path(s -> "/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/targets")
			.form(s -> Map.of("target-vision-mission-strategy", "2"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/portfolio/assessments").expect(302, 200, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/assessments").path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/assessments").path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments")
			.json(s -> "{\"phase\":\"maturing\"}")
			.expect(401, 404, 403, 403, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/assessments/{aid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments/" + s.assessment())
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/assessments/{aid}/close")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/close")
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/assessments/{aid}/answers/{questionKey}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments/" + s.answeredAssessment() + "/answers/"
					+ MatrixFixtures.Scene.QUESTION)
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/assessments/{aid}/answers/{questionKey}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessments/" + s.assessment() + "/answers/"
					+ MatrixFixtures.Scene.QUESTION)
			.json(s -> "{\"score\":1,\"confidence\":2}")
			.expect(401, 404, 201, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/assessment-targets").path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessment-targets")
			.expect(401, 404, 200, 200, 200, 200);
		api("PATCH", "/api/v1/ateliers/{id}/assessment-targets")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/assessment-targets")
			.json(s -> "{\"vision-mission-strategy\":2}")
			.expect(401, 404, 403, 403, 200, 200);
		// --- strategy: vision, mission and strategy (members read, coordinators write, partners endorse).
		// Each call gets a fresh atelier without a statement: the first version is written with version 0,
		// and endorsing is refused with 409 there once the role allows it (the success path is in StrategyApiTest).
		page("GET", "/ateliers/{id}/strategy").path(s -> "/ateliers/" + s.atelier() + "/strategy")
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/strategy/edit").path(s -> "/ateliers/" + s.atelier() + "/strategy/edit")
			.expect(302, 404, 403, 403, 200, 200);
		page("POST", "/ateliers/{id}/strategy/edit").path(s -> "/ateliers/" + s.atelier() + "/strategy/edit")
			.form(s -> Map.of("vision", "Matrix vision", "mission", "Matrix mission", "version", "0"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/strategy/versions").path(s -> "/ateliers/" + s.atelier() + "/strategy/versions")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/strategy/endorsements")
			.path(s -> "/ateliers/" + s.atelier() + "/strategy/endorsements")
			.form(s -> Map.of("organisation", "Matrix org"))
			.expect(302, 404, 403, 409, 409, 409);
		page("POST", "/ateliers/{id}/strategy/endorsements/withdraw")
			.path(s -> "/ateliers/" + s.atelier() + "/strategy/endorsements/withdraw")
			.expect(302, 404, 403, 302, 302, 302);
		api("GET", "/api/v1/ateliers/{id}/strategy").path(s -> "/api/v1/ateliers/" + s.atelier() + "/strategy")
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/strategy").path(s -> "/api/v1/ateliers/" + s.atelier() + "/strategy")
			.headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"vision\":\"Matrix vision\",\"mission\":\"Matrix mission\"}")
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/strategy/versions")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/strategy/versions")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/strategy/endorsements")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/strategy/endorsements")
			.json(s -> "{\"organisation\":\"Matrix org\"}")
			.expect(401, 404, 403, 409, 409, 409);
		api("DELETE", "/api/v1/ateliers/{id}/strategy/endorsements/mine")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/strategy/endorsements/mine")
			.expect(401, 404, 403, 204, 204, 204);

		// --- lifecycle: readiness, gate reviews, timeline and the Preconditions workbench. Members read;
		// partners and coordinators write the workbench; coordinators validate and record gate reviews.
		page("GET", "/ateliers/{id}/lifecycle").path(s -> "/ateliers/" + s.atelier() + "/lifecycle")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/gate-reviews").path(s -> "/ateliers/" + s.atelier() + "/gate-reviews")
			.form(s -> Map.of("decision", "HOLD", "rationale", "Not yet"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/challenge").path(s -> "/ateliers/" + s.atelier() + "/challenge")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/challenge").path(s -> "/ateliers/" + s.atelier() + "/challenge")
			.form(s -> Map.of("systemicIssue", "Congestion", "urgency", "Now", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/challenge/validate")
			.path(s -> "/ateliers/" + s.challengedAtelier() + "/challenge/validate")
			.form(s -> Map.of("version", "1"))
			.expect(302, 404, 403, 403, 302, 302);
		page("GET", "/ateliers/{id}/conditions").path(s -> "/ateliers/" + s.atelier() + "/conditions")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/conditions").path(s -> "/ateliers/" + s.atelier() + "/conditions")
			.form(s -> Map.of("label", "Meeting room"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/conditions/{key}").path(s -> "/ateliers/" + s.atelier() + "/conditions/data-access")
			.form(s -> Map.of("status", "SECURED", "evidence", "Data agreement signed", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/context-map").path(s -> "/ateliers/" + s.atelier() + "/context-map")
			.expect(302, 404, 200, 200, 200, 200);
		page("POST", "/ateliers/{id}/context-map").path(s -> "/ateliers/" + s.atelier() + "/context-map")
			.form(s -> Map.of("domain", "SOCIAL", "description", "Residents fear noise"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/context-map/{entryId}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/context-map/" + s.contextEntry() + "/edit")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/context-map/{entryId}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/context-map/" + s.contextEntry() + "/edit")
			.form(s -> Map.of("domain", "MARKET", "description", "Tariffs", "version", "0"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/context-map/{entryId}/delete")
			.path(s -> "/ateliers/" + s.atelier() + "/context-map/" + s.contextEntry() + "/delete")
			.expect(302, 404, 403, 302, 302, 302);
		api("GET", "/api/v1/ateliers/{id}/readiness").path(s -> "/api/v1/ateliers/" + s.atelier() + "/readiness")
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/gate-reviews").path(s -> "/api/v1/ateliers/" + s.atelier() + "/gate-reviews")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/gate-reviews").path(s -> "/api/v1/ateliers/" + s.atelier() + "/gate-reviews")
			.json(s -> "{\"decision\":\"HOLD\",\"rationale\":\"Not yet\"}")
			.expect(401, 404, 403, 403, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/phases").path(s -> "/api/v1/ateliers/" + s.atelier() + "/phases")
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/challenge-statement")
			.path(s -> "/api/v1/ateliers/" + s.challengedAtelier() + "/challenge-statement")
			.expect(401, 404, 200, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/challenge-statement/versions")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/challenge-statement/versions")
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/challenge-statement")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/challenge-statement")
			.headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"systemicIssue\":\"Congestion\",\"urgency\":\"Now\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/challenge-statement/validation")
			.path(s -> "/api/v1/ateliers/" + s.challengedAtelier() + "/challenge-statement/validation")
			.headers(s -> Map.of("If-Match", "\"1\""))
			.expect(401, 404, 403, 403, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/operational-conditions")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/operational-conditions")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/operational-conditions")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/operational-conditions")
			.json(s -> "{\"label\":\"Meeting room\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("PUT", "/api/v1/ateliers/{id}/operational-conditions/{key}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/operational-conditions/data-access")
			.headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"status\":\"secured\",\"evidence\":\"Signed\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/context-map").path(s -> "/api/v1/ateliers/" + s.atelier() + "/context-map")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/context-map").path(s -> "/api/v1/ateliers/" + s.atelier() + "/context-map")
			.json(s -> "{\"domain\":\"social\",\"description\":\"Residents fear noise\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("PUT", "/api/v1/ateliers/{id}/context-map/{entryId}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/context-map/" + s.contextEntry())
			.headers(s -> Map.of("If-Match", "\"0\""))
			.json(s -> "{\"domain\":\"market\",\"description\":\"Tariffs\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/context-map/{entryId}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/context-map/" + s.contextEntry())
			.headers(s -> Map.of("If-Match", "\"0\""))
			.expect(401, 404, 403, 204, 204, 204);

		// --- stakeholder: register pages (members read; partners and coordinators change)
		page("GET", "/ateliers/{id}/stakeholders").path(s -> "/ateliers/" + s.atelier() + "/stakeholders")
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/stakeholders/maps").path(s -> "/ateliers/" + s.atelier() + "/stakeholders/maps")
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/stakeholders/new").path(s -> "/ateliers/" + s.atelier() + "/stakeholders/new")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders").path(s -> "/ateliers/" + s.atelier() + "/stakeholders")
			.form(s -> Map.of("name", s.unique("Matrix org"), "type", "COMPANY", "sector", "INDUSTRY", "influence", "2",
					"interest", "4", "engagementNow", "NEUTRAL", "engagementDesired", "SUPPORTIVE"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/stakeholders/{sid}")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder())
			.expect(302, 404, 200, 200, 200, 200);
		page("GET", "/ateliers/{id}/stakeholders/{sid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/edit")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/edit")
			.form(s -> Map.of("name", s.unique("Matrix renamed org"), "type", "NGO", "sector", "CIVIL_SOCIETY",
					"influence", "4", "interest", "4", "engagementNow", "NEUTRAL", "engagementDesired", "LEADING",
					"version", String.valueOf(s.stakeholderVersion())))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/delete")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/delete")
			.form(s -> Map.of("version", String.valueOf(s.stakeholderVersion())))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/commitment")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/commitment")
			.form(s -> Map.of("status", "APPROACHED", "note", "matrix"))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/contacts")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts")
			.form(s -> Map.of("name", "Matrix Contact", "legalBasis", "CONSENT"))
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact() + "/edit")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/edit")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact() + "/edit")
			.form(s -> Map.of("name", "Matrix Person", "email", "m@example.org", "legalBasis", "CONSENT", "version",
					String.valueOf(contactVersion(s))))
			.expect(302, 404, 403, 302, 302, 302);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/erase")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact() + "/erase")
			.expect(302, 404, 403, 302, 302, 302);
		page("GET", "/ateliers/{id}/stakeholders/{sid}/value-proposition")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/value-proposition")
			.expect(302, 404, 403, 200, 200, 200);
		page("POST", "/ateliers/{id}/stakeholders/{sid}/value-proposition")
			.path(s -> "/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/value-proposition")
			.form(s -> Map.of("motivations", "LEARNING", "aligned", "true", "version", String.valueOf(s.stakeholderVersion())))
			.expect(302, 404, 403, 302, 302, 302);

		// --- stakeholder: register API
		api("GET", "/api/v1/ateliers/{id}/stakeholders").path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders").path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders")
			.json(s -> "{\"name\":\"" + s.unique("Matrix api org") + "\",\"type\":\"ngo\",\"sector\":\"civil-society\","
					+ "\"influence\":2,\"interest\":5,\"engagementNow\":\"neutral\",\"engagementDesired\":\"supportive\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder())
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/stakeholders/{sid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder())
			.headers(s -> Map.of("If-Match", "\"" + s.stakeholderVersion() + "\""))
			.json(s -> "{\"name\":\"" + s.unique("Matrix api put") + "\",\"type\":\"company\",\"sector\":\"industry\","
					+ "\"influence\":5,\"interest\":1,\"engagementNow\":\"unaware\",\"engagementDesired\":\"neutral\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("DELETE", "/api/v1/ateliers/{id}/stakeholders/{sid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder())
			.headers(s -> Map.of("If-Match", "\"" + s.stakeholderVersion() + "\""))
			.expect(401, 404, 403, 204, 204, 204);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/commitment")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/commitment")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders/{sid}/commitment")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/commitment")
			.json(s -> "{\"status\":\"approached\",\"note\":\"matrix\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/contacts")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts")
			.expect(401, 404, 200, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders/{sid}/contacts")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts")
			.json(s -> "{\"name\":\"Matrix Api Contact\",\"legalBasis\":\"consent\"}")
			.expect(401, 404, 403, 201, 201, 201);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/contacts/{cid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact())
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/stakeholders/{sid}/contacts/{cid}")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact())
			.headers(s -> Map.of("If-Match", "\"" + contactVersion(s) + "\""))
			.json(s -> "{\"name\":\"Matrix Person\",\"legalBasis\":\"consent\"}")
			.expect(401, 404, 403, 200, 200, 200);
		api("POST", "/api/v1/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/erase")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/contacts/" + s.contact() + "/erase")
			.expect(401, 404, 403, 200, 200, 200);
		api("GET", "/api/v1/ateliers/{id}/stakeholders/{sid}/value-proposition")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.proposedStakeholder() + "/value-proposition")
			.expect(401, 404, 200, 200, 200, 200);
		api("PUT", "/api/v1/ateliers/{id}/stakeholders/{sid}/value-proposition")
			.path(s -> "/api/v1/ateliers/" + s.atelier() + "/stakeholders/" + s.stakeholder() + "/value-proposition")
			.headers(s -> Map.of("If-Match", "\"" + s.stakeholderVersion() + "\""))
			.json(s -> "{\"motivations\":[\"policy-goals\"],\"aligned\":false,\"alignmentNote\":\"matrix\"}")
			.expect(401, 404, 403, 200, 200, 200);

		// --- further modules keep their rows in files of their own (Matrix<Module>.java)
		MatrixGovernance.declare();
		MatrixStakeholderCsv.declare();
		MatrixStakeholderNetwork.declare();
		MatrixStakeholderDocuments.declare();
		MatrixLearning.declare();
		MatrixActivity.declare();
		MatrixHypothesis.declare();
		MatrixEnergy.declare();
		MatrixReport.declare();
		MatrixCapacity.declare();
		MatrixArchive.declare();
		MatrixIdentitySso.declare();

		// --- identity: own profile
		page("GET", "/profile").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/password")
			.form(s -> Map.of("currentPassword", "wrong", "newPassword", "a", "confirmPassword", "b"))
			.expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/tokens").form(s -> Map.of("name", "matrix")).expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/tokens/{id}/revoke").path(s -> "/profile/tokens/" + s.coordinatorToken() + "/revoke")
			.expect(302, 404, 404, 404, 302, 404);
		api("GET", "/api/v1/me").expect(401, 200, 200, 200, 200, 200);
		// --- identity: two-step sign-in (own settings; the code and enrolment pages only for the half signed in)
		page("GET", "/profile/two-factor").expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/two-factor/enrolment").expect(302, 302, 302, 302, 302, 302);
		page("POST", "/profile/two-factor/confirm").form(s -> Map.of("code", "000000"))
			.expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/two-factor/recovery-codes").form(s -> Map.of("currentPassword", "wrong"))
			.expect(302, 200, 200, 200, 200, 200);
		page("POST", "/profile/two-factor/disable").form(s -> Map.of("currentPassword", "wrong"))
			.expect(302, 200, 200, 200, 200, 200);
		page("GET", "/login/two-factor").expect(302, 403, 403, 403, 403, 403);
		page("POST", "/login/two-factor").form(s -> Map.of("code", "000000")).expect(302, 403, 403, 403, 403, 403);
		page("GET", "/login/two-factor/setup").expect(302, 403, 403, 403, 403, 403);
		page("POST", "/login/two-factor/setup").form(s -> Map.of("code", "000000")).expect(302, 403, 403, 403, 403, 403);

		// --- identity: administration
		page("GET", "/admin/users").expect(302, 403, 403, 403, 403, 200);
		page("GET", "/admin/users/new").expect(302, 403, 403, 403, 403, 200);
		page("POST", "/admin/users")
			.form(s -> Map.of("username", s.unique("mx-new"), "displayName", "New", "password", TestUsers.PASSWORD))
			.expect(302, 403, 403, 403, 403, 302);
		page("POST", "/admin/users/{id}/disable").path(s -> "/admin/users/" + s.victimUser() + "/disable")
			.expect(302, 403, 403, 403, 403, 302);
		page("POST", "/admin/users/{id}/two-factor/reset").path(s -> "/admin/users/" + s.victimUser() + "/two-factor/reset")
			.expect(302, 403, 403, 403, 403, 302);
		page("POST", "/admin/users/{id}/enable").path(s -> "/admin/users/" + s.victimUser() + "/enable")
			.expect(302, 403, 403, 403, 403, 302);
		page("GET", "/admin/users/{id}/password").path(s -> "/admin/users/" + s.victimUser() + "/password")
			.expect(302, 403, 403, 403, 403, 200);
		page("POST", "/admin/users/{id}/password").path(s -> "/admin/users/" + s.victimUser() + "/password")
			.form(s -> Map.of("password", "a reset passphrase 12"))
			.expect(302, 403, 403, 403, 403, 302);
		api("POST", "/api/v1/users")
			.json(s -> "{\"username\":\"" + s.unique("mx-api") + "\",\"displayName\":\"N\",\"password\":\""
					+ TestUsers.PASSWORD + "\"}")
			.expect(401, 403, 403, 403, 403, 201);
		api("GET", "/api/v1/users").expect(401, 403, 403, 403, 403, 200);
	}

	/** The current version of the scene's contact person, as an edit form or an If-Match carries it. */
	private static int contactVersion(MatrixFixtures.Scene s) {
		long contact = s.contact();
		return s.asCoordinator(() -> s.bean(org.atelier.stakeholder.StakeholderRegister.class)
			.contact(s.atelier(), s.stakeholder(), contact).version());
	}
}
