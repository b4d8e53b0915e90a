package org.atelier.capacity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A skill the team lacks, the plan to get it (training, hiring, a partner), who sees to it and by when. */
public record SkillGapInput(String skill, String plan, long ownerId, LocalDate due) {

	public static final int SKILL_MAX = 200;
	public static final int PLAN_MAX = 4000;

	public static SkillGapInput parse(@Nullable String skill, @Nullable String plan, @Nullable Long ownerId,
			@Nullable String due) {
		Fields f = new Fields();
		String s = f.text("skill", skill, true, SKILL_MAX);
		String p = f.text("plan", plan, true, PLAN_MAX);
		if (ownerId == null) {
			f.add("ownerId", "capacity.ownerId.required");
		}
		LocalDate d = f.date("due", due, true);
		f.throwIfAny();
		return new SkillGapInput(s, p, ownerId, d);
	}
}
