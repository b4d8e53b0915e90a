package org.atelier.energy.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Energy" to every atelier's sub-navigation, for all members. */
@Component
class EnergySection implements AtelierSection {

	@Override
	public String key() {
		return "energy";
	}

	@Override
	public String labelKey() {
		return "energy.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/energy";
	}

	@Override
	public int order() {
		return 420;
	}
}
