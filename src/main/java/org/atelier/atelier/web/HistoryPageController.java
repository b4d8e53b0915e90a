package org.atelier.atelier.web;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An atelier's change history for its coordinators (and administrators), newest first, in pages. */
@Controller
class HistoryPageController {

	static final int PAGE_SIZE = 25;

	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final AuditTrail audit;

	HistoryPageController(AtelierService ateliers, AtelierAccess access, AuditTrail audit) {
		this.ateliers = ateliers;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/ateliers/{id}/history")
	String history(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		access.requireRole(id, AtelierRole.COORDINATOR);
		model.addAttribute("atelier", ateliers.view(id));
		model.addAttribute("history", audit.history(id, page, PAGE_SIZE));
		return "atelier/history";
	}
}
