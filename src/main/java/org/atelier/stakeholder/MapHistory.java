package org.atelier.stakeholder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the past of the maps: the register's services append an organisation's state after every
 * change and a removed state when it goes, and log when relations are added and removed. Reading
 * takes, per organisation, the last state at or before the moment asked for. Runs inside the
 * callers' transactions and checks nothing itself.
 */
@Component
class MapHistory {

	private final JdbcClient jdbc;

	MapHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends the organisation's current state (as it is in the register now), valid from {@code at}. */
	void record(long stakeholderId, Instant at) {
		append(stakeholderId, at, false);
	}

	/** Appends a removed state, and closes the log of every relation that involved the organisation; call before deleting it. */
	void removed(long stakeholderId, Instant at) {
		append(stakeholderId, at, true);
		jdbc.sql("update stakeholder_relation_log set removed_at = :at where (from_id = :s or to_id = :s) and removed_at is null")
			.param("at", utc(at)).param("s", stakeholderId).update();
	}

	void relationAdded(long relationId, long atelierId, long fromId, long toId, RelationKind kind, Instant at) {
		jdbc.sql("""
				insert into stakeholder_relation_log (relation_id, atelier_id, from_id, to_id, kind, added_at)
				values (:r, :a, :f, :t, :k, :at)""")
			.param("r", relationId).param("a", atelierId).param("f", fromId).param("t", toId).param("k", kind.name())
			.param("at", utc(at)).update();
	}

	void relationRemoved(long relationId, Instant at) {
		jdbc.sql("update stakeholder_relation_log set removed_at = :at where relation_id = :r and removed_at is null")
			.param("at", utc(at)).param("r", relationId).update();
	}

	/** The organisations of the atelier as they stood at {@code at}, by name; those not yet there or already removed are left out. */
	List<StakeholderView> stakeholdersAt(long atelierId, Instant at) {
		return jdbc.sql("""
				select m.* from stakeholder_map_state m
				where m.atelier_id = :a and m.id = (select max(x.id) from stakeholder_map_state x
				                                    where x.stakeholder_id = m.stakeholder_id and x.valid_from <= :at)
				  and m.removed = false
				order by lower(m.name), m.stakeholder_id""")
			.param("a", atelierId).param("at", utc(at))
			.query((rs, n) -> {
				Instant from = rs.getObject("valid_from", OffsetDateTime.class).toInstant();
				return new StakeholderView(rs.getLong("stakeholder_id"), atelierId, rs.getString("name"),
						OrganisationType.valueOf(rs.getString("org_type")), HelixSector.valueOf(rs.getString("sector")),
						null, rs.getBoolean("decision_authority"), null, rs.getInt("influence"), rs.getInt("interest"),
						rs.getBoolean("has_power"), rs.getBoolean("has_legitimacy"), rs.getBoolean("has_urgency"),
						Engagement.valueOf(rs.getString("engagement_now")),
						Engagement.valueOf(rs.getString("engagement_desired")),
						CommitmentStatus.valueOf(rs.getString("commitment")), List.of(), null, from, from, 0);
			})
			.list();
	}

	/** The relations that existed at {@code at} between organisations that existed then, named as they were then. */
	List<RelationView> relationsAt(long atelierId, Instant at) {
		Map<Long, String> names = new HashMap<>();
		stakeholdersAt(atelierId, at).forEach(s -> names.put(s.id(), s.name()));
		return jdbc.sql("""
				select relation_id, from_id, to_id, kind from stakeholder_relation_log
				where atelier_id = :a and added_at <= :at and (removed_at is null or removed_at > :at)
				order by relation_id""")
			.param("a", atelierId).param("at", utc(at))
			.query((rs, n) -> new RelationView(rs.getLong("relation_id"), rs.getLong("from_id"),
					names.getOrDefault(rs.getLong("from_id"), ""), RelationKind.valueOf(rs.getString("kind")),
					rs.getLong("to_id"), names.getOrDefault(rs.getLong("to_id"), ""), null))
			.list().stream()
			.filter(r -> names.containsKey(r.fromId()) && names.containsKey(r.toId()))
			.sorted(java.util.Comparator.comparing(RelationView::fromName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(r -> r.kind().ordinal()).thenComparing(RelationView::toName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private void append(long stakeholderId, Instant at, boolean removed) {
		jdbc.sql("""
				insert into stakeholder_map_state (atelier_id, stakeholder_id, valid_from, removed, name, org_type, sector,
				    decision_authority, influence, interest, has_power, has_legitimacy, has_urgency, engagement_now,
				    engagement_desired, commitment)
				select atelier_id, id, :at, :removed, name, org_type, sector, decision_authority, influence, interest,
				    has_power, has_legitimacy, has_urgency, engagement_now, engagement_desired, commitment
				from stakeholder where id = :s""")
			.param("at", utc(at)).param("removed", removed).param("s", stakeholderId).update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
