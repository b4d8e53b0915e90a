package org.atelier.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.atelier.atelier.AtelierInput;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.Theme;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.testsupport.ApiCalls;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.Mutations;
import org.atelier.testsupport.RowCounts;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random mutations of a valid atelier archive through POST /api/v1/imports: cut short, bytes
 * flipped, an entry renamed or removed, one JSON value changed, removed or duplicated. Each import
 * either creates a complete atelier (201, readable afterwards) or is refused with a 4xx problem
 * detail naming what is wrong, and then not one row was written; never a 5xx. The seed is in every
 * failure message.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveImportPropertyTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int TRIES = 30;
	private static final List<String> COUNTED = List.of("atelier", "atelier_member", "stakeholder", "stakeholder_contact",
			"hypothesis", "hypothesis_evidence", "hypothesis_status_change", "decision", "energy_scenario",
			"energy_scenario_file", "energy_run", "capacity_funding_source", "lesson", "audit_entry");

	private final long seed = System.nanoTime();
	private final Random random = new Random(seed);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AtelierService ateliers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMutatedArchiveIsImportedWholeOrRefusedWithoutAWrite() throws Exception {
		AccountView coordinator = TestUsers.create(accounts, "fuzz-archive");
		long atelierId = TestUsers.as(coordinator, () -> ateliers.create(new AtelierInput(TestUsers.uniqueName("Archived"),
				"Leuven", "Kessel-Lo", Theme.ENERGY, "Local energy", null, null)).id());
		String base = "/api/v1/ateliers/" + atelierId;
		for (String[] post : List.of(
				new String[] { "/hypotheses", "{\"statement\":\"Tenants share roofs\",\"category\":\"desirability\",\"importance\":4}" },
				new String[] { "/decisions", "{\"title\":\"Roof pilot\",\"decision\":\"Start with two roofs\",\"options\":[\"Two\",\"All\"]}" },
				new String[] { "/funding-sources", "{\"type\":\"in-kind\",\"funder\":\"Port\",\"amountPerYear\":1000,\"start\":\"2026-01-01\",\"status\":\"received\"}" },
				new String[] { "/energy/scenarios", "{\"name\":\"Depot\",\"scenario\":{\"site\":{\"latitude\":50.9,\"longitude\":4.7,"
						+ "\"timezone\":\"Europe/Brussels\",\"year\":2025},\"stepMinutes\":60,\"pv\":[],\"members\":[{\"name\":\"Depot\","
						+ "\"category\":\"commercial\",\"load\":{\"type\":\"constant\",\"kw\":10}}],\"grid\":{\"importCapKw\":8},"
						+ "\"strategy\":\"NONE\"}}" })) {
			var created = ApiCalls.call(port, "POST", base + post[0], coordinator.username(), TestUsers.PASSWORD, post[1], Map.of());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		byte[] valid = ArchiveHttp.export(port, coordinator.username(), TestUsers.PASSWORD, atelierId).body();
		Map<String, byte[]> entries = ArchiveHttp.entries(valid);
		assertThat(entries).containsKey("atelier.json");

		for (int i = 0; i < TRIES; i++) {
			String change;
			byte[] zip;
			List<String> names = new ArrayList<>(entries.keySet());
			String name = names.get(random.nextInt(names.size()));
			Map<String, byte[]> copy = new LinkedHashMap<>(entries);
			switch (i % 5) {
				case 0 -> {
					zip = Mutations.bytes(valid, random);
					change = "bytes cut or flipped";
				}
				case 1 -> {
					byte[] content = copy.remove(name);
					String renamed = List.of(name.toUpperCase(), "x/" + name, name + ".bak", "../" + name, name.replace(".json", ".txt"))
						.get(random.nextInt(5));
					copy.put(renamed, content);
					zip = ArchiveHttp.zip(copy);
					change = "renamed " + name + " to " + renamed;
				}
				case 2 -> {
					copy.remove(name);
					zip = ArchiveHttp.zip(copy);
					change = "removed " + name;
				}
				default -> {
					List<String> jsons = names.stream().filter(n -> n.endsWith(".json")).toList();
					String target = jsons.get(random.nextInt(jsons.size()));
					String edited = Mutations.json(new String(entries.get(target), StandardCharsets.UTF_8), random);
					copy.put(target, edited.getBytes(StandardCharsets.UTF_8));
					zip = ArchiveHttp.zip(copy);
					change = "edited " + target + ": " + (edited.length() > 1500 ? edited.substring(0, 1500) + "..." : edited);
				}
			}
			Map<String, Long> before = RowCounts.of(jdbc, COUNTED);
			HttpResponse<String> answer = ArchiveHttp.importZip(port, coordinator.username(), TestUsers.PASSWORD, zip,
					TestUsers.uniqueName("Fuzzed"));
			String what = "seed " + seed + ", " + change + "\n-> " + answer.statusCode() + " " + answer.body();
			assertThat(answer.statusCode()).as(what).isLessThan(500);
			if (answer.statusCode() >= 400) {
				assertThat(answer.headers().firstValue("Content-Type")).as(what)
					.hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
				if (answer.statusCode() == 400) {
					JsonNode errors = JSON.readTree(answer.body()).get("errors");
					assertThat(errors).as(what).isNotNull();
					assertThat(errors.size()).as(what).isPositive();
				}
				assertThat(RowCounts.of(jdbc, COUNTED)).as("nothing written: " + what).isEqualTo(before);
			}
			else {
				assertThat(answer.statusCode()).as(what).isEqualTo(201);
				long imported = JSON.readTree(answer.body()).get("id").asLong();
				var read = ApiCalls.call(port, "GET", "/api/v1/ateliers/" + imported, coordinator.username(),
						TestUsers.PASSWORD, null, Map.of());
				assertThat(read.statusCode()).as(what).isEqualTo(200);
				assertThat(ApiCalls.call(port, "GET", "/api/v1/ateliers/" + imported + "/hypotheses", coordinator.username(),
						TestUsers.PASSWORD, null, Map.of()).statusCode()).as(what).isEqualTo(200);
			}
		}
	}
}
