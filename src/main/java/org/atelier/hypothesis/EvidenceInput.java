package org.atelier.hypothesis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as entered: either a record of another module (kind {@code session} or
 * {@code decision} and its id, checked against the atelier by the service) or a document on the web
 * (kind {@code document}, an http or https address and a title); its direction, its strength
 * (1 weak – 3 strong) and a note.
 */
public record EvidenceInput(String kind, @Nullable Long targetId, @Nullable String url, @Nullable String title,
		EvidenceDirection direction, int strength, @Nullable String note) {

	public static final String DOCUMENT = "document";

	public boolean document() {
		return DOCUMENT.equals(kind);
	}

	public static EvidenceInput parse(@Nullable String kind, @Nullable Long targetId, @Nullable String url,
			@Nullable String title, @Nullable String direction, @Nullable String strength, @Nullable String note) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanKind = kind == null || kind.isBlank() ? null : kind.trim().toLowerCase(Locale.ROOT);
		if (cleanKind == null) {
			problems.add(new FieldProblem.Violation("kind", "hypothesis.evidence.kind.required"));
		}
		String cleanUrl = Fields.optional(url, "url", 1000, problems);
		String cleanTitle = Fields.optional(title, "title", 300, problems);
		if (DOCUMENT.equals(cleanKind)) {
			if (cleanUrl == null || !webAddress(cleanUrl)) {
				problems.add(new FieldProblem.Violation("url", "hypothesis.evidence.url.invalid"));
			}
			if (cleanTitle == null) {
				problems.add(new FieldProblem.Violation("title", "hypothesis.evidence.title.required"));
			}
			targetId = null;
		}
		else if (cleanKind != null) {
			if (targetId == null) {
				problems.add(new FieldProblem.Violation("targetId", "hypothesis.evidence.target.unknown"));
			}
			cleanUrl = null;
		}
		EvidenceDirection parsedDirection = EvidenceDirection.parse(direction).orElse(null);
		if (parsedDirection == null) {
			problems.add(new FieldProblem.Violation("direction", "hypothesis.evidence.direction.invalid"));
		}
		Integer parsedStrength = Fields.number(strength, "strength", 1, 3, null, problems);
		String cleanNote = Fields.optional(note, "note", HypothesisInput.TEXT_MAX, problems);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new EvidenceInput(cleanKind, targetId, cleanUrl, cleanTitle, parsedDirection, parsedStrength, cleanNote);
	}

	/** Absolute http and https addresses with a host only: no javascript:, data: or relative paths. */
	static boolean webAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
