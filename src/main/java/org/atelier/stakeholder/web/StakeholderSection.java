package org.atelier.stakeholder.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Stakeholders" to every atelier's sub-navigation, for all members. */
@Component
class StakeholderSection implements AtelierSection {

	@Override
	public String key() {
		return "stakeholders";
	}

	@Override
	public String labelKey() {
		return "stakeholder.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/stakeholders";
	}

	@Override
	public int order() {
		return 300;
	}
}
