package org.atelier.learning;

import java.util.List;
import java.util.Map;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Lessons in an archive, with their building blocks and the decisions they informed. The search
 * index is not archived but rebuilt after an import; "applied in" marks name other ateliers of the
 * source installation and stay behind. Lessons are not copied into a replica; it links to them.
 */
@Component
class LearningArchive implements ArchivePart {

	private final LessonBook lessons;

	LearningArchive(LessonBook lessons) {
		this.lessons = lessons;
	}

	@Override
	public String name() {
		return "learning";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of("lesson", "lesson");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("lesson").values("phase", org.atelier.method.Phase.class).values("theme", org.atelier.atelier.Theme.class).values("visibility", Visibility.class).key("id").atelier("atelier_id").user("author_id", UserPolicy.CLEAR)
					.skip("search_vector").build(),
				ArchiveTable.of("lesson_block").parent("lesson_id", "lesson").orderBy("lesson_id, block").build(),
				ArchiveTable.of("lesson_decision").parent("lesson_id", "lesson").ref("decision_id", "decision")
					.orderBy("lesson_id, decision_id").build());
	}

	@Override
	public void afterImport(long atelierId) {
		lessons.reindexAtelier(atelierId);
	}

	/**
	 * A replica builds on its source's lessons that others may read (installation or public, never
	 * members only): it is marked as applying them, so they are linked from both sides.
	 */
	@Override
	public void afterReplicate(long sourceAtelierId, long replicaId) {
		for (long lessonId : lessons.shareableOf(sourceAtelierId)) {
			lessons.markApplied(lessonId, replicaId);
		}
	}
}
