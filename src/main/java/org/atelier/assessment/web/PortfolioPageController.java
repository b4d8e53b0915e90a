package org.atelier.assessment.web;

import java.util.Locale;

import org.atelier.assessment.AssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio of assessments: a heat map of the building blocks of every atelier the signed-in
 * person may see (all of them for an administrator), with the latest scores as text and colour.
 */
@Controller
class PortfolioPageController {

	private final AssessmentService assessments;

	PortfolioPageController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/portfolio/assessments")
	String portfolio(Model model, Locale locale) {
		model.addAttribute("portfolio", assessments.portfolio(locale));
		return "assessment/portfolio";
	}
}
