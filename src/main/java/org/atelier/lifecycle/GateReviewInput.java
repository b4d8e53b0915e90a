package org.atelier.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator records at a gate review. {@code targetPhase} may be left out for ADVANCE
 * (the next phase) and HOLD (the current one); {@code decidedOn} defaults to today. Built only
 * from valid values: {@link #parse} names every invalid field in one {@link FieldProblem}.
 */
public record GateReviewInput(GateDecision decision, @Nullable Phase targetPhase, @Nullable LocalDate decidedOn,
		String rationale, boolean override, List<Long> participantIds, @Nullable String otherParticipants) {

	public static final int RATIONALE_MAX = 4000;
	public static final int OTHERS_MAX = 1000;

	public GateReviewInput {
		participantIds = List.copyOf(participantIds);
	}

	public static GateReviewInput parse(@Nullable String decision, @Nullable String targetPhase,
			@Nullable String decidedOn, @Nullable String rationale, boolean override, @Nullable List<Long> participantIds,
			@Nullable String otherParticipants) {
		List<Violation> problems = new ArrayList<>();
		GateDecision parsedDecision = null;
		if (blank(decision)) {
			problems.add(new Violation("decision", "lifecycle.gate.decision.required"));
		}
		else {
			parsedDecision = GateDecision.parse(decision).orElse(null);
			if (parsedDecision == null) {
				problems.add(new Violation("decision", "lifecycle.gate.decision.invalid"));
			}
		}
		Phase target = null;
		if (!blank(targetPhase)) {
			try {
				target = Phase.fromKey(targetPhase);
			}
			catch (IllegalArgumentException e) {
				problems.add(new Violation("targetPhase", "lifecycle.gate.targetPhase.invalid"));
			}
		}
		LocalDate date = null;
		if (!blank(decidedOn)) {
			try {
				date = LocalDate.parse(decidedOn.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(new Violation("decidedOn", "lifecycle.gate.decidedOn.invalid"));
			}
		}
		String why = blank(rationale) ? null : rationale.strip();
		if (why == null) {
			problems.add(new Violation("rationale", "lifecycle.gate.rationale.required"));
		}
		else if (why.length() > RATIONALE_MAX) {
			problems.add(new Violation("rationale", "lifecycle.gate.rationale.tooLong", RATIONALE_MAX));
		}
		String others = blank(otherParticipants) ? null : otherParticipants.strip();
		if (others != null && others.length() > OTHERS_MAX) {
			problems.add(new Violation("otherParticipants", "lifecycle.gate.otherParticipants.tooLong", OTHERS_MAX));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new GateReviewInput(parsedDecision, target, date, why, override,
				participantIds == null ? List.of() : participantIds.stream().distinct().toList(), others);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
