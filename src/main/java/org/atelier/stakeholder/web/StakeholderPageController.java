package org.atelier.stakeholder.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.stakeholder.CommitmentStatus;
import org.atelier.stakeholder.DocumentKind;
import org.atelier.stakeholder.Engagement;
import org.atelier.stakeholder.GridQuadrant;
import org.atelier.stakeholder.HelixSector;
import org.atelier.stakeholder.ContactView;
import org.atelier.stakeholder.LegalBasis;
import org.atelier.stakeholder.Motivation;
import org.atelier.stakeholder.OrganisationType;
import org.atelier.stakeholder.SalienceClass;
import org.atelier.stakeholder.StakeholderDocuments;
import org.atelier.stakeholder.StakeholderRegister;
import org.atelier.stakeholder.StakeholderView;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The stakeholder register pages of an atelier: the list, an organisation's page with its
 * commitment history, and the create and edit forms. Members read; partners and coordinators
 * change (the service refuses anyone else).
 */
@Controller
class StakeholderPageController {

	@org.springframework.beans.factory.annotation.Autowired
	private org.atelier.stakeholder.StakeholderRelations relationsService;


	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StakeholderRegister register;
	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final MessageSource messages;
	private final StakeholderDocuments documents;

	StakeholderPageController(StakeholderRegister register, AtelierService ateliers, AtelierAccess access,
			MessageSource messages, StakeholderDocuments documents) {
		this.register = register;
		this.ateliers = ateliers;
		this.access = access;
		this.messages = messages;
		this.documents = documents;
	}

	@GetMapping("/ateliers/{id}/stakeholders")
	String list(@PathVariable long id, Model model) {
		atelier(id, model);
		model.addAttribute("stakeholders", register.list(id));
		return "stakeholder/list";
	}

