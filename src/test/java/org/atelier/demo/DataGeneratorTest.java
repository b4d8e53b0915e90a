package org.atelier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load-benchmark data generator with tiny numbers on a database of its own: it creates what
 * it reports, through the services (so the audit trail grows with it), and hands out a working
 * token for the benchmark user.
 */
@SpringBootTest(properties = { "atelier.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:atelier-generator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DataGeneratorTest {

	@Autowired
	DataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.atelier.identity.AccessTokens tokens;

	@TempDir
	Path temp;

	@Test
	void generatesWhatItReportsThroughTheServices() throws Exception {
		Path tokenFile = temp.resolve("token.txt");
		var options = GenerateCommand.Options.parse(new String[] { "--ateliers", "2", "--scale", "0.05", "--seed", "7",
				"--token-file", tokenFile.toString() });
		var out = new ByteArrayOutputStream();
		Map<String, Long> totals = generator.generate(options, new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(count("atelier")).isEqualTo(2).isEqualTo(totals.get("ateliers"));
		assertThat(count("stakeholder")).isEqualTo(totals.get("stakeholders")).isEqualTo(6);
		assertThat(count("lesson")).isEqualTo(totals.get("lessons"));
		assertThat(count("hypothesis")).isEqualTo(totals.get("hypotheses"));
		assertThat(count("follow_up_action")).isEqualTo(totals.get("actions"));
		assertThat(count("decision")).isEqualTo(totals.get("decisions"));
		assertThat(count("assessment_answer")).isEqualTo(totals.get("assessment answers")).isPositive();
		assertThat(count("energy_scenario")).isEqualTo(1);
		assertThat(count("audit_entry")).as("every record leaves its history").isGreaterThan(totals.get("lessons"));
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("2/2 ateliers").contains("done:");
		String secret = Files.readString(tokenFile).trim();
		assertThat(tokens.authenticate(secret)).get().extracting(u -> u.getUsername())
			.isEqualTo(DataGenerator.BENCH_USER);
	}

	@Test
	void refusesBadOptions() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> GenerateCommand.Options.parse(new String[] { "--scale", "0" }))
			.isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> GenerateCommand.Options.parse(new String[] { "--bogus" }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
