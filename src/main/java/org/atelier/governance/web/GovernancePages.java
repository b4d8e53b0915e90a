package org.atelier.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.governance.GovernanceRecords;
import org.atelier.governance.GovernanceRole;
import org.atelier.governance.RaciLetter;
import org.atelier.governance.RaciMatrix;
import org.atelier.governance.RaciRow;
import org.atelier.governance.RoleInput;
import org.atelier.governance.RoleKind;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.links.LinkTargets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The governance page (mandate, roles, escalation route, strategies served) and the RACI matrix. */
@Controller
class GovernancePages {

	private final GovernanceRecords records;
	private final RaciMatrix raci;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final MessageSource messages;

	private final LinkTargets links;

	GovernancePages(GovernanceRecords records, RaciMatrix raci, AtelierService ateliers, AtelierMembers members,
			MessageSource messages, LinkTargets links) {
		this.links = links;
		this.records = records;
		this.raci = raci;
		this.ateliers = ateliers;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/governance")
	String overview(@PathVariable long id, Model model) {
		var mandate = records.mandate(id);
		var mandateForm = new GovernanceForms.MandateForm();
		mandateForm.setMandate(mandate.text());
		mandateForm.setVersion(mandate.version());
		model.addAttribute("mandateForm", mandateForm);
		return overviewPage(id, model);
	}

	@PostMapping("/ateliers/{id}/governance/mandate")
	String saveMandate(@PathVariable long id, @ModelAttribute("mandateForm") GovernanceForms.MandateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			records.saveMandate(id, form.getVersion(), form.getMandate());
			return done(redirect, id, "governance.flash.mandateSaved", "");
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			var theirs = records.mandate(id);
			form.setVersion(theirs.version());
			model.addAttribute("theirMandate", theirs.text());
		}
		return overviewPage(id, model);
	}

