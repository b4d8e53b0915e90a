package org.atelier.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body (RFC 7578) for tests that upload files over real HTTP, page or API. */
public final class MultipartBody {

	private final String boundary = "atelier-test-" + UUID.randomUUID();
	private final ByteArrayOutputStream parts = new ByteArrayOutputStream();

	public MultipartBody field(String name, String value) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
		write(value + "\r\n");
		return this;
	}

	/** A file part; {@code fileName} goes into the header as given (tests send hostile names on purpose). */
	public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
		write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		parts.writeBytes(content);
		write("\r\n");
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public HttpRequest.BodyPublisher publisher() {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(parts.toByteArray());
		all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
	}

	private void write(String text) {
		parts.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
