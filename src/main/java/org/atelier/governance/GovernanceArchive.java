package org.atelier.governance;

import java.util.List;
import java.util.Map;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Governance in an archive: mandate, roles (a holder who is a member by e-mail, a contact person
 * by reference into the register), the escalation route, strategies served, the RACI matrix and the
 * decision log with its links. A replica keeps the role definitions without holders, mandate
 * periods or their people, and the escalation route without its seats.
 */
@Component
class GovernanceArchive implements ArchivePart {

	@Override
	public String name() {
		return "governance";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of(DecisionLog.LINK_KIND, "decision");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("governance_mandate").atelier("atelier_id").orderBy("atelier_id").build(),
				ArchiveTable.of("governance_role").values("kind", RoleKind.class).key("id").atelier("atelier_id").user("member_id", UserPolicy.CLEAR)
					.ref("contact_id", "stakeholder_contact")
					.structure(row -> {
						row.put("member_id", null);
						row.put("contact_id", null);
						row.put("holder_name", "");
						row.put("starts_on", null);
						row.put("ends_on", null);
						row.put("version", 0);
						return row;
					})
					.build(),
				ArchiveTable.of("escalation_level").key("id").atelier("atelier_id")
					.structure(row -> {
						row.put("seats", null);
						row.put("version", 0);
						return row;
					})
					.build(),
				ArchiveTable.of("strategy_link").key("id").atelier("atelier_id").build(),
				ArchiveTable.of("raci_row").key("id").atelier("atelier_id").build(),
				ArchiveTable.of("raci_cell").values("letter", RaciLetter.class).parent("row_id", "raci_row").orderBy("row_id, party").build(),
				ArchiveTable.of("decision").values("status", DecisionStatus.class).values("implementation", Implementation.class).key("id").atelier("atelier_id").ref("escalation_level_id", "escalation_level")
					.ref("supersedes_id", "decision").ref("superseded_by_id", "decision").build(),
				ArchiveTable.of("decision_link").parent("decision_id", "decision").link("target_id", "kind")
					.orderBy("decision_id, kind, target_id").build());
	}
}
