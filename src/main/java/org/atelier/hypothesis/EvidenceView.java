package org.atelier.hypothesis;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as shown: the kind ({@code session}, {@code decision} or {@code document}),
 * the record it points at (or the document's address in {@code path}), its direction, strength
 * and note.
 */
public record EvidenceView(long id, String kind, @Nullable Long targetId, String title, @Nullable String path,
		EvidenceDirection direction, int strength, @Nullable String note, Instant addedAt, String addedBy) {

	public boolean external() {
		return EvidenceInput.DOCUMENT.equals(kind);
	}
}
