package org.atelier.method.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.atelier.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/method} over real HTTP with Basic authentication. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MethodApiTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();

	private HttpResponse<String> get(String path, String acceptLanguage, boolean signedIn, String... headers)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json");
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		if (signedIn) {
			String credentials = TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void theCurrentCatalogueInEnglish() throws Exception {
		var response = get("/api/v1/method", "en-GB,en;q=0.9", true);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("version").asString()).isEqualTo("2026.1");
		assertThat(body.get("language").asString()).isEqualTo("en");
		assertThat(body.get("phases")).hasSize(5);
		assertThat(body.get("phases").get(1).get("key").asString()).isEqualTo("establishing");
		assertThat(body.get("phases").get(1).get("name").asString()).isEqualTo("Establishing");
		assertThat(body.get("buildingBlocks")).hasSize(6);
		assertThat(body.get("buildingBlocks").get(1).get("withoutIt").asString()).isNotBlank();
		assertThat(body.get("preconditionSteps")).hasSize(6);
		assertThat(body.get("preconditionSteps").get(0).get("guidingQuestions")).hasSize(3);
		assertThat(body.get("preconditionOutputs")).hasSize(5);
		assertThat(body.get("continuationDimensions")).hasSize(4);
		assertThat(body.get("scale").get("score")).hasSize(4);
		assertThat(body.get("scale").get("confidence")).hasSize(5);

		int blockQuestions = 0;
		for (JsonNode question : body.get("questions")) {
			if (question.has("block")) {
				blockQuestions++;
				assertThat(question.has("step")).isFalse();
				assertThat(question.has("dimension")).isFalse();
			}
			assertThat(question.get("source").asString()).startsWith("Innovation Atelier Guide");
		}
		assertThat(blockQuestions).isEqualTo(54);
		JsonNode question = question(body, "establishing.value-proposition.2");
		assertThat(question.get("phase").asString()).isEqualTo("establishing");
		assertThat(question.get("block").asString()).isEqualTo("value-proposition");
		assertThat(question(body, "preconditions.securing-stakeholders.1").get("step").asString())
			.isEqualTo("securing-stakeholders");
		assertThat(question(body, "continuation.financial-sustainability.1").get("dimension").asString())
			.isEqualTo("financial-sustainability");
	}

	@Test
	void dutchWhenTheCallerAsksForIt() throws Exception {
		JsonNode english = json.readTree(get("/api/v1/method", "en", true).body());
		var response = get("/api/v1/method", "nl-NL,nl;q=0.9,en;q=0.5", true);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Language")).hasValue("nl");
		JsonNode dutch = json.readTree(response.body());
		assertThat(dutch.get("language").asString()).isEqualTo("nl");
		assertThat(dutch.get("phases").get(1).get("name").asString()).isEqualTo("Opbouwen");
		assertThat(dutch.get("buildingBlocks").get(1).get("name").asString()).isEqualTo("Waardepropositie");
		String key = "establishing.value-proposition.2";
		assertThat(question(dutch, key).get("text").asString()).isNotBlank()
			.isNotEqualTo(question(english, key).get("text").asString());
		assertThat(dutch.get("questions")).hasSameSizeAs(english.get("questions"));
	}

	@Test
	void englishForALanguageTheMethodIsNotWrittenIn() throws Exception {
		var response = get("/api/v1/method", "de-DE", true);
		assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
		assertThat(json.readTree(response.body()).get("phases").get(0).get("name").asString())
			.isEqualTo("Preconditions");
	}

	@Test
	void aVersionCanBeAskedForByName() throws Exception {
		var response = get("/api/v1/method?version=2026.1", "es", true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).get("phases").get(0).get("name").asString())
			.isEqualTo("Condiciones previas");
	}

	@Test
	void anUnknownVersionIsAProblem404() throws Exception {
		var response = get("/api/v1/method?version=1999.1", "en", true);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.startsWith("application/problem+json");
		assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(404);
	}

	@Test
	void anUnchangedCatalogueIsNotSentAgain() throws Exception {
		var first = get("/api/v1/method", "nl", true);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isEqualTo("\"2026.1-nl\"");
		assertThat(get("/api/v1/method", "nl", true, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(get("/api/v1/method", "es", true, "If-None-Match", etag).statusCode()).isEqualTo(200);
	}

	@Test
	void withoutCredentialsTheAnswerIs401() throws Exception {
		var response = get("/api/v1/method", "en", false);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("Establishing");
	}

	@Test
	void theEndpointIsDocumentedInTheOpenApiDescription() throws Exception {
		var response = get("/v3/api-docs", null, false);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode operation = json.readTree(response.body()).get("paths").get("/api/v1/method").get("get");
		assertThat(operation.get("tags").get(0).asString()).isEqualTo("Method");
		assertThat(operation.get("summary").asString()).isEqualTo("The method catalogue");
		assertThat(operation.get("responses").has("404")).isTrue();
	}

	private static JsonNode question(JsonNode body, String key) {
		for (JsonNode q : body.get("questions")) {
			if (key.equals(q.get("key").asString())) {
				return q;
			}
		}
		throw new AssertionError("no question " + key);
	}
}
