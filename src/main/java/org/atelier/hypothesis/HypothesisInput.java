package org.atelier.hypothesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A hypothesis as entered: the statement, its category, how important it is (1–5) and how strong the
 * evidence for it is so far (0 none – 3 strong), and its test card: how it will be tested, what is
 * measured, what counts as success, and by when.
 */
public record HypothesisInput(String statement, HypothesisCategory category, int importance, int evidenceStrength,
		@Nullable String testMethod, @Nullable String metric, @Nullable String successCriterion,
		@Nullable LocalDate deadline) {

	public static final int STATEMENT_MAX = 500;
	public static final int TEXT_MAX = 4000;

	/** Checks raw text (numbers as text, as forms send them) and reports every invalid field at once. */
	public static HypothesisInput parse(@Nullable String statement, @Nullable String category,
			@Nullable String importance, @Nullable String evidenceStrength, @Nullable String testMethod,
			@Nullable String metric, @Nullable String successCriterion, @Nullable String deadline) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanStatement = Fields.required(statement, "statement", STATEMENT_MAX, problems);
		HypothesisCategory parsedCategory = HypothesisCategory.parse(category).orElse(null);
		if (parsedCategory == null) {
			problems.add(new FieldProblem.Violation("category", category == null || category.isBlank()
					? "hypothesis.category.required" : "hypothesis.category.invalid"));
		}
		Integer parsedImportance = Fields.number(importance, "importance", 1, 5, null, problems);
		Integer parsedStrength = Fields.number(evidenceStrength, "evidenceStrength", 0, 3, 0, problems);
		String cleanMethod = Fields.optional(testMethod, "testMethod", TEXT_MAX, problems);
		String cleanMetric = Fields.optional(metric, "metric", STATEMENT_MAX, problems);
		String cleanCriterion = Fields.optional(successCriterion, "successCriterion", TEXT_MAX, problems);
		LocalDate parsedDeadline = Fields.date(deadline, "deadline", problems);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new HypothesisInput(cleanStatement, parsedCategory, parsedImportance, parsedStrength, cleanMethod,
				cleanMetric, cleanCriterion, parsedDeadline);
	}
}
