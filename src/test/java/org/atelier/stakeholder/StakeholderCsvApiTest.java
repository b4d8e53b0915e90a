package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register as CSV over real HTTP: export, import all or nothing, round trip, neutralised cells, roles. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StakeholderCsvApiTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AtelierMembers members;

	@Autowired
	StakeholderRegister register;

	@Autowired
	JdbcClient jdbc;

	AccountView coordinator;
	AccountView observer;
	AccountView outsider;
	long source;
	long target;

	@BeforeEach
	void ateliers() {
		coordinator = TestUsers.create(accounts, "csv-coord");
		observer = TestUsers.create(accounts, "csv-observer");
		outsider = TestUsers.create(accounts, "csv-outsider");
		source = atelier("Source");
		target = atelier("Target");
	}

	@Test
	void anExportImportsIntoAnotherAtelierAsTheSameRegister() throws Exception {
		TestUsers.as(coordinator, () -> {
			long city = register.create(source, StakeholderInput.parse("City of Rotterdam, Energy", "municipality",
					"government", "Owns the \"harbour\" land", true, "Permits", "5", "4", true, true, false, "supportive",
					"leading")).id();
			register.changeCommitment(source, city, "approached", null, null);
			register.changeCommitment(source, city, "committed", "Letter", null);
			register.create(source, StakeholderInput.parse("=HYPERLINK(\"http://evil.example\")", "other", "civil-society",
					"line one\nline two", false, null, "2", "3", false, false, true, "unaware", "neutral"));
			return null;
		});

		var export = get("/api/v1/ateliers/" + source + "/stakeholders.csv", observer);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("stakeholders-" + source + ".csv"));
		assertThat(export.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").doesNotContain(",=HYPERLINK");

		var imported = post("/api/v1/ateliers/" + target + "/stakeholders.csv", coordinator, export.body());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		assertThat(imported.body()).contains("\"imported\":2");
		String again = get("/api/v1/ateliers/" + target + "/stakeholders.csv", coordinator).body();
		assertThat(again).isEqualTo(export.body());
		var city = TestUsers.as(coordinator, () -> register.list(target)).stream()
			.filter(s -> s.name().startsWith("City")).findFirst().orElseThrow();
		assertThat(city.history()).extracting(h -> h.status().key()).contains("approached", "committed");
	}

	@Test
	void oneBadLineRefusesTheWholeFileAndSaysWhere() throws Exception {
		String header = String.join(",", RegisterCsv.COLUMNS) + "\r\n";
		String file = header
				+ "Fine organisation,company,industry,,false,,3,3,false,false,false,neutral,neutral,identified\r\n"
				+ "Also fine,ngo,civil-society,,false,,2,2,false,false,false,neutral,neutral,\r\n"
				+ "Broken,company,industry,,false,,7,3,false,false,false,neutral,neutral,identified\r\n";
		long before = count(target);
		var refused = post("/api/v1/ateliers/" + target + "/stakeholders.csv", coordinator, file);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Line 4, column influence:");
		assertThat(count(target)).isEqualTo(before);

		var nl = HTTP.send(request("/api/v1/ateliers/" + target + "/stakeholders.csv", coordinator)
			.header("Accept-Language", "nl").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(nl.body()).contains("Regel 4, kolom influence:");
	}

	@Test
	void observersMayDownloadButNotImportAndOutsidersSeeNothing() throws Exception {
		String file = String.join(",", RegisterCsv.COLUMNS) + "\n"
				+ "X,company,industry,,false,,3,3,false,false,false,neutral,neutral,identified\n";
		assertThat(post("/api/v1/ateliers/" + target + "/stakeholders.csv", observer, file).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/ateliers/" + target + "/stakeholders.csv", outsider).statusCode()).isEqualTo(404);
		assertThat(post("/api/v1/ateliers/" + target + "/stakeholders.csv", outsider, file).statusCode()).isEqualTo(404);
		assertThat(count(target)).isZero();
	}

	private long atelier(String name) {
		return TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName(name), "Rotterdam", null, Theme.ENERGY, null,
					null, null)).id();
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
	}

	private long count(long atelierId) {
		return jdbc.sql("select count(*) from stakeholder where atelier_id = :a").param("a", atelierId)
			.query(Long.class).single();
	}

	private HttpRequest.Builder request(String path, AccountView user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD));
	}

	private HttpResponse<String> get(String path, AccountView user) throws Exception {
		return HTTP.send(request(path, user).header("Accept-Language", "en").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, AccountView user, String body) throws Exception {
		return HTTP.send(request(path, user).header("Accept-Language", "en").header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
