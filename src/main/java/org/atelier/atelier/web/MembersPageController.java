package org.atelier.atelier.web;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
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

/**
 * The members page of an atelier: everyone sees who takes part in which role; coordinators add
 * people by user name, change roles (guarded by the version the page was shown with) and remove
 * people.
 */
@Controller
class MembersPageController {

	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final AtelierAccess access;
	private final Labels labels;

	MembersPageController(AtelierService ateliers, AtelierMembers members, AtelierAccess access, Labels labels) {
		this.ateliers = ateliers;
		this.members = members;
		this.access = access;
		this.labels = labels;
	}

	@GetMapping("/ateliers/{id}/members")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("memberForm", new MemberForm());
		return page(id, model, null);
	}

	@PostMapping("/ateliers/{id}/members")
	String add(@PathVariable long id, @ModelAttribute MemberForm memberForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			MemberView added = members.add(id, memberForm.getUsername(), memberForm.getRole());
			redirect.addFlashAttribute("flash", labels.text("atelier.flash.memberAdded", added.displayName(),
					labels.text("membership.role." + added.role().name())));
			return "redirect:/ateliers/" + id + "/members";
		}
		catch (FieldProblem problem) {
			FormProblems.bind(problem, result);
		}
		catch (ConflictException conflict) {
			if (!"atelier.member.exists".equals(conflict.messageKey())) {
				throw conflict;
			}
			result.rejectValue("username", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		return page(id, model, null);
	}

	@PostMapping("/ateliers/{id}/members/{userId}/role")
	String changeRole(@PathVariable long id, @PathVariable long userId, @RequestParam String role,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		AtelierRole newRole = AtelierRole.parse(role).orElseThrow(
				() -> new ConflictException("atelier.member.role.invalid"));
		try {
			members.changeRole(id, userId, newRole, version);
		}
		catch (ConflictException refused) {
			return refused(id, model, refused);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("memberForm", new MemberForm());
			var now = members.list(id).stream().filter(m -> m.userId() == userId).findFirst();
			String name = now.map(MemberView::displayName).orElseGet(() -> String.valueOf(userId));
			return page(id, model, new StaleRole(name, newRole, now.map(MemberView::role).orElse(null)));
		}
		redirect.addFlashAttribute("flash", labels.text("atelier.flash.roleChanged"));
		return "redirect:/ateliers/" + id + "/members";
	}

	@PostMapping("/ateliers/{id}/members/{userId}/remove")
	String remove(@PathVariable long id, @PathVariable long userId, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		try {
			members.remove(id, userId);
		}
		catch (ConflictException refused) {
			return refused(id, model, refused);
		}
		redirect.addFlashAttribute("flash", labels.text("atelier.flash.memberRemoved"));
		return "redirect:/ateliers/" + id + "/members";
	}

	/**
	 * A role change that lost against someone else's change: for whom, what this person chose and
	 * the role saved now (null when the person is no longer a member).
	 */
	record StaleRole(String displayName, AtelierRole chosen, @Nullable AtelierRole saved) {
	}

	/** Shows the members page again with the reason a change was refused (the last coordinator). */
	private String refused(long id, Model model, ConflictException refused) {
		model.addAttribute("memberForm", new MemberForm());
		model.addAttribute("problem", labels.text(refused.messageKey(), refused.args()));
		return page(id, model, null);
	}

	private String page(long id, Model model, @Nullable StaleRole stale) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("members", members.list(id));
		model.addAttribute("roles", labels.roles());
		model.addAttribute("stale", stale);
		return "atelier/members";
	}
}
