package org.atelier.strategy;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** The "Vision & mission" entry in every atelier's sub-navigation, for all members. */
@Component
class StrategySection implements AtelierSection {

	@Override
	public String key() {
		return "strategy";
	}

	@Override
	public String labelKey() {
		return "strategy.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/strategy";
	}

	@Override
	public int order() {
		return 200;
	}
}
