package org.atelier.activity.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.activity.ActionInput;
import org.atelier.activity.ActionNotifications;
import org.atelier.activity.ActionRegister;
import org.atelier.activity.ActionStatus;
import org.atelier.activity.ActionView;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Follow-up action pages: the atelier's list with filters, an action's page, creating and changing, and "my actions". */
@Controller
class ActionPages {

	private final ActionRegister actions;
	private final ActionNotifications notifications;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final MessageSource messages;

	ActionPages(ActionRegister actions, ActionNotifications notifications, AtelierService ateliers,
			AtelierMembers members, MessageSource messages) {
		this.actions = actions;
		this.notifications = notifications;
		this.ateliers = ateliers;
		this.members = members;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/actions")
	String list(@PathVariable long id, @RequestParam(required = false) @Nullable Long owner,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false, defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Nullable String origin, Model model) {
		atelier(id, model);
		ActionStatus s = ActionStatus.parse(status).orElse(null);
		String o = origin != null && ActionRegister.ORIGIN_KINDS.contains(origin) ? origin : null;
		model.addAttribute("actions", actions.list(id, new ActionRegister.Filter(owner, s, overdue, o)));
		model.addAttribute("filterOwner", owner == null ? "" : owner.toString());
		model.addAttribute("filterStatus", s == null ? "" : s.key());
		model.addAttribute("filterOverdue", overdue);
		model.addAttribute("filterOrigin", o == null ? "" : o);
		Map<String, String> owners = new LinkedHashMap<>();
		owners.put("", text("activity.filter.anyone"));
		members.list(id).forEach(m -> owners.put(String.valueOf(m.userId()), m.displayName()));
		model.addAttribute("owners", owners);
		model.addAttribute("statuses", statuses(true));
		Map<String, String> origins = new LinkedHashMap<>();
		origins.put("", text("activity.filter.anyOrigin"));
		actions.originKinds().forEach(k -> origins.put(k, text("activity.origin." + k)));
		model.addAttribute("origins", origins);
		return "activity/actions";
	}

	@GetMapping("/ateliers/{id}/actions/new")
	String newAction(@PathVariable long id, @RequestParam(required = false) @Nullable String origin,
			@RequestParam(required = false) @Nullable String title, Model model) {
		var form = new ActivityForms.ActionForm();
		form.setOrigin(origin);
		form.setTitle(title == null ? null : title.length() > ActionInput.TITLE_MAX ? title.substring(0, ActionInput.TITLE_MAX) : title);
		form.setOwner(CurrentUser.require().id());
		form.setDue(LocalDate.now().plusWeeks(2).toString());
		return form(id, model, form, null);
	}

	@PostMapping("/ateliers/{id}/actions")
	String create(@PathVariable long id, @ModelAttribute("actionForm") ActivityForms.ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			ActionView created = actions.create(id, input(form));
			redirect.addFlashAttribute("flash", text("activity.flash.actionCreated"));
			return "redirect:/ateliers/" + id + "/actions/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, model, form, null);
	}

	@GetMapping("/ateliers/{id}/actions/{aid}")
	String detail(@PathVariable long id, @PathVariable long aid, Model model) {
		AtelierView atelier = atelier(id, model);
		ActionView action = actions.get(id, aid);
		model.addAttribute("action", action);
		model.addAttribute("canMove", !atelier.archived()
				&& (atelier.hasRole(AtelierRole.PARTNER) || action.ownerId() == CurrentUser.require().id()));
		model.addAttribute("statuses", statuses(false));
		return "activity/action";
	}

	@GetMapping("/ateliers/{id}/actions/{aid}/edit")
	String edit(@PathVariable long id, @PathVariable long aid, Model model) {
		ActionView a = actions.get(id, aid);
		var form = new ActivityForms.ActionForm();
		form.setTitle(a.title());
		form.setDescription(a.description());
		form.setOwner(a.ownerId());
		form.setDue(a.due().toString());
		form.setOrigin(a.originKind() + ":" + a.originId());
		form.setVersion(a.version());
		return form(id, model, form, a);
	}

	@PostMapping("/ateliers/{id}/actions/{aid}/edit")
	String update(@PathVariable long id, @PathVariable long aid,
			@ModelAttribute("actionForm") ActivityForms.ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			actions.update(id, aid, form.getVersion(), input(form));
			redirect.addFlashAttribute("flash", text("activity.flash.actionSaved"));
			return "redirect:/ateliers/" + id + "/actions/" + aid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			ActionView theirs = actions.get(id, aid);
			form.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, model, form, actions.get(id, aid));
	}

	@PostMapping("/ateliers/{id}/actions/{aid}/status")
	String move(@PathVariable long id, @PathVariable long aid, @RequestParam int version, @RequestParam String status,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		try {
			ActionStatus target = ActionStatus.parse(status)
				.orElseThrow(() -> new FieldProblem("status", "activity.action.status.invalid"));
			actions.changeStatus(id, aid, version, target, reason);
			redirect.addFlashAttribute("flash", text("activity.flash.actionMoved", text("activity.action.status." + target.key())));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("flashError", String.join(" ", problem.texts(messages, LocaleContextHolder.getLocale())));
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("flashError", text(conflict.messageKey(), conflict.args()));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("flashError", text("activity.stale"));
		}
		return "me".equals(back) ? "redirect:/me/actions" : "redirect:/ateliers/" + id + "/actions/" + aid;
	}

	@GetMapping("/me/actions")
	String mine(@RequestParam(required = false, defaultValue = "false") boolean all, Model model) {
		model.addAttribute("actions", actions.mine(!all));
		model.addAttribute("showAll", all);
		model.addAttribute("notifications", notifications.mine());
		return "activity/my-actions";
	}

	@PostMapping("/me/notifications/read")
	String markRead(RedirectAttributes redirect) {
		notifications.markAllRead();
		redirect.addFlashAttribute("flash", text("activity.flash.read"));
		return "redirect:/me/actions";
	}

	private String form(long id, Model model, ActivityForms.ActionForm form, @Nullable ActionView action) {
		AtelierView atelier = atelier(id, model);
		if (!atelier.hasRole(AtelierRole.PARTNER) || atelier.archived()) {
			throw new AccessDeniedException("partners and coordinators only");
		}
		model.addAttribute("actionForm", form);
		model.addAttribute("action", action);
		Map<String, String> owners = new LinkedHashMap<>();
		owners.put("", text("activity.action.chooseOwner"));
		for (MemberView m : members.list(id)) {
			owners.put(String.valueOf(m.userId()), m.displayName());
		}
		model.addAttribute("owners", owners);
		Map<String, String> origins = new LinkedHashMap<>();
		origins.put("", text("activity.action.chooseOrigin"));
		actions.originCandidates(id).forEach(t -> origins.put(t.kind() + ":" + t.id(),
				text("activity.origin." + t.kind()) + ": " + t.title()));
		model.addAttribute("origins", origins);
		return "activity/action-form";
	}

	private Map<String, String> statuses(boolean withAny) {
		Map<String, String> statuses = new LinkedHashMap<>();
		if (withAny) {
			statuses.put("", text("activity.filter.anyStatus"));
		}
		for (ActionStatus s : ActionStatus.values()) {
			statuses.put(s.key(), text("activity.action.status." + s.key()));
		}
		return statuses;
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private static ActionInput input(ActivityForms.ActionForm f) {
		return ActionInput.parse(f.getTitle(), f.getDescription(), f.getOwner(), f.getDue(), f.originKind(), f.originId());
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
