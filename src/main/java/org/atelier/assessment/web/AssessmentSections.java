package org.atelier.assessment.web;

import org.atelier.atelier.AtelierSection;
import org.springframework.stereotype.Component;

/** Adds "Assessments" to every atelier's sub-navigation, for all members. */
@Component
class AssessmentSections implements AtelierSection {

	@Override
	public String key() {
		return "assessments";
	}

	@Override
	public String labelKey() {
		return "assessment.nav";
	}

	@Override
	public String path(long atelierId) {
		return "/ateliers/" + atelierId + "/assessments";
	}

	@Override
	public int order() {
		return 400;
	}
}
