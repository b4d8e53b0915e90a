package org.atelier.atelier.web;

import java.util.List;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierSummary;
import org.atelier.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the ateliers I take part in, with their latest change. */
@Controller
class HomeController {

	private final AtelierAccess access;
	private final AuditTrail audit;

	HomeController(AtelierAccess access, AuditTrail audit) {
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(Model model) {
		List<AtelierSummary> mine = access.myAteliers();
		model.addAttribute("ateliers", mine);
		model.addAttribute("activity", audit.latestFor(mine.stream().map(AtelierSummary::id).toList()));
		return "atelier/home";
	}
}
