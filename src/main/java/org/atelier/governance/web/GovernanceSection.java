package org.atelier.governance.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Governance" to every atelier's sub-navigation, for all members. */
@Component
class GovernanceSection implements AtelierSection {

	@Override
	public String key() {
		return "governance";
	}

	@Override
	public String labelKey() {
		return "governance.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/governance";
	}

	@Override
	public int order() {
		return 350;
	}
}
