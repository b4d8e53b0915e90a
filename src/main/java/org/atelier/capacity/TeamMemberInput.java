package org.atelier.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A role in the core team as a person fills it in: who holds it (a member of the atelier or a
 * named outside person, never both), the role, weekly hours (0 to 80, one decimal), from when and
 * until when, an optional deputy and the notes someone taking over the role would need.
 */
public record TeamMemberInput(@Nullable Long memberId, @Nullable String externalName, String role,
		BigDecimal hoursPerWeek, LocalDate start, @Nullable LocalDate end, @Nullable String deputy,
		@Nullable String handoverNotes) {

	public static final int NAME_MAX = 200;
	public static final int ROLE_MAX = 120;
	public static final int NOTES_MAX = 4000;
	public static final BigDecimal HOURS_MAX = BigDecimal.valueOf(80);

	public static TeamMemberInput parse(@Nullable Long memberId, @Nullable String externalName, @Nullable String role,
			@Nullable String hoursPerWeek, @Nullable String start, @Nullable String end, @Nullable String deputy,
			@Nullable String handoverNotes) {
		Fields f = new Fields();
		String external = f.text("externalName", externalName, false, NAME_MAX);
		if (memberId == null && external == null && !f.has("externalName")) {
			f.add("memberId", "capacity.person.required");
		}
		else if (memberId != null && external != null) {
			f.add("memberId", "capacity.person.both");
		}
		String r = f.text("role", role, true, ROLE_MAX);
		BigDecimal hours = f.number("hoursPerWeek", hoursPerWeek, BigDecimal.ZERO, HOURS_MAX, 1);
		LocalDate from = f.date("start", start, true);
		LocalDate to = f.date("end", end, false);
		f.endNotBeforeStart(from, to);
		String d = f.text("deputy", deputy, false, NAME_MAX);
		String notes = f.text("handoverNotes", handoverNotes, false, NOTES_MAX);
		f.throwIfAny();
		return new TeamMemberInput(memberId, external, r, hours, from, to, d, notes);
	}
}
