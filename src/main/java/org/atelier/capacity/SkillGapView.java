package org.atelier.capacity;

import java.time.LocalDate;

/** A skill gap with its plan, owner and due date; {@code overdue} once the due date has passed. */
public record SkillGapView(long id, long atelierId, String skill, String plan, long ownerId, String ownerName,
		LocalDate due, boolean overdue, int version) {
}
