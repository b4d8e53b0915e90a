package org.atelier.learning;

import org.atelier.atelier.Theme;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Reads search filters from request parameters; an unknown phase, block or theme is a {@link FieldProblem}. */
public final class Filters {

	private Filters() {
	}

	public static LessonFilter parse(@Nullable String q, @Nullable String phase, @Nullable String block,
			@Nullable String theme, @Nullable String city) {
		Phase p = null;
		BuildingBlock b = null;
		Theme t = null;
		try {
			p = blank(phase) ? null : Phase.fromKey(phase);
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("phase", "learning.phase.invalid");
		}
		try {
			b = blank(block) ? null : BuildingBlock.fromKey(block);
		}
		catch (IllegalArgumentException e) {
			throw new FieldProblem("block", "learning.block.invalid");
		}
		if (!blank(theme)) {
			t = Theme.parse(theme).orElseThrow(() -> new FieldProblem("theme", "learning.theme.invalid"));
		}
		return new LessonFilter(q == null ? "" : q, p, b, t, city);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
