package org.atelier.stakeholder;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * A document as sent by a page form or an API call: the typed fields, the file's original name
 * and declared size, and where to read its bytes (read only once the size is known to be allowed).
 */
public record DocumentUpload(@Nullable String title, @Nullable String kind, @Nullable String signedOn,
		@Nullable String originalName, long size, @Nullable InputStreamSource content) {
}
