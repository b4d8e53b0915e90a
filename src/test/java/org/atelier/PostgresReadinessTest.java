package org.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.atelier.identity.Accounts;
import org.atelier.testsupport.DatabaseTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proves that the whole application starts on the configured database and that Flyway brought
 * its schema up to date there. The database product appears in the test names (and so in the
 * test reports), which shows at a glance whether a run used H2 or PostgreSQL.
 */
@SpringBootTest
@DatabaseTest
class PostgresReadinessTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Value("${spring.datasource.url}")
	String url;

	@TestFactory
	Stream<DynamicTest> theApplicationRunsOnTheConfiguredDatabase() throws SQLException {
		String product;
		String version;
		try (var connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
			version = connection.getMetaData().getDatabaseProductVersion();
		}
		String on = " on " + product + " " + version;
		System.out.println("Database under test: " + product + " " + version + " (" + url.replaceAll("[?;].*", "") + ")");
		return Stream.of(
				DynamicTest.dynamicTest("the database is the one the URL names" + on,
						() -> assertThat(product.toLowerCase(Locale.ROOT)).isEqualTo(expectedProduct())),
				DynamicTest.dynamicTest("Flyway applied every migration" + on, this::flywayRanWithoutFailures),
				DynamicTest.dynamicTest("the start-up created the administrator" + on,
						() -> assertThat(accounts.findByUsername("admin")).hasValueSatisfying(admin -> {
							assertThat(admin.admin()).isTrue();
							assertThat(admin.enabled()).isTrue();
						})));
	}

	private void flywayRanWithoutFailures() {
		List<String> applied = jdbc.sql("select version from flyway_schema_history where success = true "
				+ "and version is not null order by installed_rank")
			.query(String.class).list();
		int failed = jdbc.sql("select count(*) from flyway_schema_history where success = false")
			.query(Integer.class).single();
		assertThat(applied).contains("1");
		assertThat(failed).isZero();
	}

	/** What {@code DatabaseMetaData} calls the product behind the configured JDBC URL. */
	private String expectedProduct() {
		String kind = url.substring("jdbc:".length(), url.indexOf(':', "jdbc:".length()));
		return switch (kind) {
			case "postgresql" -> "postgresql";
			case "h2" -> "h2";
			default -> throw new AssertionError("unexpected JDBC URL " + url);
		};
	}
}
