package org.atelier.method.web;

import java.util.Locale;

import org.atelier.method.BuildingBlock;
import org.atelier.method.LocalizedMethod;
import org.atelier.method.MethodCatalogue;
import org.atelier.method.Phase;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.related.RelatedContent;
import org.atelier.shared.related.RelatedContents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "The method": explains the phases and building blocks to a newcomer, following the guide's
 * structure. An overview, one page per phase and one per building block, in the user's language.
 */
@Controller
@RequestMapping("/method")
class MethodPages {

	private final MethodCatalogue catalogue;
	private final RelatedContents related;

	MethodPages(MethodCatalogue catalogue, RelatedContents related) {
		this.catalogue = catalogue;
		this.related = related;
	}

	@GetMapping
	String overview(Locale locale, Model model) {
		model.addAttribute("method", method(locale));
		model.addAttribute("current", "overview");
		return "method/overview";
	}

	@GetMapping("/phases/{key}")
	String phase(@PathVariable String key, Locale locale, Model model) {
		Phase phase = phaseOf(key);
		LocalizedMethod method = method(locale);
		model.addAttribute("method", method);
		model.addAttribute("phase", method.phase(phase));
		model.addAttribute("previous", phase.previous().map(method::phase).orElse(null));
		model.addAttribute("next", phase.next().map(method::phase).orElse(null));
		model.addAttribute("current", "phase-" + phase.key());
		model.addAttribute("relatedPanels", related.panels(new RelatedContent.Topic(phase.key(), null, null)));
		return "method/phase";
	}

	@GetMapping("/blocks/{key}")
	String block(@PathVariable String key, Locale locale, Model model) {
		BuildingBlock block = blockOf(key);
		LocalizedMethod method = method(locale);
		model.addAttribute("method", method);
		model.addAttribute("block", method.buildingBlock(block));
		model.addAttribute("blockPhases", method.phases().stream().filter(p -> p.phase().usesBuildingBlocks()).toList());
		model.addAttribute("current", "block-" + block.key());
		model.addAttribute("relatedPanels", related.panels(new RelatedContent.Topic(null, block.key(), null)));
		return "method/block";
	}

	private LocalizedMethod method(Locale locale) {
		return catalogue.current(locale);
	}

	/** Only the exact lower-case key is a page; anything else is not found. */
	private static Phase phaseOf(String key) {
		for (Phase phase : Phase.values()) {
			if (phase.key().equals(key)) {
				return phase;
			}
		}
		throw new NotFoundException("Phase " + key);
	}

	private static BuildingBlock blockOf(String key) {
		for (BuildingBlock block : BuildingBlock.values()) {
			if (block.key().equals(key)) {
				return block;
			}
		}
		throw new NotFoundException("Building block " + key);
	}
}
