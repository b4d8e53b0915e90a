package org.atelier.activity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.atelier.activity.CalendarFeeds;
import org.atelier.activity.ICalendar;
import org.atelier.activity.MinutesStatus;
import org.atelier.activity.OutcomeKind;
import org.atelier.activity.SessionInput;
import org.atelier.activity.SessionKinds;
import org.atelier.activity.SeriesPlans;
import org.atelier.activity.SessionView;
import org.atelier.activity.Sessions;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.identity.CurrentUser;
import org.atelier.method.BuildingBlock;
import org.atelier.method.MethodCatalogue;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Session pages: the list with the calendar feed, planning and changing, and the session page with minutes and outcomes. */
@Controller
class SessionPages {

	private final Sessions sessions;
	private final SessionKinds kinds;
	private final CalendarFeeds feeds;
	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final LinkTargets links;
	private final MessageSource messages;
	private final MethodCatalogue method;
	private final SeriesPlans plans;

	SessionPages(Sessions sessions, SessionKinds kinds, CalendarFeeds feeds, AtelierService ateliers,
			AtelierMembers members, LinkTargets links, MessageSource messages, MethodCatalogue method,
			SeriesPlans plans) {
		this.plans = plans;
		this.method = method;
		this.sessions = sessions;
		this.kinds = kinds;
		this.feeds = feeds;
		this.ateliers = ateliers;
		this.members = members;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/sessions")
	String list(@PathVariable long id, Model model) {
		AtelierView atelier = atelier(id, model);
		List<SessionView> all = sessions.list(id);
		java.time.Instant now = java.time.Instant.now();
		model.addAttribute("upcoming", all.stream().filter(s -> !s.endsAt().isBefore(now)).toList().reversed());
		model.addAttribute("past", all.stream().filter(s -> s.endsAt().isBefore(now)).toList());
		model.addAttribute("kinds", kinds.options(LocaleContextHolder.getLocale()));
		model.addAttribute("feedCreatedAt", feeds.createdAt(id).orElse(null));
		model.addAttribute("canManageFeed", !atelier.archived() && atelier.hasRole(AtelierRole.COORDINATOR));
		model.addAttribute("seriesPlans", plans.open(id));
		model.addAttribute("kindNames", kinds.options(LocaleContextHolder.getLocale()));
		return "activity/sessions";
	}

	@PostMapping("/ateliers/{id}/sessions/plans/{pid}/dismiss")
	String dismissPlan(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
		plans.dismiss(id, pid);
		redirect.addFlashAttribute("flash", text("activity.plans.dismissed"));
		return "redirect:/ateliers/" + id + "/sessions";
	}

	@GetMapping("/ateliers/{id}/sessions/new")
	String newSession(@PathVariable long id, @RequestParam(required = false) @Nullable Long plan, Model model) {
		var form = new ActivityForms.SessionForm();
		form.setTimeZone(ZoneId.systemDefault().getId().equals("GMT") || ZoneId.systemDefault().getId().equals("UTC")
				? "Europe/Amsterdam" : ZoneId.systemDefault().getId());
		form.setKind(kinds.keys().getFirst());
		form.setFacilitator(CurrentUser.require().id());
		if (plan != null) {
			SeriesPlans.SeriesPlan p = plans.get(id, plan);
			form.setSeries(p.series());
			form.setKind(p.kind());
			form.setPurpose(p.purpose());
			form.setDurationMinutes(String.valueOf(p.durationMinutes()));
			if (p.buildingBlocks() != null && !p.buildingBlocks().isBlank()) {
				form.setBlocks(new java.util.ArrayList<>(List.of(p.buildingBlocks().split(","))));
			}
		}
		return form(id, model, form, null);
	}

	@PostMapping("/ateliers/{id}/sessions")
	String create(@PathVariable long id, @ModelAttribute("sessionForm") ActivityForms.SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			SessionView created = sessions.create(id, input(form));
			redirect.addFlashAttribute("flash", text("activity.flash.sessionPlanned"));
			return "redirect:/ateliers/" + id + "/sessions/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, model, form, null);
	}

	@GetMapping("/ateliers/{id}/sessions/{sid}")
	String detail(@PathVariable long id, @PathVariable long sid, Model model) {
		AtelierView atelier = atelier(id, model);
		SessionView session = sessions.get(id, sid);
		long me = CurrentUser.require().id();
		boolean keeper = !atelier.archived() && (atelier.hasRole(AtelierRole.COORDINATOR) || session.keepsMinutes(me));
		model.addAttribute("meeting", session);
		model.addAttribute("kindLabel", kinds.label(session.kind(), LocaleContextHolder.getLocale()));
		model.addAttribute("keeper", keeper);
		model.addAttribute("canComment", !atelier.archived() && session.minutesStatus() == MinutesStatus.CIRCULATED
				&& (atelier.hasRole(AtelierRole.PARTNER) || session.invited(me) || session.keepsMinutes(me)));
		model.addAttribute("seriesActions", sessions.openFromSeries(id, session));
		model.addAttribute("memberOptions", memberOptions(id, false));
		Map<String, String> outcomeKinds = new LinkedHashMap<>();
		for (OutcomeKind k : OutcomeKind.values()) {
			outcomeKinds.put(k.key(), text("activity.outcome.kind." + k.key()));
		}
		model.addAttribute("outcomeKinds", outcomeKinds);
		Map<String, String> names = blockNames();
		model.addAttribute("blockNames", session.blocks().stream().map(b -> names.get(b.key())).toList());
		model.addAttribute("today", LocalDate.now());
		return "activity/session";
	}

	@GetMapping("/ateliers/{id}/sessions/{sid}/edit")
	String edit(@PathVariable long id, @PathVariable long sid, Model model) {
		SessionView session = sessions.get(id, sid);
		if (session.cancelled()) {
			throw new ConflictException("activity.session.cancelled");
		}
		return form(id, model, formOf(session), session);
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/edit")
	String update(@PathVariable long id, @PathVariable long sid,
			@ModelAttribute("sessionForm") ActivityForms.SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			sessions.update(id, sid, form.getVersion(), input(form));
			redirect.addFlashAttribute("flash", text("activity.flash.sessionSaved"));
			return "redirect:/ateliers/" + id + "/sessions/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			SessionView theirs = sessions.get(id, sid);
			form.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, model, form, sessions.get(id, sid));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/cancel")
	String cancel(@PathVariable long id, @PathVariable long sid, @RequestParam int version,
			RedirectAttributes redirect) {
		return act(id, sid, redirect, "activity.flash.cancelled", () -> sessions.cancel(id, sid, version));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/attendance")
	String attendance(@PathVariable long id, @PathVariable long sid,
			@RequestParam(name = "attended", required = false) @Nullable List<Long> attended, RedirectAttributes redirect) {
		Set<Long> ids = new HashSet<>(attended == null ? List.of() : attended);
		return act(id, sid, redirect, "activity.flash.attendance", () -> sessions.attendance(id, sid, ids));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/minutes")
	String saveMinutes(@PathVariable long id, @PathVariable long sid, @RequestParam int version,
			@RequestParam(required = false) @Nullable String minutes, RedirectAttributes redirect) {
		return act(id, sid, redirect, "activity.flash.minutesSaved",
				() -> sessions.saveMinutes(id, sid, version, minutes));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/minutes/status")
	String moveMinutes(@PathVariable long id, @PathVariable long sid, @RequestParam int version,
			@RequestParam String status, RedirectAttributes redirect) {
		MinutesStatus target = MinutesStatus.parse(status)
			.orElseThrow(() -> new FieldProblem("status", "activity.minutes.status.invalid"));
		return act(id, sid, redirect, "activity.flash.minutes." + target.key(),
				() -> sessions.moveMinutes(id, sid, version, target));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/minutes/comments")
	String comment(@PathVariable long id, @PathVariable long sid, @RequestParam(required = false) @Nullable String text,
			@RequestParam(defaultValue = "false") boolean amendment, RedirectAttributes redirect) {
		return act(id, sid, redirect, amendment ? "activity.flash.amendment" : "activity.flash.comment",
				() -> sessions.comment(id, sid, text, amendment));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/minutes/addenda")
	String addendum(@PathVariable long id, @PathVariable long sid, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		return act(id, sid, redirect, "activity.flash.addendum", () -> sessions.addendum(id, sid, text));
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/outcomes")
	String addOutcome(@PathVariable long id, @PathVariable long sid, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable Long owner,
			@RequestParam(required = false) @Nullable String due, RedirectAttributes redirect) {
		OutcomeKind k = OutcomeKind.parse(kind).orElseThrow(() -> new FieldProblem("kind", "activity.outcome.kind.invalid"));
		return act(id, sid, redirect, "activity.flash.outcome", () -> {
			LocalDate dueOn;
			try {
				dueOn = due == null || due.isBlank() ? null : LocalDate.parse(due.trim());
			}
			catch (DateTimeParseException e) {
				throw new FieldProblem("due", "activity.date.invalid");
			}
			return sessions.addOutcome(id, sid, k, text, owner, dueOn);
		});
	}

	@PostMapping("/ateliers/{id}/sessions/{sid}/outcomes/{oid}/delete")
	String removeOutcome(@PathVariable long id, @PathVariable long sid, @PathVariable long oid,
			RedirectAttributes redirect) {
		return act(id, sid, redirect, "activity.flash.outcomeRemoved", () -> sessions.removeOutcome(id, sid, oid));
	}

	@GetMapping("/ateliers/{id}/sessions/{sid}/calendar.ics")
	ResponseEntity<byte[]> ics(@PathVariable long id, @PathVariable long sid, HttpServletRequest request) {
		SessionView session = sessions.get(id, sid);
		String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		String body = ICalendar.of(null, List.of(session), s -> base + "/ateliers/" + id + "/sessions/" + s.id(),
				k -> kinds.label(k, LocaleContextHolder.getLocale()));
		return ICalendar.answer(body, "session-" + sid + ".ics");
	}

	@PostMapping("/ateliers/{id}/calendar-feed")
	String createFeed(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		String token = feeds.create(id);
		String url = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null)
			.path(CalendarFeeds.path(token)).build().toUriString();
		redirect.addFlashAttribute("feedUrl", url);
		redirect.addFlashAttribute("flash", text("activity.flash.feedCreated"));
		return "redirect:/ateliers/" + id + "/sessions";
	}

	@PostMapping("/ateliers/{id}/calendar-feed/revoke")
	String revokeFeed(@PathVariable long id, RedirectAttributes redirect) {
		feeds.revoke(id);
		redirect.addFlashAttribute("flash", text("activity.flash.feedRevoked"));
		return "redirect:/ateliers/" + id + "/sessions";
	}

	/** Runs a change from the session page; a problem goes back as the flash message instead of a new page. */
	private String act(long id, long sid, RedirectAttributes redirect, String doneKey, Change change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", text(doneKey));
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
		return "redirect:/ateliers/" + id + "/sessions/" + sid;
	}

	/** A change made from the session page; what it returns is not needed. */
	private interface Change {
		Object run();
	}

	private String form(long id, Model model, ActivityForms.SessionForm form, @Nullable SessionView session) {
		AtelierView atelier = atelier(id, model);
		if (!atelier.hasRole(AtelierRole.PARTNER) || atelier.archived()) {
			throw new AccessDeniedException("partners and coordinators only");
		}
		model.addAttribute("sessionForm", form);
		model.addAttribute("meeting", session);
		model.addAttribute("kinds", kinds.options(LocaleContextHolder.getLocale()));
		model.addAttribute("zones", zones());
		model.addAttribute("memberOptions", memberOptions(id, true));
		model.addAttribute("memberChoices", memberOptions(id, false));
		Map<String, String> contacts = new LinkedHashMap<>();
		links.candidates("contact", id).forEach(c -> contacts.put(String.valueOf(c.id()), c.title()));
		model.addAttribute("contactOptions", contacts);
		Map<String, String> hypotheses = new LinkedHashMap<>();
		links.candidates("hypothesis", id).forEach(h -> hypotheses.put(String.valueOf(h.id()), h.title()));
		model.addAttribute("hypothesisOptions", hypotheses);
		model.addAttribute("blockOptions", blockNames());
		return "activity/session-form";
	}

	private Map<String, String> blockNames() {
		Map<String, String> blocks = new LinkedHashMap<>();
		method.current(LocaleContextHolder.getLocale()).buildingBlocks().forEach(b -> blocks.put(b.key(), b.name()));
		return blocks;
	}

	private Map<String, String> memberOptions(long id, boolean withNone) {
		Map<String, String> options = new LinkedHashMap<>();
		if (withNone) {
			options.put("", text("activity.session.nobody"));
		}
		for (MemberView m : members.list(id)) {
			options.put(String.valueOf(m.userId()), m.displayName());
		}
		return options;
	}

	private static Map<String, String> zones() {
		Map<String, String> zones = new LinkedHashMap<>();
		for (String z : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
			if (z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")) {
				zones.put(z, z.replace('_', ' '));
			}
		}
		zones.put("UTC", "UTC");
		return zones;
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canWrite", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	private static SessionInput input(ActivityForms.SessionForm f) {
		return SessionInput.parse(f.getKind(), f.getSeries(), f.getTitle(), f.getPurpose(), f.getExpectedOutcomes(),
				f.getStart(), f.getTimeZone(), f.getDurationMinutes(), f.getPlace(), f.getOnlineLink(), f.getFacilitator(),
				f.getSecretary(), f.getBlocks(), f.getAgenda(), f.getInvitedMembers(), f.getInvitedContacts(),
				f.getHypotheses());
	}

	private static ActivityForms.SessionForm formOf(SessionView s) {
		var f = new ActivityForms.SessionForm();
		f.setKind(s.kind());
		f.setSeries(s.series());
		f.setTitle(s.title());
		f.setPurpose(s.purpose());
		f.setExpectedOutcomes(s.expectedOutcomes());
		f.setStart(s.localStart().toLocalDateTime().toString());
		f.setTimeZone(s.zone().getId());
		f.setDurationMinutes(String.valueOf(s.durationMinutes()));
		f.setPlace(s.place());
		f.setOnlineLink(s.onlineLink());
		f.setFacilitator(s.facilitator() == null ? null : s.facilitator().accountId());
		f.setSecretary(s.secretary() == null ? null : s.secretary().accountId());
		f.setBlocks(s.blocks().stream().map(BuildingBlock::key).toList());
		f.setAgenda(String.join("\n", s.agenda()));
		f.setInvitedMembers(s.participants().stream().map(SessionView.Participant::accountId)
			.filter(java.util.Objects::nonNull).toList());
		f.setInvitedContacts(s.participants().stream().map(SessionView.Participant::contactId)
			.filter(java.util.Objects::nonNull).toList());
		f.setHypotheses(s.hypotheses().stream().map(h -> h.id()).toList());
		f.setVersion(s.version());
		return f;
	}

	private static void bind(FieldProblem problem, BindingResult result) {
		problem.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
