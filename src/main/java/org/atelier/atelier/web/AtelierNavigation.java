package org.atelier.atelier.web;

import java.util.Comparator;
import java.util.List;

import org.atelier.atelier.AtelierSection;
import org.atelier.atelier.AtelierView;
import org.springframework.stereotype.Component;

/**
 * The sub-navigation of an atelier's pages, built from every {@link AtelierSection} bean. The
 * fragment {@code atelier/fragments :: subnav} asks it for the items the viewer may see.
 */
@Component("atelierNavigation")
public class AtelierNavigation {

	/** One entry of the sub-navigation. */
	public record Item(String key, String labelKey, String path) {
	}

	private final List<AtelierSection> sections;

	AtelierNavigation(List<AtelierSection> sections) {
		this.sections = sections.stream()
			.sorted(Comparator.comparingInt(AtelierSection::order).thenComparing(AtelierSection::key))
			.toList();
	}

	public List<Item> itemsFor(AtelierView atelier) {
		return sections.stream()
			.filter(s -> atelier.hasRole(s.visibleFrom()))
			.map(s -> new Item(s.key(), s.labelKey(), s.path(atelier.id())))
			.toList();
	}
}
