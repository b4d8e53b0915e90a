package org.atelier.lifecycle.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.lifecycle.GateReviewInput;
import org.atelier.lifecycle.GateReviews;
import org.atelier.lifecycle.NotReadyException;
import org.atelier.lifecycle.ReadinessCheck;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.related.RelatedContent;
import org.atelier.shared.related.RelatedContents;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Lifecycle page of an atelier: the readiness check for its next phase (each unmet criterion
 * with what is missing and a link to fix it), the gate-review form for coordinators, the phase
 * timeline and the history of reviews.
 */
@Controller
class LifecyclePages {

	private final AtelierService ateliers;
	private final AtelierMembers members;
	private final ReadinessCheck readiness;
	private final GateReviews reviews;
	private final MessageSource messages;
	private final RelatedContents related;

	LifecyclePages(AtelierService ateliers, AtelierMembers members, ReadinessCheck readiness, GateReviews reviews,
			MessageSource messages, RelatedContents related) {
		this.related = related;
		this.ateliers = ateliers;
		this.members = members;
		this.readiness = readiness;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/ateliers/{id}/lifecycle")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("reviewForm", new Forms.GateReviewForm());
		return render(id, model);
	}

	@PostMapping("/ateliers/{id}/gate-reviews")
	String record(@PathVariable long id, @ModelAttribute("reviewForm") Forms.GateReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			var input = GateReviewInput.parse(form.getDecision(), form.getTargetPhase(), form.getDecidedOn(),
					form.getRationale(), form.isOverride(), form.getParticipants(), form.getOtherParticipants());
			var review = reviews.record(id, input);
			redirect.addFlashAttribute("flash", text("lifecycle.flash.recorded",
					text("lifecycle.decision." + review.decision()), text("atelier.phase." + review.toPhase())));
			return "redirect:/ateliers/" + id + "/lifecycle";
		}
		catch (FieldProblem problem) {
			for (FieldProblem.Violation v : problem.violations()) {
				result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
			}
		}
		catch (NotReadyException notReady) {
			result.rejectValue("override", notReady.messageKey(), notReady.args(), notReady.messageKey());
		}
		return render(id, model);
	}

	private String render(long id, Model model) {
		AtelierView atelier = ateliers.view(id);
		model.addAttribute("atelier", atelier);
		model.addAttribute("readiness", readiness.check(id));
		model.addAttribute("relatedPanels", related.panels(new RelatedContent.Topic(atelier.phase().key(), null, id)));
		model.addAttribute("timeline", reviews.timeline(id));
		model.addAttribute("reviews", reviews.history(id));
		model.addAttribute("members", members.list(id));
		Map<String, String> decisions = new LinkedHashMap<>();
		for (String d : new String[] { "ADVANCE", "HOLD", "RETURN" }) {
			decisions.put(d, text("lifecycle.decision." + d));
		}
		model.addAttribute("decisions", decisions);
		Map<String, String> earlier = new LinkedHashMap<>();
		earlier.put("", text("lifecycle.gate.targetPhase.none"));
		for (Phase p : Phase.values()) {
			if (p.compareTo(atelier.phase()) < 0) {
				earlier.put(p.key(), text("atelier.phase." + p));
			}
		}
		model.addAttribute("earlierPhases", earlier);
		return "lifecycle/lifecycle";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
