package org.atelier.learning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditEntry;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.learning.LessonBook;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lessons API through real HTTP: CRUD with ETags, validation, search across cities, visibility and "applied in". */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LessonApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	AuditTrail audit;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView elsewhere;
	long atelierId;
	long otherAtelier;
	String city;

	@BeforeEach
	void ateliers() {
		coordinator = TestUsers.create(accounts, "la-coord");
		partner = TestUsers.create(accounts, "la-partner");
		observer = TestUsers.create(accounts, "la-observer");
		elsewhere = TestUsers.create(accounts, "la-elsewhere");
		city = TestUsers.uniqueName("Amsterdam");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Lessons"), city, null, Theme.ENERGY,
					null, null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
		otherAtelier = TestUsers.as(elsewhere, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Bilbao"),
				"Bilbao", null, Theme.ENERGY, null, null, null)).id());
	}

	@Test
	void aPartnerRecordsReviseAndRemovesALessonWithETagsAndAudit() throws Exception {
		var created = call("POST", base(), partner, lesson("Woningen eerst meten", "nl", "INSTALLATION"));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		long lid = body.get("id").asLong();
		assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(body.get("city").asString()).isEqualTo(city);
		assertThat(body.get("language").asString()).isEqualTo("nl");
		assertThat(body.get("blocks").get(0).asString()).isEqualTo("value-proposition");

		assertThat(call("GET", base() + "/" + lid, observer, null).statusCode()).isEqualTo(200);
		assertThat(call("PUT", base() + "/" + lid, partner, lesson("Nieuwe titel", "nl", "MEMBERS")).statusCode())
			.isEqualTo(428);
		assertThat(call("PUT", base() + "/" + lid, partner, lesson("Nieuwe titel", "nl", "MEMBERS"), "If-Match", "\"0\"")
			.statusCode()).isEqualTo(412);
		var updated = call("PUT", base() + "/" + lid, partner, lesson("Nieuwe titel", "nl", "MEMBERS"), "If-Match", "\"1\"");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
		assertThat(JSON.readTree(updated.body()).get("visibility").asString()).isEqualTo("MEMBERS");

		assertThat(call("DELETE", base() + "/" + lid, observer, null, "If-Match", "\"2\"").statusCode()).isEqualTo(403);
		assertThat(call("DELETE", base() + "/" + lid, partner, null, "If-Match", "\"2\"").statusCode()).isEqualTo(204);
		assertThat(call("GET", base() + "/" + lid, partner, null).statusCode()).isEqualTo(404);

		List<AuditAction> actions = audit.of(LessonBook.AUDIT_TYPE, String.valueOf(lid)).stream()
			.map(AuditEntry::action).toList();
		assertThat(actions).contains(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED);
	}

	@Test
	void invalidFieldsAreNamed() throws Exception {
		var refused = call("POST", base(), partner, """
				{"title":"","summary":"x","phase":"someday","theme":"energy","visibility":"SECRET","language":"fr"}""");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("title").contains("phase").contains("visibility").contains("language");
	}

	@Test
	void searchFindsLessonsFromAnotherCityButNeverMembersOnlyOnes() throws Exception {
		long open = create(lesson("Renovation of social housing", "en", "INSTALLATION"));
		long secret = create(lesson("Renovation budget overrun", "en", "MEMBERS"));

		JsonNode outside = JSON.readTree(call("GET", "/api/v1/lessons?q=renovations&city=" + city, elsewhere, null).body());
		assertThat(outside.get("total").asInt()).isEqualTo(1);
		assertThat(outside.get("hits").get(0).get("lesson").get("id").asLong()).isEqualTo(open);
		assertThat(outside.get("hits").get(0).get("titleHtml").asString()).contains("<mark>Renovation</mark>");
		assertThat(outside.get("cities").get(city).asLong()).isEqualTo(1);
		assertThat(call("GET", "/api/v1/lessons/" + secret, elsewhere, null).statusCode()).isEqualTo(404);
		assertThat(call("GET", "/api/v1/lessons/" + open, elsewhere, null).statusCode()).isEqualTo(200);

		JsonNode inside = JSON.readTree(call("GET", "/api/v1/lessons?q=renovations&city=" + city, observer, null).body());
		assertThat(inside.get("total").asInt()).isEqualTo(2);
		assertThat(call("GET", "/api/v1/lessons?phase=never", observer, null).statusCode()).isEqualTo(400);
	}

	@Test
	void aCoordinatorElsewhereMarksTheLessonAsAppliedOnceAndNeverInItsOwnAtelier() throws Exception {
		long open = create(lesson("Shared heat network", "en", "INSTALLATION"));
		String path = "/api/v1/lessons/" + open + "/applied-in";
		var marked = call("POST", path, elsewhere, "{\"atelierId\":" + otherAtelier + "}");
		assertThat(marked.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(marked.body()).get("appliedIn").get(0).get("atelierId").asLong()).isEqualTo(otherAtelier);
		assertThat(call("POST", path, elsewhere, "{\"atelierId\":" + otherAtelier + "}").statusCode()).isEqualTo(409);
		assertThat(call("POST", path, coordinator, "{\"atelierId\":" + atelierId + "}").statusCode()).isEqualTo(409);
		assertThat(call("POST", path, elsewhere, "{\"atelierId\":" + atelierId + "}").statusCode()).isEqualTo(404);
	}

	private long create(String json) throws Exception {
		var created = call("POST", base(), partner, json);
		assertThat(created.statusCode()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asLong();
	}

	private String base() {
		return "/api/v1/ateliers/" + atelierId + "/lessons";
	}

	private static String lesson(String title, String language, String visibility) {
		return """
				{"title":"%s","summary":"What we saw","insight":"Measure before you renovate",
				 "phase":"maturing","blocks":["value-proposition"],"theme":"energy","tags":["housing"],
				 "visibility":"%s","language":"%s","date":"2026-02-01"}""".formatted(title, visibility, language);
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body, String... headers)
			throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers(headers));
	}
}
