package org.atelier.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.atelier.testsupport.HttpSession;
import org.atelier.testsupport.MultipartBody;

/** Export and import calls of the archive API for tests, and the contents of an archive as a map. */
public final class ArchiveHttp {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ArchiveHttp() {
	}

	static HttpResponse<byte[]> export(int port, String username, String password, long atelierId)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ateliers/" + atelierId
				+ "/export")).header("Authorization", HttpSession.basic(username, password)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	static HttpResponse<String> importZip(int port, String username, String password, byte[] zip, String name)
			throws IOException, InterruptedException {
		MultipartBody body = new MultipartBody();
		if (name != null) {
			body.field("name", name);
		}
		body.file("file", "atelier.zip", "application/zip", zip);
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
			.header("Authorization", HttpSession.basic(username, password)).header("Accept-Language", "en")
			.header("Content-Type", body.contentType()).POST(body.publisher()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A zip of these entries, in their order. */
	public static byte[] zip(Map<String, byte[]> entries) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
			for (var e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** Entry name to bytes. */
	public static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
