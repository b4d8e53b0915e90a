package org.atelier.hypothesis.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Hypotheses" to every atelier's sub-navigation, for all members. */
@Component
class HypothesisSection implements AtelierSection {

	@Override
	public String key() {
		return "hypotheses";
	}

	@Override
	public String labelKey() {
		return "hypothesis.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/hypotheses";
	}

	@Override
	public int order() {
		return 380;
	}
}
