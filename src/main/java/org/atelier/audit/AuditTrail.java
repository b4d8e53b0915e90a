package org.atelier.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where changes are written down and read back. {@link #record} joins the
 * caller's transaction (and refuses to run without one), so a change and its audit entry are
 * stored together or not at all. Reading does no access check: the caller decides who may see
 * an atelier's history.
 * <p>
 * The history page labels entries through message keys that the recording module provides in its
 * own bundle: {@code audit.entity.<type>}, {@code audit.field.<type>.<field>} and, for coded values
 * such as enum names, {@code audit.value.<type>.<field>.<value>}; without them it shows the raw text.
 */
@Service
public class AuditTrail {

	/** Written as the actor when no one is signed in (start-up tasks, demo data). */
	public static final String SYSTEM_ACTOR = "system";

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a change made by the signed-in user.
	 *
	 * @param atelierId the atelier whose history shows the entry, or null for changes outside any atelier
	 * @param entityType a short stable name of the kind of record ("atelier", "membership", ...)
	 * @param entityId the record's id as text
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(@Nullable Long atelierId, String entityType, String entityId, AuditAction action,
			ChangeSet changes) {
		CurrentUser actor = CurrentUser.get();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into audit_entry (atelier_id, entity_type, entity_id, action, actor_id, actor_username, occurred_at)
				values (:atelier, :type, :entity, :action, :actorId, :actor, :at)""")
			.param("atelier", atelierId).param("type", entityType).param("entity", entityId)
			.param("action", action.name()).param("actorId", actor == null ? null : actor.id())
			.param("actor", actor == null ? SYSTEM_ACTOR : actor.getUsername())
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update(key, "id");
		long entryId = key.getKeyAs(Number.class).longValue();
		int seq = 0;
		for (FieldChange change : changes.changes()) {
			jdbc.sql("insert into audit_change (entry_id, seq, field, old_value, new_value) values (:e, :s, :f, :o, :n)")
				.param("e", entryId).param("s", seq++).param("f", change.field())
				.param("o", change.oldValue()).param("n", change.newValue())
				.update();
		}
	}

	/** One page of an atelier's history, newest first, with the field changes of each entry. */
	@Transactional(readOnly = true)
	public HistoryPage history(long atelierId, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 200));
		int safePage = Math.max(0, page);
		long total = jdbc.sql("select count(*) from audit_entry where atelier_id = :a")
			.param("a", atelierId).query(Long.class).single();
		List<AuditEntry> heads = jdbc.sql("""
				select id, atelier_id, entity_type, entity_id, action, actor_id, actor_username, occurred_at
				from audit_entry where atelier_id = :a
				order by occurred_at desc, id desc
				limit :limit offset :offset""")
			.param("a", atelierId).param("limit", safeSize).param("offset", (long) safePage * safeSize)
			.query(AuditTrail::head)
			.list();
		return new HistoryPage(withChanges(heads), safePage, safeSize, total);
	}

	/** The newest entry of each of the given ateliers (those without any entry are left out). */
	@Transactional(readOnly = true)
	public Map<Long, AuditEntry> latestFor(Collection<Long> atelierIds) {
		if (atelierIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, AuditEntry> latest = new HashMap<>();
		jdbc.sql("""
				select id, atelier_id, entity_type, entity_id, action, actor_id, actor_username, occurred_at
				from audit_entry where id in (
				    select max(id) from audit_entry where atelier_id in (:ids) group by atelier_id)""")
			.param("ids", List.copyOf(atelierIds))
			.query(AuditTrail::head)
			.list()
			.forEach(e -> latest.put(e.atelierId(), e));
		return latest;
	}

	/** Every entry about one record, oldest first, with its field changes. */
	@Transactional(readOnly = true)
	public List<AuditEntry> of(String entityType, String entityId) {
		List<AuditEntry> heads = jdbc.sql("""
				select id, atelier_id, entity_type, entity_id, action, actor_id, actor_username, occurred_at
				from audit_entry where entity_type = :t and entity_id = :e order by occurred_at, id""")
			.param("t", entityType).param("e", entityId)
			.query(AuditTrail::head)
			.list();
		return withChanges(heads);
	}

	private List<AuditEntry> withChanges(List<AuditEntry> heads) {
		if (heads.isEmpty()) {
			return heads;
		}
		Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
		jdbc.sql("select entry_id, field, old_value, new_value from audit_change where entry_id in (:ids) order by entry_id, seq")
			.param("ids", heads.stream().map(AuditEntry::id).toList())
			.query(rs -> {
				changes.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>())
					.add(new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
			});
		return heads.stream()
			.map(e -> new AuditEntry(e.id(), e.atelierId(), e.entityType(), e.entityId(), e.action(), e.actorId(),
					e.actorUsername(), e.occurredAt(), List.copyOf(changes.getOrDefault(e.id(), List.of()))))
			.toList();
	}

	private static AuditEntry head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("atelier_id", Long.class), rs.getString("entity_type"),
				rs.getString("entity_id"), AuditAction.valueOf(rs.getString("action")),
				rs.getObject("actor_id", Long.class), rs.getString("actor_username"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), List.of());
	}
}
