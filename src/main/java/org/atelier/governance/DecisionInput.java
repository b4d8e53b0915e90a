package org.atelier.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The content of a decision as entered. Options considered come one per line. A decision logged
 * as already accepted needs who decided and when.
 */
public record DecisionInput(String title, @Nullable String context, List<String> options, @Nullable String decision,
		@Nullable String rationale, @Nullable String preparedBy, @Nullable String decidedBy, @Nullable String consulted,
		@Nullable String informed, @Nullable LocalDate decidedOn, @Nullable Long escalationLevelId) {

	public static final int MAX_TEXT = 8000;

	public static DecisionInput parse(@Nullable String title, @Nullable String context, @Nullable String options,
			@Nullable String decision, @Nullable String rationale, @Nullable String preparedBy,
			@Nullable String decidedBy, @Nullable String consulted, @Nullable String informed,
			@Nullable String decidedOn, @Nullable Long escalationLevelId) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanTitle = RoleInput.blankToNull(title);
		if (cleanTitle == null) {
			problems.add(new FieldProblem.Violation("title", "governance.decision.title.required"));
		}
		else if (cleanTitle.length() > 300) {
			problems.add(new FieldProblem.Violation("title", "governance.tooLong", 300));
		}
		List<String> optionList = options == null ? List.of()
				: options.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
		if (optionList.size() > 20) {
			problems.add(new FieldProblem.Violation("options", "governance.decision.options.tooMany", 20));
		}
		for (var field : new String[][] { { "context", context }, { "decision", decision },
				{ "rationale", rationale }, { "consulted", consulted }, { "informed", informed },
				{ "options", options } }) {
			if (field[1] != null && field[1].length() > MAX_TEXT) {
				problems.add(new FieldProblem.Violation(field[0], "governance.tooLong", MAX_TEXT));
			}
		}
		for (var field : new String[][] { { "preparedBy", preparedBy }, { "decidedBy", decidedBy } }) {
			if (field[1] != null && field[1].trim().length() > 200) {
				problems.add(new FieldProblem.Violation(field[0], "governance.tooLong", 200));
			}
		}
		LocalDate date = RoleInput.date(decidedOn, "decidedOn", problems);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new DecisionInput(cleanTitle, RoleInput.blankToNull(context), optionList,
				RoleInput.blankToNull(decision), RoleInput.blankToNull(rationale), RoleInput.blankToNull(preparedBy),
				RoleInput.blankToNull(decidedBy), RoleInput.blankToNull(consulted), RoleInput.blankToNull(informed), date,
				escalationLevelId);
	}

	/** What accepting needs: the decision itself, who took it and when. */
	void requireDecided() {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem.Violation("decision", "governance.decision.decision.required"));
		}
		if (decidedBy == null) {
			problems.add(new FieldProblem.Violation("decidedBy", "governance.decision.decidedBy.required"));
		}
		if (decidedOn == null) {
			problems.add(new FieldProblem.Violation("decidedOn", "governance.decision.decidedOn.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
	}
}
