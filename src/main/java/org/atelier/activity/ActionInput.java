package org.atelier.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in for a follow-up action: what is to be done, who owns it, by when, and
 * the record it comes from (a session, a decision, a hypothesis or an assessment).
 */
public record ActionInput(String title, @Nullable String description, long ownerAccountId, LocalDate due,
		String originKind, long originId) {

	public static final int TITLE_MAX = 300;
	public static final int DESCRIPTION_MAX = 4000;

	/** Checks the raw values of a form or a JSON body, reporting every problem at once. */
	public static ActionInput parse(@Nullable String title, @Nullable String description, @Nullable Long owner,
			@Nullable String due, @Nullable String originKind, @Nullable Long originId) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String t = trim(title);
		if (t == null) {
			problems.add(new FieldProblem.Violation("title", "activity.action.title.required"));
		}
		else if (t.length() > TITLE_MAX) {
			problems.add(new FieldProblem.Violation("title", "activity.tooLong", TITLE_MAX));
		}
		String d = trim(description);
		if (d != null && d.length() > DESCRIPTION_MAX) {
			problems.add(new FieldProblem.Violation("description", "activity.tooLong", DESCRIPTION_MAX));
		}
		if (owner == null) {
			problems.add(new FieldProblem.Violation("owner", "activity.action.owner.required"));
		}
		LocalDate dueOn = null;
		if (trim(due) == null) {
			problems.add(new FieldProblem.Violation("due", "activity.action.due.required"));
		}
		else {
			try {
				dueOn = LocalDate.parse(due.trim());
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem.Violation("due", "activity.date.invalid"));
			}
		}
		String kind = trim(originKind);
		if (kind == null || originId == null) {
			problems.add(new FieldProblem.Violation("origin", "activity.action.origin.required"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new ActionInput(t, d, owner, dueOn, kind, originId);
	}

	static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}
}
