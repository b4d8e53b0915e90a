package org.atelier.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accounts, API authentication, tokens and throttling, over real HTTP against the real database. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	HttpSession http;

	@BeforeEach
	void setUp() {
		http = new HttpSession(port);
	}

	@Test
	void apiWithoutCredentialsAnswers401WithAProblemNotARedirect() {
		var response = http.send(http.request("/api/v1/me").GET());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				v -> assertThat(v).contains("Basic"));
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void administratorCreatesAUserWhoCanThenCallTheApi() {
		String username = TestUsers.uniqueName("api");
		var created = post("/api/v1/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, """
				{"username":"%s","displayName":"Api User","email":"%s@example.org","password":"%s"}"""
			.formatted(username, username, TestUsers.PASSWORD));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		JsonNode body = JSON.readTree(created.body());
		assertThat(body.get("username").asString()).isEqualTo(username);
		assertThat(body.has("password")).isFalse();
		assertThat(body.has("passwordHash")).isFalse();

		var me = http.send(http.request("/api/v1/me").header("Authorization", HttpSession.basic(username, TestUsers.PASSWORD)).GET());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("displayName").asString()).isEqualTo("Api User");
	}

	@Test
	void passwordsAreStoredAsArgon2idWithOwaspParameters() {
		var user = TestUsers.create(accounts, "hash");
		String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
			.query(String.class).single();
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(hash).doesNotContain(TestUsers.PASSWORD);
	}

	@Test
	void invalidNewUserGetsAProblemNamingEachFieldAndNothingIsWritten() {
		long before = countUsers();
		var response = post("/api/v1/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, """
				{"username":"No Spaces Allowed","displayName":"","email":"not-an-email","password":"short"}""");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		List<String> fields = errors.valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).containsExactlyInAnyOrder("username", "displayName", "email", "password");
		assertThat(countUsers()).isEqualTo(before);
	}

	@Test
	void duplicateUserNameIsAConflict() {
		var existing = TestUsers.create(accounts, "dup");
		var response = post("/api/v1/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, """
				{"username":"%s","displayName":"Again","password":"%s"}""".formatted(existing.username(), TestUsers.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(existing.username());
	}

	@Test
	void onlyAdministratorsCreateUsers() {
		var user = TestUsers.create(accounts, "plain");
		var response = post("/api/v1/users", user.username(), TestUsers.PASSWORD, """
				{"username":"%s","displayName":"X","password":"%s"}""".formatted(TestUsers.uniqueName("x"), TestUsers.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void malformedJsonIsA400NotA500() {
		var response = post("/api/v1/users", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, "{\"username\":");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void personalAccessTokenAuthenticatesUntilRevoked() {
		var user = TestUsers.create(accounts, "token");
		var created = asUser(user, () -> tokens.create("script", null));
		assertThat(created.secret()).startsWith("atl_");
		String stored = jdbc.sql("select token_hash from access_token where id = :id").param("id", created.token().id())
			.query(String.class).single();
		assertThat(stored).isNotEqualTo(created.secret()).hasSize(64);

		var ok = http.send(http.request("/api/v1/me").header("Authorization", "Bearer " + created.secret()).GET());
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(ok.body()).get("username").asString()).isEqualTo(user.username());

		asUser(user, () -> {
			tokens.revoke(created.token().id());
			return null;
		});
		var revoked = http.send(http.request("/api/v1/me").header("Authorization", "Bearer " + created.secret()).GET());
		assertThat(revoked.statusCode()).isEqualTo(401);
		var forged = http.send(http.request("/api/v1/me").header("Authorization", "Bearer atl_forged").GET());
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedWith429() {
		var user = TestUsers.create(accounts, "throttle");
		for (int i = 0; i < 5; i++) {
			var wrong = http.send(http.request("/api/v1/me").header("Authorization", HttpSession.basic(user.username(), "wrong-password-" + i)).GET());
			assertThat(wrong.statusCode()).isEqualTo(401);
		}
		var right = http.send(http.request("/api/v1/me").header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD)).GET());
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		int counted = jdbc.sql("select count(*) from login_attempt where username = :u and success = false")
			.param("u", user.username()).query(Integer.class).single();
		assertThat(counted).isEqualTo(6);
	}

	@Test
	void disabledUsersCannotUseTheApi() {
		var user = TestUsers.create(accounts, "disabled");
		asAdmin(() -> {
			accounts.disable(user.id());
			return null;
		});
		var response = http.send(http.request("/api/v1/me").header("Authorization", HttpSession.basic(user.username(), TestUsers.PASSWORD)).GET());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private long countUsers() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	private HttpResponse<String> post(String path, String user, String password, String json) {
		return http.send(http.request(path).header("Authorization", HttpSession.basic(user, password))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private <T> T asUser(Accounts.AccountView account, java.util.function.Supplier<T> action) {
		return TestUsers.as(account, action);
	}

	private <T> T asAdmin(java.util.function.Supplier<T> action) {
		return asUser(accounts.findByUsername("admin").orElseThrow(), action);
	}
}
