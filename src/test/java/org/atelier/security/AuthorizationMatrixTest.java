package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.atelier.identity.Accounts;
import org.atelier.testsupport.DatabaseTest;
import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.MultipartBody;
import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the application, with the status each kind of caller gets: anonymous,
 * a signed-in user who is not a member of the atelier, an observer, a partner, a coordinator and
 * an installation administrator. A mapping missing from the table fails the test, so a new
 * endpoint cannot ship without its authorization being stated and checked. Objects are always
 * addressed through a fresh fixture, so state-changing calls do not disturb each other, and
 * objects of other people are addressed by id to prove they answer 404 (no IDOR).
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	enum Caller {
		ANONYMOUS, NON_MEMBER, OBSERVER, PARTNER, COORDINATOR, ADMIN
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	org.atelier.identity.AccessTokens tokens;

	@Autowired
	org.atelier.atelier.AtelierService ateliers;

	@Autowired
	org.atelier.atelier.AtelierMembers atelierMembers;

	@Autowired
	org.springframework.context.ApplicationContext context;

	MatrixFixtures fixtures;

	private final Map<Caller, MatrixFixtures.Person> people = new EnumMap<>(Caller.class);
	private final Map<Caller, HttpSession> sessions = new EnumMap<>(Caller.class);

	@BeforeAll
	void signEveryoneIn() {
		fixtures = new MatrixFixtures(accounts, tokens, ateliers, atelierMembers, context);
		for (Caller caller : Caller.values()) {
			MatrixFixtures.Person person = caller == Caller.ANONYMOUS ? null
					: caller == Caller.ADMIN ? new MatrixFixtures.Person(TestUsers.createAdmin(accounts, "mx-admin"))
							: new MatrixFixtures.Person(TestUsers.create(accounts, "mx-" + caller.name().toLowerCase().replace('_', '-')));
			people.put(caller, person);
			HttpSession session = new HttpSession(port);
			if (person != null) {
				assertThat(session.signIn(person.username(), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
			}
			sessions.put(caller, session);
		}
	}

	@Test
	void everyRequestMappingIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					mapped.add(method + " " + pattern);
				}
			}
		});
		Set<String> stated = new TreeSet<>();
		Matrix.ROWS.stream().filter(r -> !r.filterEndpoint()).forEach(r -> stated.add(r.key()));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(stated);
		Set<String> stale = new TreeSet<>(stated);
		stale.removeAll(mapped);
		assertThat(missing).as("request mappings without a row in the authorization matrix").isEmpty();
		assertThat(stale).as("matrix rows for mappings that no longer exist").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsTheStatedStatus() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Matrix.Row row : Matrix.ROWS) {
			if (row.skipReason() != null) {
				continue;
			}
			for (Caller caller : Caller.values()) {
				int expected = row.expected().get(caller);
				tests.add(DynamicTest.dynamicTest(row.key() + " as " + caller + " → " + expected,
						() -> assertThat(call(row, caller)).as(row.key() + " as " + caller).isEqualTo(expected)));
			}
		}
		return tests.stream();
	}

	private int call(Matrix.Row row, Caller caller) {
		MatrixFixtures.Scene scene = fixtures.scene(people);
		String path = row.path().apply(scene);
		HttpSession session = sessions.get(caller);
		HttpResponse<String> response;
		if (row.api()) {
			HttpRequest.Builder request = session.request(path);
			MatrixFixtures.Person person = people.get(caller);
			if (person != null) {
				request.header("Authorization", HttpSession.basic(person.username(), TestUsers.PASSWORD));
			}
			row.headers().apply(scene).forEach(request::header);
			String body = row.body().apply(scene);
			MultipartBody multipart = row.multipart().apply(scene);
			if (multipart != null) {
				request.method(row.method(), multipart.publisher()).header("Content-Type", multipart.contentType());
			}
			else {
				request.method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body));
			}
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			// API calls must not ride on the page session: use a fresh agent without cookies.
			response = new HttpSession(port).send(request);
		}
		else if (row.method().equals("GET")) {
			response = session.get(path);
		}
		else {
			session.get(caller == Caller.ANONYMOUS ? "/login" : "/profile"); // a fresh CSRF token
			MultipartBody multipart = row.multipart().apply(scene);
			if (multipart != null) {
				response = session.postMultipart(path, multipart);
			}
			else {
				Map<String, String> form = new LinkedHashMap<>(row.form().apply(scene));
				response = session.postForm(path, form);
			}
		}
		return response.statusCode();
	}

	/** Declares a row: which mapping, how to call it, and the status per caller. */
	static final class Matrix {

		record Row(String method, String pattern, boolean api, Function<MatrixFixtures.Scene, String> path,
				Function<MatrixFixtures.Scene, Map<String, String>> form, Function<MatrixFixtures.Scene, String> body,
				Function<MatrixFixtures.Scene, Map<String, String>> headers,
				Function<MatrixFixtures.Scene, MultipartBody> multipart, Map<Caller, Integer> expected,
				String skipReason, boolean filterEndpoint) {

			String key() {
				return method + " " + pattern;
			}
		}

		static final List<Row> ROWS = new ArrayList<>();

		static Builder page(String method, String pattern) {
			return new Builder(method, pattern, false);
		}

		static Builder api(String method, String pattern) {
			return new Builder(method, pattern, true);
		}

		static final class Builder {

			private final String method;
			private final String pattern;
			private final boolean api;
			private Function<MatrixFixtures.Scene, String> path;
			private Function<MatrixFixtures.Scene, Map<String, String>> form = s -> Map.of();
			private Function<MatrixFixtures.Scene, String> body = s -> null;
			private Function<MatrixFixtures.Scene, Map<String, String>> headers = s -> Map.of();
			private Function<MatrixFixtures.Scene, MultipartBody> multipart = s -> null;
			private boolean filterEndpoint;

			Builder(String method, String pattern, boolean api) {
				this.method = method;
				this.pattern = pattern;
				this.api = api;
				this.path = s -> pattern;
			}

			Builder path(Function<MatrixFixtures.Scene, String> path) {
				this.path = path;
				return this;
			}

			Builder form(Function<MatrixFixtures.Scene, Map<String, String>> form) {
				this.form = form;
				return this;
			}

			Builder json(Function<MatrixFixtures.Scene, String> body) {
				this.body = body;
				return this;
			}

			Builder headers(Function<MatrixFixtures.Scene, Map<String, String>> headers) {
				this.headers = headers;
				return this;
			}

			/** A multipart/form-data body (file uploads), for a page form or an API call. */
			Builder multipart(Function<MatrixFixtures.Scene, MultipartBody> multipart) {
				this.multipart = multipart;
				return this;
			}

			/**
			 * An address served by a security filter rather than a request mapping (single
			 * sign-on): called like any row, but not compared with the request mappings.
			 */
			Builder filterEndpoint() {
				this.filterEndpoint = true;
				return this;
			}

			/** Status for: anonymous, non-member, observer, partner, coordinator, administrator. */
			void expect(int anonymous, int nonMember, int observer, int partner, int coordinator, int admin) {
				Map<Caller, Integer> e = new EnumMap<>(Caller.class);
				e.put(Caller.ANONYMOUS, anonymous);
				e.put(Caller.NON_MEMBER, nonMember);
				e.put(Caller.OBSERVER, observer);
				e.put(Caller.PARTNER, partner);
				e.put(Caller.COORDINATOR, coordinator);
				e.put(Caller.ADMIN, admin);
				ROWS.add(new Row(method, pattern, api, path, form, body, headers, multipart, e, null, filterEndpoint));
			}

			/** A framework mapping that is not called here, with the reason why. */
			void notCalled(String reason) {
				ROWS.add(new Row(method, pattern, api, path, form, body, headers, multipart, Map.of(), reason, filterEndpoint));
			}
		}

		static {
			MatrixRows.declare();
		}
	}
}
