package org.atelier.shared.related;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Collects the panels every {@link RelatedContent} bean contributes to a page, in bean order. */
@Component
public class RelatedContents {

	private final ObjectProvider<RelatedContent> contributors;

	public RelatedContents(ObjectProvider<RelatedContent> contributors) {
		this.contributors = contributors;
	}

	public List<RelatedContent.Panel> panels(RelatedContent.Topic topic) {
		return contributors.orderedStream().map(c -> c.panel(topic)).flatMap(Optional::stream).toList();
	}
}
