package org.atelier.stakeholder.api;

import java.time.LocalDate;
import java.time.Instant;

import org.atelier.stakeholder.DocumentView;
import org.jspecify.annotations.Nullable;

/** A document attached to an organisation, as the API shows it (never its bytes, which are at {@code content}). */
record DocumentJson(long id, long stakeholderId, String title, String kind, @Nullable LocalDate signedOn,
		@Nullable String fileName, String storedName, String mediaType, long size, Instant uploadedAt,
		String uploadedBy, String content) {

	static DocumentJson of(long atelierId, DocumentView d) {
		return new DocumentJson(d.id(), d.stakeholderId(), d.title(), d.kind().key(), d.signedOn(), d.fileName(),
				d.storedName(), d.format().mediaType(), d.size(), d.uploadedAt(), d.uploadedBy(),
				"/api/v1/ateliers/" + atelierId + "/stakeholders/" + d.stakeholderId() + "/documents/" + d.id() + "/content");
	}
}
