package org.atelier.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * One JSON API call over real HTTP as a given person (HTTP Basic), for the API integration tests:
 * English answers unless the caller names a language, a JSON body when given, and any extra headers such as If-Match.
 */
public final class ApiCalls {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ApiCalls() {
	}

	public static HttpResponse<String> call(int port, String method, String path, String username, String password,
			String json, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", HttpSession.basic(username, password))
			.header("Accept", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
			request.header("Accept-Language", "en");
		}
		headers.forEach(request::header);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Extra headers given as name, value, name, value, ... */
	public static Map<String, String> headers(String... namesAndValues) {
		var map = new java.util.LinkedHashMap<String, String>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}
}
