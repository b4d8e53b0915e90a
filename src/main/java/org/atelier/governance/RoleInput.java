package org.atelier.governance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A role as entered: held either by a member (by user name) or by a named person without an
 * account (for example a contact person of a partner), with an optional mandate period.
 */
public record RoleInput(RoleKind kind, @Nullable String customName, @Nullable String memberUsername,
		@Nullable String holderName, boolean deputy, @Nullable String mandate, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable Long contactId) {

	public static final int MAX_NAME = 200;
	public static final int MAX_MANDATE = 4000;

	/** Like the full form, for a role held by a member or a named person. */
	public static RoleInput parse(@Nullable String kind, @Nullable String customName, @Nullable String memberUsername,
			@Nullable String holderName, boolean deputy, @Nullable String mandate, @Nullable String startsOn,
			@Nullable String endsOn) {
		return parse(kind, customName, memberUsername, holderName, null, deputy, mandate, startsOn, endsOn);
	}

	/**
	 * Reads and checks the raw values; every problem names its field. The holder is a member (by
	 * user name), a contact person of the register (by id) or a named person, exactly one of them.
	 */
	public static RoleInput parse(@Nullable String kind, @Nullable String customName, @Nullable String memberUsername,
			@Nullable String holderName, @Nullable Long contactId, boolean deputy, @Nullable String mandate,
			@Nullable String startsOn, @Nullable String endsOn) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		RoleKind parsedKind = RoleKind.parse(kind).orElse(null);
		if (parsedKind == null) {
			problems.add(new FieldProblem.Violation("kind", "governance.role.kind.invalid"));
		}
		String custom = blankToNull(customName);
		if (parsedKind == RoleKind.CUSTOM && custom == null) {
			problems.add(new FieldProblem.Violation("customName", "governance.role.customName.required"));
		}
		if (custom != null && custom.length() > 100) {
			problems.add(new FieldProblem.Violation("customName", "governance.tooLong", 100));
		}
		String member = blankToNull(memberUsername);
		String name = blankToNull(holderName);
		if (member == null && name == null && contactId == null) {
			problems.add(new FieldProblem.Violation("holderName", "governance.role.holder.required"));
		}
		if ((member != null ? 1 : 0) + (name != null ? 1 : 0) + (contactId != null ? 1 : 0) > 1) {
			problems.add(new FieldProblem.Violation("holderName", "governance.role.holder.onlyOne"));
		}
		if (name != null && name.length() > MAX_NAME) {
			problems.add(new FieldProblem.Violation("holderName", "governance.tooLong", MAX_NAME));
		}
		String text = blankToNull(mandate);
		if (text != null && text.length() > MAX_MANDATE) {
			problems.add(new FieldProblem.Violation("mandate", "governance.tooLong", MAX_MANDATE));
		}
		LocalDate start = date(startsOn, "startsOn", problems);
		LocalDate end = date(endsOn, "endsOn", problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new FieldProblem.Violation("endsOn", "governance.role.endsBeforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new RoleInput(parsedKind, parsedKind == RoleKind.CUSTOM ? custom : null, member, name, deputy, text,
				start, end, contactId);
	}

	static @Nullable LocalDate date(@Nullable String text, String field, List<FieldProblem.Violation> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem.Violation(field, "governance.date.invalid"));
			return null;
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
