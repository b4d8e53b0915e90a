package org.atelier.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP "user agent" for integration tests over real HTTP: keeps cookies like a browser
 * (so a page session survives between calls), reads the CSRF token from the page's meta tag,
 * signs in through the real form, and also speaks to the API with Basic or Bearer credentials.
 * Redirects are not followed so tests can assert on them.
 */
public final class HttpSession {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
	private final HttpClient client;
	private String csrf;

	public HttpSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Signs in through the login form; returns the response of the form post (302 on success). */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return postForm("/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).GET());
		rememberCsrf(response);
		return response;
	}

	/** A form post as a page would send it, with the CSRF token of the last page read. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null && !all.containsKey("_csrf")) {
			all.put("_csrf", csrf);
		}
		return postFormRaw(path, all);
	}

	/** A form post exactly as given (no CSRF token added). */
	public HttpResponse<String> postFormRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		rememberCsrf(response);
		return response;
	}

	/** A multipart form post as a page would send it, with the CSRF token of the last page read. */
	public HttpResponse<String> postMultipart(String path, MultipartBody body) {
		if (csrf != null) {
			body.field("_csrf", csrf);
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", body.contentType()).header("Accept", HTML).POST(body.publisher()));
		rememberCsrf(response);
		return response;
	}

	public String sessionCookie() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("SESSION")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	public String csrfToken() {
		return csrf;
	}

	/** Sends any request (headers and method set by the caller), keeping cookies. */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path));
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private void rememberCsrf(HttpResponse<String> response) {
		Matcher m = CSRF.matcher(response.body() == null ? "" : response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
