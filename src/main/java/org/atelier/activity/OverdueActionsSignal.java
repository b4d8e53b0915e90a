package org.atelier.activity;

import java.util.Collection;
import java.util.Map;

import org.atelier.atelier.AtelierSignal;
import org.springframework.stereotype.Component;

/** The number of overdue follow-up actions, on each atelier's overview and in the list of ateliers. */
@Component
class OverdueActionsSignal implements AtelierSignal {

	private final ActionRegister actions;

	OverdueActionsSignal(ActionRegister actions) {
		this.actions = actions;
	}

	@Override
	public String key() {
		return "overdue-actions";
	}

	@Override
	public String labelKey() {
		return "activity.signal.overdue";
	}

	@Override
	public Map<Long, Long> counts(Collection<Long> atelierIds) {
		return actions.overdueCounts(atelierIds);
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/actions?overdue=true";
	}
}
