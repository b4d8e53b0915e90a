package org.atelier.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent submits for one question. Either a score from 0 to 3 with a confidence from 1
 * to 5, or "not applicable" with a reason (then the score and confidence are left empty, so the
 * question never counts as zero). Notes are free text; evidence is a list of links, each a web
 * address (http or https) or the path of a record of the same atelier ({@code /ateliers/7/...}).
 * {@link #validated} trims the text and reports every broken field at once.
 */
public record AnswerInput(@Nullable Integer score, @Nullable Integer confidence, boolean notApplicable,
		@Nullable String reason, @Nullable String note, List<String> evidence) {

	public static final int MAX_REASON = 1000;
	public static final int MAX_NOTE = 2000;
	public static final int MAX_LINKS = 10;
	public static final int MAX_LINK = 500;

	public AnswerInput {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	/** The input cleaned up (blank text → null, empty links dropped), or a {@link FieldProblem} naming each bad field. */
	public AnswerInput validated(long atelierId) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanReason = blankToNull(reason);
		String cleanNote = blankToNull(note);
		List<String> links = evidence.stream().map(l -> l == null ? "" : l.trim()).filter(l -> !l.isEmpty()).toList();
		Integer cleanScore = score;
		Integer cleanConfidence = confidence;
		if (notApplicable) {
			if (cleanReason == null) {
				problems.add(new FieldProblem.Violation("reason", "assessment.answer.reason.required"));
			}
			cleanScore = null;
			cleanConfidence = null;
		}
		else {
			if (score == null) {
				problems.add(new FieldProblem.Violation("score", "assessment.answer.score.required"));
			}
			else if (score < 0 || score > 3) {
				problems.add(new FieldProblem.Violation("score", "assessment.answer.score.range"));
			}
			if (confidence == null) {
				problems.add(new FieldProblem.Violation("confidence", "assessment.answer.confidence.required"));
			}
			else if (confidence < 1 || confidence > 5) {
				problems.add(new FieldProblem.Violation("confidence", "assessment.answer.confidence.range"));
			}
			cleanReason = null;
		}
		if (cleanReason != null && cleanReason.length() > MAX_REASON) {
			problems.add(new FieldProblem.Violation("reason", "assessment.answer.tooLong", MAX_REASON));
		}
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			problems.add(new FieldProblem.Violation("note", "assessment.answer.tooLong", MAX_NOTE));
		}
		if (links.size() > MAX_LINKS) {
			problems.add(new FieldProblem.Violation("evidence", "assessment.answer.evidence.tooMany", MAX_LINKS));
		}
		for (String link : links) {
			if (link.length() > MAX_LINK || !isEvidenceLink(link, atelierId)) {
				problems.add(new FieldProblem.Violation("evidence", "assessment.answer.evidence.invalid", link,
						"/ateliers/" + atelierId + "/"));
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new AnswerInput(cleanScore, cleanConfidence, notApplicable, cleanReason, cleanNote, links);
	}

	/** A web address with a host, or a path inside the same atelier. */
	static boolean isEvidenceLink(String link, long atelierId) {
		if (link.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		if (link.startsWith("/")) {
			String prefix = "/ateliers/" + atelierId;
			return (link.equals(prefix) || link.startsWith(prefix + "/") || link.startsWith(prefix + "#"))
					&& !link.contains("..") && !link.contains("//");
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
