package org.atelier.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.atelier.activity.SessionInput;
import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.RoleInput;
import org.atelier.hypothesis.EvidenceInput;
import org.atelier.hypothesis.Hypotheses;
import org.atelier.hypothesis.HypothesisInput;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.atelier.lifecycle.OperationalConditions;
import org.atelier.stakeholder.DocumentUpload;
import org.atelier.stakeholder.StakeholderDocuments;
import org.atelier.stakeholder.StakeholderInput;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive API over real HTTP: who may export, import and replicate; hostile and broken
 * archives refused with every problem located and the database left as it was; an archive over
 * the size limit refused with 413; and what a replica copies and, above all, what it does not.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atelier.archive.max-size=300KB")
class ArchiveApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String PW = TestUsers.PASSWORD;
	private static final List<String> COUNTED = List.of("atelier", "atelier_member", "stakeholder",
			"stakeholder_contact", "stakeholder_document", "governance_role", "hypothesis", "hypothesis_evidence",
			"hypothesis_status_change", "operational_condition", "lesson", "audit_entry");

	@LocalServerPort
	int port;

	@Autowired
	org.atelier.activity.Sessions sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	StakeholderRegister register;

	@Autowired
	StakeholderDocuments documents;

	@Autowired
	GovernanceRecords governance;

	@Autowired
	Hypotheses hypotheses;

	@Autowired
	OperationalConditions conditions;

	@Autowired
	LessonBook lessons;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView partner;
	AccountView observer;
	AccountView outsider;
	long atelierId;

	@BeforeEach
	void atelier() {
		coordinator = TestUsers.create(accounts, "ar-coord");
		partner = TestUsers.create(accounts, "ar-partner");
		observer = TestUsers.create(accounts, "ar-observer");
		outsider = TestUsers.create(accounts, "ar-outsider");
		atelierId = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Archived"), "Bilbao", "Zorrotzaurre",
					Theme.ENERGY, "Local energy", null, null)).id();
			members.add(id, partner.username(), "PARTNER");
			members.add(id, observer.username(), "OBSERVER");
			long org = register.create(id, StakeholderInput.parse("Grid operator", "company", "industry", null, false,
					null, "4", "3", true, false, false, "neutral", "supportive")).id();
			long contact = register.addContact(id, org, "Ane Etxeberria", "Engineer", "ane@example.org", null,
					"legitimate-interest").id();
			byte[] pdf = "%PDF-1.7\n% commitment\n".getBytes(StandardCharsets.UTF_8);
			documents.attach(id, org, new DocumentUpload("Letter", "LETTER_OF_COMMITMENT", null, "letter.pdf",
					pdf.length, new ByteArrayResource(pdf)));
			governance.addRole(id, RoleInput.parse("chair", null, partner.username(), null, null, false,
					"Chairs the core team", "2026-01-01", "2026-12-31"));
			governance.addRole(id, RoleInput.parse("secretary", null, null, null, contact, false, null, null, null));
			long h = hypotheses.create(id, HypothesisInput.parse("Tenants will share roof space", "desirability", "5",
					"2", "Interviews", "share of yes", "more than half", "2026-06-30")).id();
			hypotheses.addEvidence(id, h, EvidenceInput.parse("document", null, "https://example.org/survey", "Survey",
					"supports", "2", "a survey"));
			conditions.add(id, "Meeting room with a projector");
			for (String[] held : List.of(new String[] { "2026-01-12", "Agree the roof survey" },
					new String[] { "2026-02-09", "Decide the roof pilot" })) {
				sessions.create(id, SessionInput.parse("workshop", "Core team", "Core team " + held[0], held[1], null,
						held[0] + "T15:00", "Europe/Madrid", "90", "Town hall", null, coordinator.id(), null,
						List.of("value-proposition"), null, List.of(), List.of(), List.of()));
			}
			lessons.create(id, LessonInput.parse("Start with the roofs you can reach", "Shared roofs first",
					null, null, null, null, "PRECONDITIONS", List.of(), "ENERGY", "Bilbao", "solar", "INSTALLATION",
					"en", "2026-02-01"));
			lessons.create(id, LessonInput.parse("Internal: the alderman's doubts", "Members only", null, null, null,
					null, "PRECONDITIONS", List.of(), "ENERGY", "Bilbao", null, "MEMBERS", "en", "2026-02-02"));
			return id;
		});
	}

	@Test
	void onlyCoordinatorsExportAndOutsidersLearnNothing() throws Exception {
		assertThat(ArchiveHttp.export(port, coordinator.username(), PW, atelierId).statusCode()).isEqualTo(200);
		assertThat(ArchiveHttp.export(port, partner.username(), PW, atelierId).statusCode()).isEqualTo(403);
		assertThat(ArchiveHttp.export(port, observer.username(), PW, atelierId).statusCode()).isEqualTo(403);
		assertThat(ArchiveHttp.export(port, outsider.username(), PW, atelierId).statusCode()).isEqualTo(404);
	}

	@Test
	void anImportMatchesPeopleByEmailReportsTheOthersAndMakesTheImporterCoordinator() throws Exception {
		byte[] zip = ArchiveHttp.export(port, coordinator.username(), PW, atelierId).body();
		byte[] foreign = rewrite(zip, json -> json.replace(observer.email(), "nobody-here@example.org"));
		HttpResponse<String> response = ArchiveHttp.importZip(port, outsider.username(), PW, foreign,
				TestUsers.uniqueName("Imported"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(response.body());
		long copy = body.get("id").asLong();
		assertThat(body.get("skipped").toString()).contains("nobody-here@example.org", "OBSERVER");
		assertThat(jdbc.sql("""
				select u.username || '=' || m.role from atelier_member m join app_user u on u.id = m.user_id
				where m.atelier_id = :a order by m.role""").param("a", copy).query(String.class).list())
			.containsExactlyInAnyOrder(outsider.username() + "=COORDINATOR", coordinator.username() + "=COORDINATOR",
					partner.username() + "=PARTNER");
		assertThat(jdbc.sql("select count(*) from stakeholder_document_content c join stakeholder_document d on "
				+ "d.id = c.document_id where d.atelier_id = :a").param("a", copy).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where atelier_id = :a and entity_type = 'archive'")
			.param("a", copy).query(Long.class).single()).as("a note of the origin, not the source's trail")
			.isEqualTo(1);
	}

	@Test
	void brokenAndHostileArchivesAreRefusedWithEveryProblemLocatedAndNothingWritten() throws Exception {
		byte[] zip = ArchiveHttp.export(port, coordinator.username(), PW, atelierId).body();
		Map<String, Long> before = counts();

		assertRefused(rewrite(zip, json -> json.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99")),
				"atelier.json $.schemaVersion");
		assertRefused(rewrite(zip, json -> json.substring(0, json.length() / 2)), "atelier.json");
		assertRefused(Arrays.copyOf(zip, zip.length - 40), "archive");
		assertRefused(withEntry(zip, "../../etc/cron.d/evil", "x"), "../../etc/cron.d/evil");
		assertRefused(withEntry(zip, "notes/readme.txt", "x"), "notes/readme.txt");
		assertRefused(rewrite(zip, json -> json.replace("\"media_type\" :", "\"colour\" : \"red\", \"media_type\" :")),
				"atelier.json $.parts.stakeholder.stakeholder_document[0].colour");
		assertRefused(rewrite(zip, json -> json.replace("attachments/stakeholder_document_content-1.bin",
				"attachments/missing.bin")), "atelier.json $.parts.stakeholder.stakeholder_document_content[0].content");
		assertRefused(replaceEntry(zip, "attachments/stakeholder_document_content-1.bin", "MZ not a document"),
				"attachments/stakeholder_document_content-1.bin");
		assertRefused(rewrite(zip, json -> json.replace("\"ref\" : \"stakeholder#1\"", "\"ref\" : \"stakeholder#7\"")),
				"atelier.json $.parts.stakeholder.stakeholder_contact[0].stakeholder_id");
		// a value that is no status the module knows would break every page that reads it back
		assertRefused(rewrite(zip, json -> json.replace("\"status\" : \"OPEN\"", "\"status\" : \"x\"")),
				"atelier.json $.parts.hypothesis.hypothesis[0].status");
		// a row the database refuses (too long for its column) is found only while writing: all is rolled back
		assertRefused(rewrite(zip, json -> json.replace("\"Grid operator\"", "\"" + "G".repeat(500) + "\"")),
				"atelier.json $.parts.stakeholder.stakeholder[0]");

		assertThat(counts()).as("nothing written by any refused import").isEqualTo(before);
	}

	@Test
	void anArchiveOverTheSizeLimitIsRefusedWith413() throws Exception {
		byte[] big = new byte[400 * 1024];
		new java.util.Random(7).nextBytes(big);
		byte[] zip = withEntry(ArchiveHttp.export(port, coordinator.username(), PW, atelierId).body(),
				"attachments/big.bin", big);
		Map<String, Long> before = counts();
		HttpResponse<String> response = ArchiveHttp.importZip(port, coordinator.username(), PW, zip, "Too big");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aReplicaCopiesTheStructureAndNoPeopleContactsOrRecords() throws Exception {
		String body = "{\"name\":\"" + TestUsers.uniqueName("Replica") + "\",\"city\":\"Vitoria\",\"district\":null,"
				+ "\"theme\":\"energy\"}";
		assertThat(ApiCalls.call(port, "POST", "/api/v1/ateliers/" + atelierId + "/replicate", partner.username(), PW,
				body, Map.of()).statusCode()).isEqualTo(403);
		assertThat(ApiCalls.call(port, "POST", "/api/v1/ateliers/" + atelierId + "/replicate", observer.username(), PW,
				body, Map.of()).statusCode()).isEqualTo(403);
		assertThat(ApiCalls.call(port, "POST", "/api/v1/ateliers/" + atelierId + "/replicate", outsider.username(), PW,
				body, Map.of()).statusCode()).isEqualTo(404);
		HttpResponse<String> response = ApiCalls.call(port, "POST", "/api/v1/ateliers/" + atelierId + "/replicate",
				coordinator.username(), PW, body, Map.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		long replica = JSON.readTree(response.body()).get("id").asLong();

		assertThat(one("select phase || '|' || city from atelier where id = :a", replica)).isEqualTo("PRECONDITIONS|Vitoria");
		assertThat(list("select u.username || '=' || m.role from atelier_member m join app_user u on u.id = m.user_id "
				+ "where m.atelier_id = :a", replica)).containsExactly(coordinator.username() + "=COORDINATOR");
		assertThat(list("select kind || '|' || holder_name || '|' || coalesce(cast(member_id as varchar(20)), '-') || '|' "
				+ "|| coalesce(cast(contact_id as varchar(20)), '-') || '|' || coalesce(cast(starts_on as varchar(20)), '-') "
				+ "from governance_role where atelier_id = :a order by id", replica))
			.as("role definitions without holders or periods").containsExactly("CHAIR||-|-|-", "SECRETARY||-|-|-");
		assertThat(list("select statement || '|' || status || '|' || coalesce(test_method, '-') || '|' "
				+ "|| coalesce(cast(test_deadline as varchar(20)), '-') from hypothesis where atelier_id = :a", replica))
			.as("hypotheses as open drafts with their test card").containsExactly("Tenants will share roof space|OPEN|Interviews|-");
		assertThat(list("select series || '|' || kind || '|' || purpose || '|' || duration_minutes || '|' || building_blocks "
				+ "from session_series_plan where atelier_id = :a", replica))
			.as("the series as its latest session describes it, without dates or people")
			.containsExactly("Core team|workshop|Decide the roof pilot|90|value-proposition");
		assertThat(list("select label || '|' || status || '|' || coalesce(cast(owner_id as varchar(20)), '-') "
				+ "from operational_condition where atelier_id = :a", replica))
			.containsExactly("Meeting room with a projector|OPEN|-");
		for (String personal : List.of("stakeholder", "stakeholder_document", "activity_session", "decision", "lesson",
				"follow_up_action", "strategy_statement", "gate_review", "assessment", "stakeholder_relation")) {
			assertThat(one("select count(*) from " + personal + " where atelier_id = :a", replica)).as(personal)
				.isEqualTo(0L);
		}
		assertThat(one("select count(*) from stakeholder_contact c join stakeholder s on s.id = c.stakeholder_id "
				+ "where s.atelier_id = :a", replica)).isEqualTo(0L);
		assertThat(one("select count(*) from hypothesis_evidence e join hypothesis h on h.id = e.hypothesis_id "
				+ "where h.atelier_id = :a", replica)).as("no evidence").isEqualTo(0L);
		assertThat(list("select coalesce(e.from_status, '-') || '>' || e.to_status || ' by ' || e.changed_by_name "
				+ "from hypothesis_status_change e join hypothesis h on h.id = e.hypothesis_id where h.atelier_id = :a",
				replica)).as("no history of the source: a new one, as for any new hypothesis")
			.containsExactly("->OPEN by " + coordinator.displayName());
		assertThat(list("select l.title from lesson_applied a join lesson l on l.id = a.lesson_id "
				+ "where a.atelier_id = :a", replica)).as("linked to the shareable lessons, never to members-only ones")
			.containsExactly("Start with the roofs you can reach");
		String everything = String.join(" ", list("select coalesce(holder_name, '') || coalesce(mandate, '') "
				+ "from governance_role where atelier_id = :a", replica));
		assertThat(everything).doesNotContain("Ane", partner.username(), "Etxeberria");
	}

	private Object one(String sql, long atelier) {
		return jdbc.sql(sql).param("a", atelier).query().singleValue();
	}

	private List<String> list(String sql, long atelier) {
		return jdbc.sql(sql).param("a", atelier).query(String.class).list();
	}

	private void assertRefused(byte[] zip, String location) throws Exception {
		HttpResponse<String> response = ArchiveHttp.importZip(port, coordinator.username(), PW, zip,
				TestUsers.uniqueName("Refused"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		List<String> fields = JSON.readTree(response.body()).get("errors").valueStream()
			.map(e -> e.get("field").asString()).toList();
		assertThat(fields).as(response.body()).anyMatch(f -> f.startsWith(location));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : COUNTED) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static byte[] rewrite(byte[] zip, UnaryOperator<String> change) throws Exception {
		Map<String, byte[]> entries = ArchiveHttp.entries(zip);
		entries.put("atelier.json", change.apply(new String(entries.get("atelier.json"), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8));
		return ArchiveHttp.zip(entries);
	}

	private static byte[] withEntry(byte[] zip, String name, Object content) throws Exception {
		Map<String, byte[]> entries = ArchiveHttp.entries(zip);
		entries.put(name, content instanceof byte[] b ? b : String.valueOf(content).getBytes(StandardCharsets.UTF_8));
		return ArchiveHttp.zip(entries);
	}

	private static byte[] replaceEntry(byte[] zip, String name, String content) throws Exception {
		return withEntry(zip, name, content);
	}
}
