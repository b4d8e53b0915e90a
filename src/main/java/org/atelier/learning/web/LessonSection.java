package org.atelier.learning.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Lessons" to every atelier's sub-navigation, for all members. */
@Component
class LessonSection implements AtelierSection {

	@Override
	public String key() {
		return "lessons";
	}

	@Override
	public String labelKey() {
		return "learning.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/lessons";
	}

	@Override
	public int order() {
		return 700;
	}
}
