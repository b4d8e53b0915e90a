package org.atelier.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.shared.archive.ArchivePart;
import org.atelier.shared.archive.ArchiveTable;
import org.atelier.shared.archive.UserPolicy;
import org.springframework.stereotype.Component;

/**
 * Activities in an archive: sessions with participants, agenda, links, outcomes, minutes comments
 * and addenda, and the follow-up actions. Calendar uids are new in the importing installation;
 * reminders sent and the secret calendar feed stay behind. A participant without an account
 * there is left out; an action whose owner has none is owned by the importing person. A replica
 * keeps the series the source held, as plans without dates (see {@link SeriesPlans}).
 */
@Component
class ActivityArchive implements ArchivePart {

	private final SeriesPlans plans;

	ActivityArchive(SeriesPlans plans) {
		this.plans = plans;
	}

	/** A replica plans the source's session series, without dates, people or minutes. */
	@Override
	public void afterReplicate(long sourceAtelierId, long replicaId) {
		plans.carryOver(sourceAtelierId, replicaId);
	}

	@Override
	public String name() {
		return "activity";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public Map<String, String> linkKinds() {
		return Map.of(Sessions.LINK_KIND, "activity_session", ActionRegister.LINK_KIND, "follow_up_action");
	}

	@Override
	public List<ArchiveTable> tables() {
		return List.of(
				ArchiveTable.of("activity_session").values("minutes_status", MinutesStatus.class).key("id").atelier("atelier_id")
					.fresh("uid", () -> UUID.randomUUID() + "@atelier")
					.user("facilitator_id", UserPolicy.CLEAR).user("secretary_id", UserPolicy.CLEAR)
					.user("minutes_approved_by", UserPolicy.CLEAR).build(),
				ArchiveTable.of("session_participant").key("id").parent("session_id", "activity_session")
					.user("account_id", UserPolicy.DROP_ROW).ref("contact_id", "stakeholder_contact").build(),
				ArchiveTable.of("session_agenda_item").parent("session_id", "activity_session")
					.orderBy("session_id, position").build(),
				ArchiveTable.of("session_link").parent("session_id", "activity_session").link("target_id", "kind")
					.orderBy("session_id, kind, target_id").build(),
				ArchiveTable.of("session_outcome").values("kind", OutcomeKind.class).key("id").parent("session_id", "activity_session")
					.user("owner_id", UserPolicy.CLEAR).ref("decision_id", "decision")
					.ref("action_id", "follow_up_action").build(),
				ArchiveTable.of("minutes_comment").key("id").parent("session_id", "activity_session")
					.user("author_id", UserPolicy.IMPORTER).build(),
				ArchiveTable.of("minutes_addendum").key("id").parent("session_id", "activity_session")
					.user("author_id", UserPolicy.IMPORTER).build(),
				ArchiveTable.of("follow_up_action").values("status", ActionStatus.class).key("id").atelier("atelier_id").user("owner_id", UserPolicy.IMPORTER)
					.user("created_by", UserPolicy.CLEAR).link("origin_id", "origin_kind").build(),
				ArchiveTable.of("session_series_plan").key("id").atelier("atelier_id").orderBy("series").structureAsIs()
					.build());
	}
}
