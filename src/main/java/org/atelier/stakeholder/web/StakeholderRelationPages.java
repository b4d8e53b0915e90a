package org.atelier.stakeholder.web;

import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.stakeholder.StakeholderRelations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing relations of the dependency network, from the maps page. */
@Controller
class StakeholderRelationPages {

	private final StakeholderRelations relations;
	private final MessageSource messages;

	StakeholderRelationPages(StakeholderRelations relations, MessageSource messages) {
		this.relations = relations;
		this.messages = messages;
	}

	@PostMapping("/ateliers/{id}/stakeholders/relations")
	String add(@PathVariable long id, @RequestParam(required = false) @Nullable Long fromId,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable Long toId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			relations.add(id, fromId, kind, toId, note);
			redirect.addFlashAttribute("flash", text("stakeholder.relation.added"));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("relationProblems",
					problem.texts(messages, LocaleContextHolder.getLocale()));
		}
		catch (ConflictException duplicate) {
			redirect.addFlashAttribute("relationProblems", java.util.List.of(text(duplicate.messageKey())));
		}
		return "redirect:/ateliers/" + id + "/stakeholders/maps#network";
	}

	@PostMapping("/ateliers/{id}/stakeholders/relations/{relationId}/delete")
	String remove(@PathVariable long id, @PathVariable long relationId, RedirectAttributes redirect) {
		relations.remove(id, relationId);
		redirect.addFlashAttribute("flash", text("stakeholder.relation.removed"));
		return "redirect:/ateliers/" + id + "/stakeholders/maps#network";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
