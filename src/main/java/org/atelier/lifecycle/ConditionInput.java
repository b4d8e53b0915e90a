package org.atelier.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/** A change to an operational condition: its status, the member who owns it and the evidence (text or a URL). */
public record ConditionInput(ConditionStatus status, @Nullable Long ownerId, @Nullable String evidence) {

	public static final int EVIDENCE_MAX = 2000;

	public ConditionInput {
		evidence = Texts.trim(evidence);
	}

	public static ConditionInput parse(@Nullable String status, @Nullable String ownerId, @Nullable String evidence) {
		List<Violation> problems = new ArrayList<>();
		ConditionStatus parsed = null;
		if (status == null || status.isBlank()) {
			problems.add(new Violation("status", "lifecycle.condition.status.required"));
		}
		else {
			parsed = ConditionStatus.parse(status).orElse(null);
			if (parsed == null) {
				problems.add(new Violation("status", "lifecycle.condition.status.invalid"));
			}
		}
		Long owner = null;
		if (ownerId != null && !ownerId.isBlank()) {
			try {
				owner = Long.valueOf(ownerId.strip());
			}
			catch (NumberFormatException e) {
				problems.add(new Violation("ownerId", "lifecycle.condition.ownerId.notMember"));
			}
		}
		Texts.limit(problems, "lifecycle.condition.", "evidence", Texts.trim(evidence), EVIDENCE_MAX);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new ConditionInput(parsed, owner, evidence);
	}
}