	@PostMapping("/ateliers/{id}/governance/roles")
	String addRole(@PathVariable long id, @ModelAttribute("roleForm") GovernanceForms.RoleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			records.addRole(id, roleInput(form));
			return done(redirect, id, "governance.flash.roleAdded", "#roles");
		}
		catch (FieldProblem problem) {
			bindRole(problem, result);
		}
		return overviewPage(id, model);
	}

	@GetMapping("/ateliers/{id}/governance/roles/{roleId}/edit")
	String editRole(@PathVariable long id, @PathVariable long roleId, Model model) {
		GovernanceRole role = records.role(id, roleId);
		var form = new GovernanceForms.RoleForm();
		form.setKind(role.kind().name());
		form.setCustomName(role.customName());
		form.setContactId(role.contactId());
		if (role.memberId() != null) {
			members.list(id).stream().filter(m -> m.userId() == role.memberId()).findFirst()
				.ifPresent(m -> form.setMemberUsername(m.username()));
		}
		else if (role.contactId() == null) {
			form.setHolderName(role.holderName());
		}
		form.setDeputy(role.deputy());
		form.setRoleMandate(role.mandate());
		form.setStartsOn(role.startsOn() == null ? null : role.startsOn().toString());
		form.setEndsOn(role.endsOn() == null ? null : role.endsOn().toString());
		form.setVersion(role.version());
		return rolePage(id, role, form, model);
	}

	@PostMapping("/ateliers/{id}/governance/roles/{roleId}/edit")
	String updateRole(@PathVariable long id, @PathVariable long roleId,
			@ModelAttribute("roleForm") GovernanceForms.RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			records.updateRole(id, roleId, form.getVersion(), roleInput(form));
			return done(redirect, id, "governance.flash.roleSaved", "#roles");
		}
		catch (FieldProblem problem) {
			bindRole(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			form.setVersion(records.role(id, roleId).version());
		}
		return rolePage(id, records.role(id, roleId), form, model);
	}

	private String rolePage(long id, GovernanceRole role, GovernanceForms.RoleForm form, Model model) {
		AtelierView atelier = ateliers.view(id);
		if (atelier.archived() || !atelier.hasRole(AtelierRole.PARTNER)) {
			throw new org.springframework.security.access.AccessDeniedException("partners and coordinators only");
		}
		model.addAttribute("atelier", atelier);
		model.addAttribute("role", role);
		model.addAttribute("roleForm", form);
		choices(id, model);
		return "governance/role-form";
	}

	private static RoleInput roleInput(GovernanceForms.RoleForm form) {
		return RoleInput.parse(form.getKind(), form.getCustomName(), form.getMemberUsername(), form.getHolderName(),
				form.getContactId(), form.isDeputy(), form.getRoleMandate(), form.getStartsOn(), form.getEndsOn());
	}

	private static void bindRole(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field().equals("mandate") ? "roleMandate" : v.field(),
				v.messageKey(), v.args(), v.messageKey()));
	}

	@PostMapping("/ateliers/{id}/governance/roles/{roleId}/delete")
	String removeRole(@PathVariable long id, @PathVariable long roleId, RedirectAttributes redirect) {
		records.removeRole(id, roleId);
		return done(redirect, id, "governance.flash.roleRemoved", "#roles");
	}

	@PostMapping("/ateliers/{id}/governance/levels")
	String addLevel(@PathVariable long id, @ModelAttribute("levelForm") GovernanceForms.LevelForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			records.addLevel(id, form.getLevelName(), form.getSeats(), form.getScope());
			return done(redirect, id, "governance.flash.levelAdded", "#escalation");
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue("levelName", v.messageKey(), v.args(), v.messageKey()));
		}
		return overviewPage(id, model);
	}

	@PostMapping("/ateliers/{id}/governance/levels/{levelId}/move")
	String moveLevel(@PathVariable long id, @PathVariable long levelId, @RequestParam String direction,
			RedirectAttributes redirect) {
		records.moveLevel(id, levelId, "up".equals(direction));
		return done(redirect, id, "governance.flash.levelMoved", "#escalation");
	}

	@PostMapping("/ateliers/{id}/governance/levels/{levelId}/delete")
	String removeLevel(@PathVariable long id, @PathVariable long levelId, RedirectAttributes redirect) {
		records.removeLevel(id, levelId);
		return done(redirect, id, "governance.flash.levelRemoved", "#escalation");
	}

	@PostMapping("/ateliers/{id}/governance/strategy-links")
	String addLink(@PathVariable long id, @ModelAttribute("linkForm") GovernanceForms.LinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			records.addStrategyLink(id, form.getLinkTitle(), form.getLinkOwner(), form.getLinkUrl());
			return done(redirect, id, "governance.flash.linkAdded", "#strategies");
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue(switch (v.field()) {
				case "title" -> "linkTitle";
				case "owner" -> "linkOwner";
				default -> "linkUrl";
			}, v.messageKey(), v.args(), v.messageKey()));
		}
		return overviewPage(id, model);
	}

	@PostMapping("/ateliers/{id}/governance/strategy-links/{linkId}/delete")
	String removeLink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
		records.removeStrategyLink(id, linkId);
		return done(redirect, id, "governance.flash.linkRemoved", "#strategies");
	}

	private String overviewPage(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		if (!model.containsAttribute("mandateForm")) {
			var mandate = records.mandate(id);
			var form = new GovernanceForms.MandateForm();
			form.setMandate(mandate.text());
			form.setVersion(mandate.version());
			model.addAttribute("mandateForm", form);
		}
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute("roleForm", new GovernanceForms.RoleForm());
		}
		if (!model.containsAttribute("levelForm")) {
			model.addAttribute("levelForm", new GovernanceForms.LevelForm());
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", new GovernanceForms.LinkForm());
		}
		model.addAttribute("mandate", records.mandate(id));
		model.addAttribute("roles", records.roles(id));
		model.addAttribute("levels", records.levels(id));
		model.addAttribute("links", records.strategyLinks(id));
		choices(id, model);
		return "governance/overview";
	}

	/** The pick lists of the role fields: kinds, members, contact persons of the register. */
	private void choices(long id, Model model) {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("", text("governance.role.kind.choose"));
		for (RoleKind kind : RoleKind.values()) {
			kinds.put(kind.name(), text("governance.role.kind." + kind.name()));
		}
		model.addAttribute("kinds", kinds);
		Map<String, String> people = new LinkedHashMap<>();
		people.put("", text("governance.role.member.none"));
		members.list(id).forEach(m -> people.put(m.username(), m.displayName()));
		model.addAttribute("people", people);
		Map<String, String> contacts = new LinkedHashMap<>();
		contacts.put("", text("governance.role.contact.none"));
		links.candidates(GovernanceRecords.CONTACT_KIND, id).forEach(c -> contacts.put(String.valueOf(c.id()), c.title()));
		model.addAttribute("contacts", contacts);
	}

	// --- RACI

	@GetMapping("/ateliers/{id}/governance/raci")
	String raciPage(@PathVariable long id, Model model) {
		return raciPage(id, model, new GovernanceForms.RaciForm());
	}

	@PostMapping("/ateliers/{id}/governance/raci")
	String addRow(@PathVariable long id, @ModelAttribute("raciForm") GovernanceForms.RaciForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			raci.addRow(id, form.getResponsibility(), form.getLetters());
			redirect.addFlashAttribute("flash", text("governance.flash.raciSaved"));
			return "redirect:/ateliers/" + id + "/governance/raci";
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue(v.field().equals("cells") ? "responsibility" : v.field(),
					v.messageKey(), v.args(), v.messageKey()));
		}
		return raciPage(id, model, form);
	}

	@PostMapping("/ateliers/{id}/governance/raci/{rowId}")
	String updateRow(@PathVariable long id, @PathVariable long rowId,
			@ModelAttribute("raciForm") GovernanceForms.RaciForm form, RedirectAttributes redirect) {
		try {
			raci.updateRow(id, rowId, form.getVersion(), form.getResponsibility(), form.getLetters());
			redirect.addFlashAttribute("flash", text("governance.flash.raciSaved"));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flash", text(problem.violations().getFirst().messageKey(),
					problem.violations().getFirst().args()));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flash", text("governance.raci.stale"));
		}
		return "redirect:/ateliers/" + id + "/governance/raci";
	}

	@PostMapping("/ateliers/{id}/governance/raci/{rowId}/delete")
	String removeRow(@PathVariable long id, @PathVariable long rowId, RedirectAttributes redirect) {
		raci.removeRow(id, rowId);
		redirect.addFlashAttribute("flash", text("governance.flash.raciRemoved"));
		return "redirect:/ateliers/" + id + "/governance/raci";
	}

	private String raciPage(long id, Model model, GovernanceForms.RaciForm form) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		List<RaciRow> rows = raci.rows(id);
		model.addAttribute("rows", rows);
		model.addAttribute("broken", rows.stream().filter(r -> !r.valid()).count());
		model.addAttribute("parties", raci.parties(id));
		model.addAttribute("raciForm", form);
		Map<String, String> letters = new LinkedHashMap<>();
		letters.put("", "—");
		for (RaciLetter letter : RaciLetter.values()) {
			letters.put(letter.name(), text("governance.raci.letter." + letter.name()));
		}
		model.addAttribute("letters", letters);
		return "governance/raci";
	}

	private String done(RedirectAttributes redirect, long id, String key, String anchor) {
		redirect.addFlashAttribute("flash", text(key));
		return "redirect:/ateliers/" + id + "/governance" + anchor;
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
