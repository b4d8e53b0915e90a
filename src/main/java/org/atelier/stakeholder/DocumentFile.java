package org.atelier.stakeholder;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document with its bytes, for download. */
public record DocumentFile(DocumentView document, byte[] content) {

	/**
	 * The answer to a download, for pages and API alike: always an attachment (never shown inline),
	 * under the cleaned original name, with the media type recognised from the content on upload.
	 */
	public ResponseEntity<byte[]> asAttachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.format().mediaType()))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.downloadName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}
}
