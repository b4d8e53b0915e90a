package org.atelier.lifecycle;

import java.util.List;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * The life cycle in an archive: gate reviews with their participants and readiness snapshot, the
 * phases entered, and the Preconditions workbench. A replica keeps only the operational
 * conditions checklist, every item open again and without owner or evidence.
 */
@Component
class LifecycleArchive implements ArchivePart {

	@Override
	public String name() {
		return "lifecycle";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("gate_review").values("decision", GateDecision.class).values("phase", org.atelier.method.Phase.class).values("to_phase", org.atelier.method.Phase.class).key("id").atelier("atelier_id")
					.user("recorded_by_id", UserPolicy.CLEAR).build(),
				ArchiveTable.of("gate_review_participant").parent("review_id", "gate_review").orderBy("review_id, seq")
					.user("user_id", UserPolicy.CLEAR).build(),
				ArchiveTable.of("gate_review_criterion").parent("review_id", "gate_review").orderBy("review_id, seq")
					.build(),
				ArchiveTable.of("phase_entry").key("id").atelier("atelier_id").ref("gate_review_id", "gate_review")
					.build(),
				ArchiveTable.of("challenge_statement").key("id").atelier("atelier_id").build(),
				ArchiveTable.of("context_entry").values("map_domain", ContextDomain.class).key("id").atelier("atelier_id").build(),
				ArchiveTable.of("operational_condition").values("status", ConditionStatus.class).key("id").atelier("atelier_id")
					.user("owner_id", UserPolicy.CLEAR)
					.structure(row -> {
						row.put("status", ConditionStatus.OPEN.name());
						row.put("owner_id", null);
						row.put("evidence", null);
						row.put("version", 0);
						return row;
					})
					.build());
	}
}
