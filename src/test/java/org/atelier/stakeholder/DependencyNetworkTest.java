package org.atelier.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.audit.AuditTrail;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
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

/** The dependency network over real HTTP, and its drawing. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DependencyNetworkTest {

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
	StakeholderRegister register;

	@Autowired
	AuditTrail audit;

	AccountView coordinator;
	AccountView observer;
	AccountView outsider;
	long atelier;
	long city;
	long grid;
	long foreign;

	@BeforeEach
	void register() {
		coordinator = TestUsers.create(accounts, "net-coord");
		observer = TestUsers.create(accounts, "net-observer");
		outsider = TestUsers.create(accounts, "net-outsider");
		atelier = TestUsers.as(coordinator, () -> {
			long id = ateliers.create(new AtelierInput(TestUsers.uniqueName("Network"), "Delft", null, Theme.ENERGY, null,
					null, null)).id();
			members.add(id, observer.username(), "OBSERVER");
			return id;
		});
		city = organisation(atelier, "City of Delft");
		grid = organisation(atelier, "Grid operator");
		long other = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Elsewhere"),
				"Delft", null, Theme.ENERGY, null, null, null)).id());
		foreign = organisation(other, "Foreign body");
	}

	@Test
	void relationsAreDirectedUniqueWithinOneAtelierAndAudited() throws Exception {
		String path = "/api/v1/ateliers/" + atelier + "/relations";
		var added = call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"supplies-data-to\",\"toId\":%d,\"note\":\"Hourly load data\"}"
			.formatted(grid, city));
		assertThat(added.statusCode()).isEqualTo(201);
		long relation = JSON.readTree(added.body()).get("id").asLong();

		assertThat(call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"supplies-data-to\",\"toId\":%d}"
			.formatted(grid, city)).statusCode()).isEqualTo(409);
		var self = call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"funds\",\"toId\":%d}".formatted(city, city));
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(self.body()).contains("\"field\":\"toId\"");
		var elsewhere = call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"regulates\",\"toId\":%d}"
			.formatted(city, foreign));
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		var unknownKind = call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"likes\",\"toId\":%d}"
			.formatted(city, grid));
		assertThat(unknownKind.statusCode()).isEqualTo(400);
		// the reverse direction is another relation
		assertThat(call("POST", path, coordinator, "{\"fromId\":%d,\"kind\":\"regulates\",\"toId\":%d}"
			.formatted(city, grid)).statusCode()).isEqualTo(201);

		JsonNode list = JSON.readTree(call("GET", path, observer, null).body());
		assertThat(list.size()).isEqualTo(2);
		assertThat(list.toString()).contains("\"kind\":\"supplies-data-to\"", "\"fromName\":\"Grid operator\"");
		assertThat(call("GET", path, outsider, null).statusCode()).isEqualTo(404);
		assertThat(call("POST", path, observer, "{\"fromId\":%d,\"kind\":\"funds\",\"toId\":%d}".formatted(city, grid))
			.statusCode()).isEqualTo(403);

		assertThat(call("DELETE", path + "/" + relation, coordinator, null).statusCode()).isEqualTo(204);
		assertThat(call("DELETE", path + "/" + relation, coordinator, null).statusCode()).isEqualTo(404);
		assertThat(audit.of(StakeholderRelations.AUDIT_TYPE, String.valueOf(relation))).hasSize(2);
	}

	@Test
	void deletingAnOrganisationTakesItsRelationsAlong() throws Exception {
		call("POST", "/api/v1/ateliers/" + atelier + "/relations", coordinator,
				"{\"fromId\":%d,\"kind\":\"funds\",\"toId\":%d}".formatted(city, grid));
		int version = TestUsers.as(coordinator, () -> register.view(atelier, grid).version());
		TestUsers.as(coordinator, () -> {
			register.delete(atelier, grid, version);
			return null;
		});
		assertThat(JSON.readTree(call("GET", "/api/v1/ateliers/" + atelier + "/relations", observer, null).body()).size())
			.isZero();
	}

	@Test
	void theMapsCanBeReadAsTheyStoodAtAnEarlierMomentAfterScoresRelationsAndOrganisationsChanged() throws Exception {
		String base = "/api/v1/ateliers/" + atelier;
		java.time.Instant beforeAll = java.time.Instant.parse("2020-01-01T00:00:00Z");
		java.time.Instant created = java.time.Instant.now();
		long relation = JSON.readTree(call("POST", base + "/relations", coordinator,
				"{\"fromId\":%d,\"kind\":\"regulates\",\"toId\":%d}".formatted(city, grid)).body()).get("id").asLong();
		java.time.Instant related = java.time.Instant.now();
		TestUsers.as(coordinator, () -> {
			var view = register.view(atelier, city);
			register.update(atelier, city, view.version(), StakeholderInput.parse("City of Delft", "municipality",
					"government", null, true, "Building permits", "5", "5", true, true, true, "leading", "leading"));
			register.delete(atelier, grid, register.view(atelier, grid).version());
			return null;
		});

		JsonNode then = JSON.readTree(call("GET", base + "/stakeholders?asOf=" + created, observer, null).body());
		assertThat(then).extracting(n -> n.get("name").asString()).containsExactly("City of Delft", "Grid operator");
		assertThat(then.get(0).get("influence").asInt()).isEqualTo(3);
		assertThat(JSON.readTree(call("GET", base + "/relations?asOf=" + created, observer, null).body())).isEmpty();
		JsonNode relationsThen = JSON.readTree(call("GET", base + "/relations?asOf=" + related, observer, null).body());
		assertThat(relationsThen).hasSize(1);
		assertThat(relationsThen.get(0).get("id").asLong()).isEqualTo(relation);
		assertThat(relationsThen.get(0).get("toName").asString()).isEqualTo("Grid operator");

		JsonNode now = JSON.readTree(call("GET", base + "/stakeholders", observer, null).body());
		assertThat(now).extracting(n -> n.get("name").asString()).containsExactly("City of Delft");
		assertThat(now.get(0).get("influence").asInt()).isEqualTo(5);
		assertThat(JSON.readTree(call("GET", base + "/relations?asOf=" + java.time.Instant.now(), observer, null).body()))
			.isEmpty();
		assertThat(JSON.readTree(call("GET", base + "/stakeholders?asOf=" + beforeAll, observer, null).body())).isEmpty();
		var bad = call("GET", base + "/stakeholders?asOf=last-tuesday", observer, null);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("asOf");
		assertThat(call("GET", base + "/stakeholders?asOf=" + created, outsider, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theDrawingPlacesEveryOrganisationOnceAndEndsArrowsOutsideTheTarget() {
		var relations = List.of(new RelationView(1, 10, "Bravo", RelationKind.FUNDS, 20, "Alpha", null),
				new RelationView(2, 20, "Alpha", RelationKind.REGULATES, 30, "Charlie", null),
				new RelationView(3, 30, "Charlie", RelationKind.REPRESENTS, 10, "Bravo", null));
		NetworkLayout.Drawing drawing = NetworkLayout.of(relations);
		assertThat(drawing.nodes()).extracting(NetworkLayout.Node::name).containsExactly("Alpha", "Bravo", "Charlie");
		assertThat(drawing.edges()).hasSize(3);
		NetworkLayout.Node alpha = drawing.nodes().getFirst();
		NetworkLayout.Edge funds = drawing.edges().getFirst();
		double distance = Math.hypot(funds.x2() - alpha.x(), funds.y2() - alpha.y());
		assertThat(distance).isGreaterThan(NetworkLayout.NODE_RADIUS);
		assertThat(drawing.nodes()).allSatisfy(n -> {
			assertThat(n.x()).isBetween(0.0, (double) NetworkLayout.SIZE);
			assertThat(n.y()).isBetween(0.0, (double) NetworkLayout.SIZE);
		});
		// the same input draws the same picture
		assertThat(NetworkLayout.of(relations)).isEqualTo(drawing);
	}

	private long organisation(long atelierId, String name) {
		return TestUsers.as(coordinator, () -> register.create(atelierId, StakeholderInput.parse(name, "company",
				"industry", null, false, null, "3", "3", false, false, false, "neutral", "neutral")).id());
	}

	private HttpResponse<String> call(String method, String path, AccountView user, String body) throws Exception {
		return ApiCalls.call(port, method, path, user.username(), TestUsers.PASSWORD, body, ApiCalls.headers());
	}
}
