package org.atelier.stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atelier.shared.FieldProblem;
import org.atelier.shared.FieldProblem.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What people record about an organisation in the register (everything but its commitment, which
 * changes only through dated transitions). Built only when valid: {@link #parse} reports every
 * invalid field at once as a {@link FieldProblem}.
 */
public record StakeholderInput(String name, OrganisationType type, HelixSector sector, @Nullable String challengeRole,
		boolean decisionAuthority, @Nullable String authorityOver, int influence, int interest, boolean power,
		boolean legitimacy, boolean urgency, Engagement engagementNow, Engagement engagementDesired) {

	public static final int NAME_MAX = 160;
	public static final int ROLE_MAX = 1000;
	public static final int AUTHORITY_MAX = 500;

	public StakeholderInput {
		name = name.trim();
		challengeRole = trim(challengeRole);
		authorityOver = decisionAuthority ? trim(authorityOver) : null;
	}

	/** Reads the input from text as a form or JSON body sends it; a missing score or choice is named. */
	public static StakeholderInput parse(@Nullable String name, @Nullable String type, @Nullable String sector,
			@Nullable String challengeRole, boolean decisionAuthority, @Nullable String authorityOver,
			@Nullable String influence, @Nullable String interest, boolean power, boolean legitimacy,
			boolean urgency, @Nullable String engagementNow, @Nullable String engagementDesired) {
		List<Violation> problems = new ArrayList<>();
		String cleanName = trim(name);
		if (cleanName == null) {
			problems.add(new Violation("name", "stakeholder.name.required"));
		}
		else if (cleanName.length() > NAME_MAX) {
			problems.add(new Violation("name", "stakeholder.name.tooLong", NAME_MAX));
		}
		var parsedType = choice(OrganisationType.class, type, "type", problems);
		var parsedSector = choice(HelixSector.class, sector, "sector", problems);
		String role = trim(challengeRole);
		if (role != null && role.length() > ROLE_MAX) {
			problems.add(new Violation("challengeRole", "stakeholder.challengeRole.tooLong", ROLE_MAX));
		}
		String over = trim(authorityOver);
		if (decisionAuthority && over == null) {
			problems.add(new Violation("authorityOver", "stakeholder.authorityOver.required"));
		}
		else if (over != null && over.length() > AUTHORITY_MAX) {
			problems.add(new Violation("authorityOver", "stakeholder.authorityOver.tooLong", AUTHORITY_MAX));
		}
		int parsedInfluence = score(influence, "influence", problems);
		int parsedInterest = score(interest, "interest", problems);
		var now = choice(Engagement.class, engagementNow, "engagementNow", problems);
		var desired = choice(Engagement.class, engagementDesired, "engagementDesired", problems);
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new StakeholderInput(cleanName, parsedType.orElseThrow(), parsedSector.orElseThrow(), role,
				decisionAuthority, over, parsedInfluence, parsedInterest, power, legitimacy, urgency,
				now.orElseThrow(), desired.orElseThrow());
	}

	public SalienceClass salience() {
		return SalienceClass.of(power, legitimacy, urgency);
	}

	public GridQuadrant quadrant() {
		return GridQuadrant.of(influence, interest);
	}

	private static <E extends Enum<E> & Keyed> Optional<E> choice(Class<E> type, @Nullable String text, String field,
			List<Violation> problems) {
		if (trim(text) == null) {
			problems.add(new Violation(field, "stakeholder." + field + ".required"));
			return Optional.empty();
		}
		Optional<E> value = Keyed.parse(type, text);
		if (value.isEmpty()) {
			problems.add(new Violation(field, "stakeholder." + field + ".invalid"));
		}
		return value;
	}

	private static int score(@Nullable String text, String field, List<Violation> problems) {
		String clean = trim(text);
		if (clean == null) {
			problems.add(new Violation(field, "stakeholder." + field + ".required"));
			return 0;
		}
		try {
			int value = Integer.parseInt(clean);
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(new Violation(field, "stakeholder." + field + ".range"));
		return 0;
	}

	private static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}
}
