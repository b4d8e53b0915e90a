package org.atelier.strategy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.atelier.strategy.StatementView;
import org.atelier.strategy.StrategyService;
import org.jspecify.annotations.Nullable;
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

/**
 * The "Vision & mission" pages of an atelier: the current revision with its objectives and who
 * has endorsed it, the coordinators' edit form that writes a new revision, and the list of all
 * revisions. Partners endorse the current revision and withdraw their endorsement here.
 */
@Controller
class StrategyPageController {

	private final StrategyService strategy;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final AtelierAccess access;
	private final MessageSource messages;

	StrategyPageController(StrategyService strategy, AtelierService ateliers, AtelierMembers members,
			AtelierAccess access, MessageSource messages) {
		this.strategy = strategy;
		this.ateliers = ateliers;
		this.members = members;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/strategy")
	String overview(@PathVariable long id, Model model) {
		model.addAttribute("endorsementForm", new EndorsementForm());
		return render(id, model);
	}

	@PostMapping("/ateliers/{id}/strategy/endorsements")
	String endorse(@PathVariable long id, @ModelAttribute EndorsementForm endorsementForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			StatementView.EndorsementView e = strategy.endorse(id, endorsementForm.getOrganisation());
			redirect.addFlashAttribute("flash", text("strategy.flash.endorsed", e.organisation()));
			return "redirect:/ateliers/" + id + "/strategy";
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
		}
		return render(id, model);
	}

	@PostMapping("/ateliers/{id}/strategy/endorsements/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		boolean withdrawn = strategy.withdraw(id);
		redirect.addFlashAttribute("flash", text(withdrawn ? "strategy.flash.withdrawn" : "strategy.flash.noEndorsement"));
		return "redirect:/ateliers/" + id + "/strategy";
	}

	@GetMapping("/ateliers/{id}/strategy/edit")
	String editForm(@PathVariable long id, Model model) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		model.addAttribute("statementForm", StatementForm.of(strategy.current(id).orElse(null)));
		return form(id, model);
	}

	@PostMapping("/ateliers/{id}/strategy/edit")
	String edit(@PathVariable long id, @ModelAttribute StatementForm statementForm, BindingResult result,
			@RequestParam(required = false) @Nullable String addRows, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.COORDINATOR);
		if (addRows != null) {
			statementForm.addRows(StatementForm.SPARE_ROWS);
			return form(id, model);
		}
		try {
			int before = strategy.currentRevision(id);
			int version = statementForm.getVersion() == null ? -1 : statementForm.getVersion();
			StatementView saved = strategy.revise(id, version, statementForm.toDraft());
			redirect.addFlashAttribute("flash", saved.revision() == before ? text("strategy.flash.unchanged")
					: text("strategy.flash.saved", saved.revision()));
			return "redirect:/ateliers/" + id + "/strategy";
		}
		catch (FieldProblem problem) {
			problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
		}
		catch (OptimisticLockingFailureException stale) {
			// Keep what the coordinator typed, show the revision saved meanwhile, and let a second save replace it knowingly.
			StatementView theirs = strategy.current(id).orElse(null);
			result.reject("form.stale");
			statementForm.setVersion(theirs == null ? 0 : theirs.revision());
			model.addAttribute("theirs", theirs);
		}
		return form(id, model);
	}

	@GetMapping("/ateliers/{id}/strategy/versions")
	String versions(@PathVariable long id, Model model) {
		model.addAttribute("atelier", ateliers.view(id));
		model.addAttribute("revisions", strategy.revisions(id));
		return "strategy/versions";
	}

	private String render(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		StatementView current = strategy.current(id).orElse(null);
		var standing = strategy.endorsementStatus(id);
		CurrentUser me = CurrentUser.require();
		boolean mine = current != null
				&& current.endorsements().stream().anyMatch(e -> e.username().equals(me.getUsername()));
		model.addAttribute("atelier", atelier);
		model.addAttribute("current", current);
		model.addAttribute("standing", standing);
		model.addAttribute("missing", standing.stream().filter(p -> !p.endorsed()).toList());
		model.addAttribute("endorsedByMe", mine);
		model.addAttribute("mayEndorse", current != null && !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return "strategy/overview";
	}

	private String form(long id, Model model) {
		model.addAttribute("atelier", ateliers.view(id));
		Map<String, String> owners = new LinkedHashMap<>();
		owners.put("", text("strategy.objective.noOwner"));
		members.list(id).forEach(m -> owners.put(m.username(), m.displayName()));
		model.addAttribute("owners", owners);
		return "strategy/edit";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
