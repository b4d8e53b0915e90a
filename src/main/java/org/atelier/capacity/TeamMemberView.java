package org.atelier.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A role entry of the core team. {@code memberId} is set for a member of the atelier, otherwise
 * {@code personName} is the outside person's name; {@code active} says whether it counts today and
 * {@code singleHolder} whether its role rests on this one person without a deputy.
 */
public record TeamMemberView(long id, long atelierId, @Nullable Long memberId, String personName, String role,
		BigDecimal hoursPerWeek, LocalDate start, @Nullable LocalDate end, @Nullable String deputy,
		@Nullable String handoverNotes, boolean active, boolean singleHolder, int version) {

	public boolean external() {
		return memberId == null;
	}
}
