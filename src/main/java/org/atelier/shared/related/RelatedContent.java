package org.atelier.shared.related;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A module's contribution of related content to pages of other modules. */
public interface RelatedContent {

	/**
	 * What a page is about: a phase key and/or a building block key of the method, and the atelier
	 * the page belongs to (null on pages outside an atelier).
	 */
	record Topic(@Nullable String phase, @Nullable String block, @Nullable Long atelierId) {
	}

	/**
	 * A panel to render: the fragment {@code template :: fragment(data)} of the contributing
	 * module. The fragment renders its own heading (h2) and must be accessible on its own.
	 */
	record Panel(String template, String fragment, Object data) {
	}

	/** The panel for this topic and the signed-in reader, or empty when there is nothing to show. */
	Optional<Panel> panel(Topic topic);
}
