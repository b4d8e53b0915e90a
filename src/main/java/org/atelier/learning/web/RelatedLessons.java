package org.atelier.learning.web;

import java.util.List;
import java.util.Optional;

import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonView;
import org.atelier.method.BuildingBlock;
import org.atelier.method.Phase;
import org.atelier.shared.related.RelatedContent;
import org.springframework.stereotype.Component;

/**
 * Suggests lessons from other ateliers beside the method's phase and block pages and an atelier's
 * lifecycle page: the newest ones the reader may see, on the same phase or building block.
 */
@Component
class RelatedLessons implements RelatedContent {

	static final int LIMIT = 5;

	private final LessonBook lessons;

	RelatedLessons(LessonBook lessons) {
		this.lessons = lessons;
	}

	@Override
	public Optional<Panel> panel(Topic topic) {
		Phase phase = null;
		BuildingBlock block = null;
		try {
			phase = topic.phase() == null ? null : Phase.fromKey(topic.phase());
			block = topic.block() == null ? null : BuildingBlock.fromKey(topic.block());
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
		if (phase == null && block == null) {
			return Optional.empty();
		}
		List<LessonView> related = lessons.related(phase, block, topic.atelierId(), LIMIT);
		return Optional.of(new Panel("learning/fragments", "related", related));
	}
}
