package org.atelier.governance.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Decisions" to every atelier's sub-navigation, for all members. */
@Component
class DecisionSection implements AtelierSection {

	@Override
	public String key() {
		return "decisions";
	}

	@Override
	public String labelKey() {
		return "governance.decisions.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/decisions";
	}

	@Override
	public int order() {
		return 360;
	}
}
