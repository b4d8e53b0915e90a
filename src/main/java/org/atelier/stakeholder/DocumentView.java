package org.atelier.stakeholder;

import java.time.LocalDate;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document attached to an organisation, without its bytes. {@code storedName} is chosen by the
 * server; {@code fileName} is the name the file had on the uploader's computer, cleaned, or null.
 */
public record DocumentView(long id, long stakeholderId, String title, DocumentKind kind, @Nullable LocalDate signedOn,
		@Nullable String fileName, String storedName, DocumentFormat format, long size, Instant uploadedAt,
		String uploadedBy) {

	/** The name a download is offered under: the original name when there was one, else the stored name. */
	public String downloadName() {
		return fileName == null ? storedName : fileName;
	}
}
