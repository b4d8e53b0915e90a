package org.atelier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.testsupport.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo installation on an empty database of its own: the two ateliers with their people,
 * loaded once (a second run changes nothing), and the demo users can sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"atelier.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:atelier-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoDataTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	org.atelier.identity.Accounts accounts;

	@Autowired
	org.atelier.capacity.FundingOutlook funding;

	@Test
	void theDemoAteliersAndTheirPeopleAreThereOnce() throws Exception {
		List<String> names = jdbc.sql("select name from atelier order by name").query(String.class).list();
		assertThat(names).containsExactly("Republica, Buiksloterham", "Zorrotzaurre energy atelier");
		List<String> republica = jdbc.sql("""
				select u.username || '=' || m.role from atelier_member m
				join app_user u on u.id = m.user_id join atelier a on a.id = m.atelier_id
				where a.name = 'Republica, Buiksloterham' order by u.username""").query(String.class).list();
		assertThat(republica).containsExactly("eva.jansen=COORDINATOR", "lucia.garcia=OBSERVER",
				"noor.elamrani=OBSERVER", "sanne.visser=PARTNER", "tom.bakker=PARTNER");
		assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
			.as("the demo leaves a normal history").isGreaterThan(5);

		assertThat(jdbc.sql("""
				select count(*) from challenge_statement c join atelier a on a.id = c.atelier_id
				where a.name = 'Republica, Buiksloterham' and c.validated_at is not null""").query(Long.class).single())
			.as("Republica's challenge statement is validated").isEqualTo(1);
		assertThat(jdbc.sql("""
				select s.name || '=' || s.commitment from stakeholder s join atelier a on a.id = s.atelier_id
				where a.name = 'Republica, Buiksloterham' order by s.name""").query(String.class).list())
			.containsExactly("Buiksloterham residents' association=APPROACHED", "City of Amsterdam=COMMITTED",
					"Regional grid operator=IDENTIFIED", "Republica developer=COMMITTED");
		assertThat(jdbc.sql("select count(*) from stakeholder_relation").query(Long.class).single())
			.as("Republica's dependency network").isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from strategy_endorsement").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from decision order by id").query(String.class).list())
			.as("the battery decision superseded, its successor, and the core team's decision from approved minutes")
			.containsExactly("SUPERSEDED", "ACCEPTED", "ACCEPTED");
		assertThat(jdbc.sql("select title || ':' || minutes_status from activity_session order by starts_at")
			.query(String.class).list()).containsExactly("Core team kick-off:APPROVED",
					"Core team, second meeting:CIRCULATED", "Evening with the residents' association:DRAFT");
		assertThat(jdbc.sql("select status from follow_up_action order by id").query(String.class).list())
			.as("actions exist only for approved minutes").containsExactly("DONE", "OPEN");
		assertThat(jdbc.sql("select count(*) from follow_up_action where status = 'OPEN' and due_on < current_date")
			.query(Long.class).single()).as("one action is overdue, for the overview to count").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from session_link").query(Long.class).single())
			.as("the residents' evening tests the tenants hypothesis").isEqualTo(1);
		assertThat(jdbc.sql("""
				select status || ':' || importance || '/' || evidence_strength from hypothesis order by id""")
			.query(String.class).list()).as("supported, being tested, and one to test first")
			.containsExactly("SUPPORTED:5/2", "TESTING:4/2", "OPEN:5/0");
		assertThat(jdbc.sql("select count(*) from hypothesis_evidence").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select scenario_name || ':' || (violation_steps > 0) from energy_run order by id")
			.query(String.class).list()).as("congestion as planned, less with the pilot battery, none with 500 kWh")
			.containsExactly("Republica as planned:TRUE", "Pilot battery 200 kWh:TRUE",
					"Battery 500 kWh with peak shaving:FALSE");

		var eva = accounts.findByUsername("eva.jansen").orElseThrow();
		long republicaId = jdbc.sql("select id from atelier where name = 'Republica, Buiksloterham'").query(Long.class)
			.single();
		assertThat(org.atelier.testsupport.TestUsers.as(eva, () -> funding.summary(republicaId)).cliff())
			.as("Republica's EU programme money ends within a year").isTrue();
		assertThat(jdbc.sql("select count(*) from capacity_team_member").query(Long.class).single()).isEqualTo(7);

		assertThat(demo.isEmpty()).isFalse();
		demo.run(null);
		assertThat(jdbc.sql("select count(*) from atelier").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aDemoUserSignsInAndSeesTheirAteliers() {
		var eva = new HttpSession(port);
		assertThat(eva.signIn("eva.jansen", "atelier-demo-2026").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		var home = eva.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Republica, Buiksloterham").doesNotContain("Zorrotzaurre");
		long republica = jdbc.sql("select id from atelier where name = 'Republica, Buiksloterham'").query(Long.class).single();
		var lifecycle = eva.get("/ateliers/" + republica + "/lifecycle");
		assertThat(lifecycle.statusCode()).isEqualTo(200);
		assertThat(lifecycle.body()).contains("Version 1 of the challenge statement is validated.")
			.contains("Someone facilitates, someone holds decision authority, and the mandate is written down.");
	}
}