	/**
	 * The maps of the register: the power/interest grid (drawn from a JSON data attribute by
	 * stakeholder-maps.js, with the same content as a table), the salience classes and the
	 * engagement gaps with their suggested next steps.
	 */
	@GetMapping("/ateliers/{id}/stakeholders/maps")
	String maps(@PathVariable long id, @RequestParam(required = false) @Nullable String asOf, Model model) {
		atelier(id, model);
		java.time.LocalDate day = null;
		if (asOf != null && !asOf.isBlank()) {
			try {
				day = java.time.LocalDate.parse(asOf.trim());
				if (!day.isBefore(java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
					day = null;
				}
			}
			catch (java.time.format.DateTimeParseException e) {
				model.addAttribute("asOfError", text("stakeholder.maps.asOf.invalid"));
			}
		}
		// the state at the end of the chosen day (UTC); the maps of the past are read-only
		java.time.Instant moment = day == null ? null
				: day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusNanos(1);
		model.addAttribute("asOf", day);
		model.addAttribute("asOfValue", day == null ? "" : day.toString());
		if (day != null) {
			model.addAttribute("canEdit", false);
		}
		List<StakeholderView> all = moment == null ? register.list(id) : register.listAsOf(id, moment);
		model.addAttribute("stakeholders", all);
		Map<GridQuadrant, List<StakeholderView>> byQuadrant = new EnumMap<>(GridQuadrant.class);
		for (GridQuadrant q : GridQuadrant.values()) {
			byQuadrant.put(q, all.stream().filter(s -> s.quadrant() == q).toList());
		}
		model.addAttribute("quadrants", byQuadrant);
		Map<SalienceClass, List<StakeholderView>> bySalience = new EnumMap<>(SalienceClass.class);
		for (SalienceClass c : SalienceClass.values()) {
			bySalience.put(c, all.stream().filter(s -> s.salience() == c).toList());
		}
		model.addAttribute("salience", bySalience);
		model.addAttribute("gridPoints", JSON.writeValueAsString(all.stream()
			.map(s -> Map.of("name", s.name(), "influence", s.influence(), "interest", s.interest()))
			.toList()));
		Map<String, String> gridText = new LinkedHashMap<>();
		gridText.put("influence", text("stakeholder.field.influence"));
		gridText.put("interest", text("stakeholder.field.interest"));
		for (GridQuadrant q : GridQuadrant.values()) {
			gridText.put(q.key(), text("stakeholder.quadrant." + q.name()));
		}
		model.addAttribute("gridText", JSON.writeValueAsString(gridText));
		List<org.atelier.stakeholder.RelationView> relations = moment == null ? relationsService.list(id)
				: relationsService.listAsOf(id, moment);
		model.addAttribute("relations", relations);
		model.addAttribute("network", org.atelier.stakeholder.NetworkLayout.of(relations));
		model.addAttribute("relationKinds",
				options(org.atelier.stakeholder.RelationKind.values(), "stakeholder.relation.kind.", "stakeholder.choose"));
		return "stakeholder/maps";
	}

	@GetMapping("/ateliers/{id}/stakeholders/new")
	String newForm(@PathVariable long id, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		model.addAttribute("stakeholderForm", StakeholderForm.blank());
		return form(id, null, model);
	}

	@PostMapping("/ateliers/{id}/stakeholders")
	String create(@PathVariable long id, @ModelAttribute StakeholderForm stakeholderForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			StakeholderView created = register.create(id, stakeholderForm.toInput());
			redirect.addFlashAttribute("flash", text("stakeholder.flash.created", created.name()));
			return "redirect:/ateliers/" + id + "/stakeholders/" + created.id();
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return form(id, null, model);
	}

	@GetMapping("/ateliers/{id}/stakeholders/{sid}")
	String detail(@PathVariable long id, @PathVariable long sid, Model model) {
		atelier(id, model);
		StakeholderView stakeholder = register.view(id, sid);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("nextStatuses", commitmentOptions(stakeholder));
		model.addAttribute("contacts", register.contacts(id, sid));
		model.addAttribute("legalBases", options(LegalBasis.values(), "stakeholder.legalBasis.", "stakeholder.choose"));
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new ContactForm());
		}
		documents(id, sid, model);
		return "stakeholder/detail";
	}

	@GetMapping("/ateliers/{id}/stakeholders/{sid}/edit")
	String editForm(@PathVariable long id, @PathVariable long sid, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		StakeholderView stakeholder = register.view(id, sid);
		model.addAttribute("stakeholderForm", StakeholderForm.of(stakeholder));
		return form(id, stakeholder, model);
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/edit")
	String edit(@PathVariable long id, @PathVariable long sid, @ModelAttribute StakeholderForm stakeholderForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			int version = stakeholderForm.getVersion() == null ? -1 : stakeholderForm.getVersion();
			StakeholderView saved = register.update(id, sid, version, stakeholderForm.toInput());
			redirect.addFlashAttribute("flash", text("stakeholder.flash.saved", saved.name()));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			// Keep what the person typed, show what is saved now, and let a second save overwrite knowingly.
			StakeholderView theirs = register.view(id, sid);
			result.reject("form.stale");
			stakeholderForm.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return form(id, register.view(id, sid), model);
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/delete")
	String delete(@PathVariable long id, @PathVariable long sid, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		StakeholderView stakeholder = register.view(id, sid);
		register.delete(id, sid, version == null ? stakeholder.version() : version);
		redirect.addFlashAttribute("flash", text("stakeholder.flash.deleted", stakeholder.name()));
		return "redirect:/ateliers/" + id + "/stakeholders";
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/commitment")
	String commitment(@PathVariable long id, @PathVariable long sid, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		String problem;
		try {
			StakeholderView moved = register.changeCommitment(id, sid, status, note, version);
			redirect.addFlashAttribute("flash", text("stakeholder.flash.commitment", moved.name(),
					text("stakeholder.commitment." + moved.commitment().name())));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
		}
		catch (FieldProblem invalid) {
			var v = invalid.violations().getFirst();
			problem = text(v.messageKey(), v.args());
		}
		catch (ConflictException refused) {
			problem = text(refused.messageKey(), refused.args());
		}
		catch (OptimisticLockingFailureException stale) {
			problem = text("stakeholder.commitment.stale");
		}
		model.addAttribute("commitmentProblem", problem);
		model.addAttribute("note", note);
		return detail(id, sid, model);
	}

	@GetMapping("/ateliers/{id}/stakeholders/{sid}/value-proposition")
	String valueForm(@PathVariable long id, @PathVariable long sid, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		StakeholderView stakeholder = register.view(id, sid);
		model.addAttribute("valueForm", ValueForm.of(stakeholder));
		return valuePage(id, stakeholder, model);
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/value-proposition")
	String propose(@PathVariable long id, @PathVariable long sid, @ModelAttribute ValueForm valueForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			int version = valueForm.getVersion() == null ? -1 : valueForm.getVersion();
			StakeholderView saved = register.propose(id, sid, version, valueForm.toProposition());
			redirect.addFlashAttribute("flash", text("stakeholder.flash.valueSaved", saved.name()));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (OptimisticLockingFailureException stale) {
			StakeholderView theirs = register.view(id, sid);
			result.reject("form.stale");
			valueForm.setVersion(theirs.version());
		}
		return valuePage(id, register.view(id, sid), model);
	}

	private String valuePage(long id, StakeholderView stakeholder, Model model) {
		atelier(id, model);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("motivationOptions", options(Motivation.values(), "stakeholder.motivation.", null));
		Map<String, String> alignment = new LinkedHashMap<>();
		alignment.put("", text("stakeholder.choose"));
		alignment.put("true", text("stakeholder.value.aligned.true"));
		alignment.put("false", text("stakeholder.value.aligned.false"));
		model.addAttribute("alignmentOptions", alignment);
		return "stakeholder/value";
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/contacts")
	String addContact(@PathVariable long id, @PathVariable long sid, @ModelAttribute ContactForm contactForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		access.requireEditable(id, AtelierRole.PARTNER);
		try {
			register.addContact(id, sid, contactForm.getName(), contactForm.getJobTitle(), contactForm.getEmail(),
					contactForm.getPhone(), contactForm.getLegalBasis());
			redirect.addFlashAttribute("flash", text("stakeholder.flash.contactAdded"));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		return detail(id, sid, model);
	}

	@GetMapping("/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/edit")
	String editContact(@PathVariable long id, @PathVariable long sid, @PathVariable long cid, Model model) {
		access.requireEditable(id, AtelierRole.PARTNER);
		ContactView contact = register.contact(id, sid, cid);
		if (contact.erased()) {
			throw new org.atelier.shared.ConflictException("stakeholder.contact.alreadyErased");
		}
		ContactForm form = new ContactForm();
		form.setName(contact.name());
		form.setJobTitle(contact.jobTitle());
		form.setEmail(contact.email());
		form.setPhone(contact.phone());
		form.setLegalBasis(contact.legalBasis().name());
		form.setVersion(contact.version());
		return contactPage(id, sid, contact, form, model);
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/edit")
	String reviseContact(@PathVariable long id, @PathVariable long sid, @PathVariable long cid,
			@ModelAttribute("contactForm") ContactForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			register.reviseContact(id, sid, cid, contactForm.getVersion(), contactForm.getName(),
					contactForm.getJobTitle(), contactForm.getEmail(), contactForm.getPhone(), contactForm.getLegalBasis());
			redirect.addFlashAttribute("flash", text("stakeholder.flash.contactRevised"));
			return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
		}
		catch (FieldProblem problem) {
			bind(problem, result);
		}
		catch (org.springframework.dao.OptimisticLockingFailureException stale) {
			result.reject("form.stale");
			ContactView theirs = register.contact(id, sid, cid);
			contactForm.setVersion(theirs.version());
			model.addAttribute("theirs", theirs);
		}
		return contactPage(id, sid, register.contact(id, sid, cid), contactForm, model);
	}

	private String contactPage(long id, long sid, ContactView contact, ContactForm form, Model model) {
		atelier(id, model);
		model.addAttribute("stakeholder", register.view(id, sid));
		model.addAttribute("contact", contact);
		model.addAttribute("contactForm", form);
		model.addAttribute("legalBases", options(LegalBasis.values(), "stakeholder.legalBasis.", "stakeholder.choose"));
		return "stakeholder/contact-edit";
	}

	@PostMapping("/ateliers/{id}/stakeholders/{sid}/contacts/{cid}/erase")
	String eraseContact(@PathVariable long id, @PathVariable long sid, @PathVariable long cid,
			RedirectAttributes redirect) {
		register.eraseContact(id, sid, cid);
		redirect.addFlashAttribute("flash", text("stakeholder.flash.contactErased"));
		return "redirect:/ateliers/" + id + "/stakeholders/" + sid;
	}

	private String form(long id, @Nullable StakeholderView stakeholder, Model model) {
		atelier(id, model);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("types", options(OrganisationType.values(), "stakeholder.type.", "stakeholder.choose"));
		model.addAttribute("sectors", options(HelixSector.values(), "stakeholder.sector.", "stakeholder.choose"));
		model.addAttribute("engagements", options(Engagement.values(), "stakeholder.engagement.", null));
		Map<String, String> scores = new LinkedHashMap<>();
		for (int i = 1; i <= 5; i++) {
			scores.put(String.valueOf(i), text("stakeholder.score." + i));
		}
		model.addAttribute("scores", scores);
		return "stakeholder/form";
	}

	private AtelierView atelier(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("canEdit", !atelier.archived() && atelier.hasRole(AtelierRole.PARTNER));
		return atelier;
	}

	/** The organisation's documents and the form to attach one. */
	private void documents(long id, long sid, Model model) {
		model.addAttribute("documents", documents.list(id, sid));
		model.addAttribute("documentKinds", options(DocumentKind.values(), "stakeholder.document.kind.", "stakeholder.choose"));
		model.addAttribute("documentMaxMegabytes", documents.maxSize() / (1024 * 1024));
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new DocumentForm());
		}
	}

	private Map<String, String> commitmentOptions(StakeholderView stakeholder) {
		Map<String, String> options = new LinkedHashMap<>();
		for (CommitmentStatus s : CommitmentStatus.values()) {
			if (stakeholder.commitment().canMoveTo(s)) {
				options.put(s.name(), text("stakeholder.commitment." + s.name()));
			}
		}
		return options;
	}

	private Map<String, String> options(Enum<?>[] values, String prefix, @Nullable String chooseKey) {
		Map<String, String> options = new LinkedHashMap<>();
		if (chooseKey != null) {
			options.put("", text(chooseKey));
		}
		for (Enum<?> v : values) {
			options.put(v.name(), text(prefix + v.name()));
		}
		return options;
	}

	static void bind(FieldProblem problem, BindingResult result) {
		for (FieldProblem.Violation v : problem.violations()) {
			result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
		}
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, locale);
	}
}
