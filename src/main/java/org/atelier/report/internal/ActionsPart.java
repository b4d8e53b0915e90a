package org.atelier.report.internal;

import java.util.List;
import java.util.Locale;

import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionView;
import org.atelier.atelier.AtelierView;
import org.springframework.stereotype.Component;

/** The atelier's pending follow-up actions: how many are open, how many overdue, and which. */
@Component
public class ActionsPart implements DashboardPart {

	/** How many overdue and upcoming actions the section lists by name. */
	static final int LISTED = 10;

	/** {@code open} counts every pending action, overdue ones included. */
	public record Actions(long open, long overdue, List<ActionView> overdueActions, List<ActionView> upcoming) {
	}

	private final ActionRegister actions;

	ActionsPart(ActionRegister actions) {
		this.actions = actions;
	}

	@Override
	public String key() {
		return "actions";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public Actions content(AtelierView atelier, Locale locale) {
		List<ActionView> pending = actions.list(atelier.id(), ActionRegister.Filter.ALL).stream()
			.filter(a -> a.status().pending())
			.toList();
		List<ActionView> overdue = pending.stream().filter(ActionView::overdue).toList();
		return new Actions(pending.size(), overdue.size(), overdue.stream().limit(LISTED).toList(),
				pending.stream().filter(a -> !a.overdue()).limit(LISTED).toList());
	}
}
