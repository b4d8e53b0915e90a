package org.atelier.hypothesis;

import java.util.List;
import java.util.Map;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Hypotheses in an archive, with their status history and evidence. A replica keeps each
 * hypothesis as a fresh draft: statement, category, importance and test card, open again, without
 * evidence, history, deadline, learning card or lesson.
 */
@Component
class HypothesisArchive implements ArchivePart {

	private final Hypotheses hypotheses;

	HypothesisArchive(Hypotheses hypotheses) {
		this.hypotheses = hypotheses;
	}

	/** The copied drafts start their history as any new hypothesis does: recorded as open. */
	@Override
	public void afterReplicate(long sourceAtelierId, long replicaId) {
		hypotheses.startHistories(replicaId);
	}

	@Override
	public String name() {
		return "hypothesis";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of(Hypotheses.LINK_KIND, "hypothesis");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("hypothesis").values("status", HypothesisStatus.class).values("category", HypothesisCategory.class).key("id").atelier("atelier_id").ref("lesson_id", "lesson")
					.structure(row -> {
						row.put("status", HypothesisStatus.OPEN.name());
						row.put("evidence_strength", 1);
						for (String cleared : List.of("test_deadline", "observation", "insight", "learning_decision",
								"next_actions", "drop_reason", "concluded_on", "lesson_id")) {
							row.put(cleared, null);
						}
						row.put("version", 0);
						return row;
					})
					.build(),
				ArchiveTable.of("hypothesis_status_change").values("from_status", HypothesisStatus.class).values("to_status", HypothesisStatus.class).key("id").parent("hypothesis_id", "hypothesis")
					.user("changed_by", UserPolicy.CLEAR).build(),
				ArchiveTable.of("hypothesis_evidence").values("direction", EvidenceDirection.class).key("id").parent("hypothesis_id", "hypothesis")
					.link("target_id", "kind").build());
	}
}
