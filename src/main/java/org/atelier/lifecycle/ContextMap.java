package org.atelier.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The context map of an atelier: the technical, governance, market and social interdependencies
 * around its challenge. Partners and coordinators add, change and remove entries; members read.
 */
@Service
public class ContextMap {

	public static final String AUDIT_TYPE = "context-entry";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	ContextMap(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** All entries by domain, oldest first within a domain. */
	@Transactional(readOnly = true)
	public List<ContextEntry> entries(long atelierId) {
		access.requireMember(atelierId);
		return jdbc.sql("select * from context_entry where atelier_id = :a order by id")
			.param("a", atelierId).query(ContextMap::entry).list()
			.stream().sorted(java.util.Comparator.comparing(ContextEntry::domain)).toList();
	}

	@Transactional(readOnly = true)
	public ContextEntry entry(long atelierId, long entryId) {
		access.requireMember(atelierId);
		return find(atelierId, entryId).orElseThrow(() -> new NotFoundException("context entry"));
	}

	@Transactional
	public ContextEntry add(long atelierId, ContextInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		var key = new GeneratedKeyHolder();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into context_entry (atelier_id, map_domain, description, actors, created_at, updated_at, version)
				values (:a, :d, :t, :w, :at, :at, 0)""")
			.param("a", atelierId).param("d", input.domain().name()).param("t", input.description())
			.param("w", input.actors()).param("at", now).update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("domain", null, input.domain()).field("description", null, input.description())
			.field("actors", null, input.actors()));
		return find(atelierId, id).orElseThrow();
	}

	@Transactional
	public ContextEntry update(long atelierId, long entryId, int expectedVersion, ContextInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ContextEntry before = find(atelierId, entryId).orElseThrow(() -> new NotFoundException("context entry"));
		int changed = jdbc.sql("""
				update context_entry set map_domain = :d, description = :t, actors = :w, updated_at = :at,
				  version = version + 1 where id = :id and atelier_id = :a and version = :v""")
			.param("d", input.domain().name()).param("t", input.description()).param("w", input.actors())
			.param("at", now()).param("id", entryId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("context entry " + entryId + " changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(entryId), AuditAction.UPDATED, new ChangeSet()
			.field("domain", before.domain(), input.domain()).field("description", before.description(), input.description())
			.field("actors", before.actors(), input.actors()));
		return find(atelierId, entryId).orElseThrow();
	}

	/** Removes an entry; {@code expectedVersion} null skips the version check (the page's confirmed delete). */
	@Transactional
	public void remove(long atelierId, long entryId, @Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ContextEntry before = find(atelierId, entryId).orElseThrow(() -> new NotFoundException("context entry"));
		if (expectedVersion != null && before.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("context entry " + entryId + " changed meanwhile");
		}
		jdbc.sql("delete from context_entry where id = :id and atelier_id = :a").param("id", entryId)
			.param("a", atelierId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(entryId), AuditAction.DELETED, new ChangeSet()
			.field("domain", before.domain(), null).field("description", before.description(), null)
			.field("actors", before.actors(), null));
	}

	private Optional<ContextEntry> find(long atelierId, long entryId) {
		return jdbc.sql("select * from context_entry where id = :id and atelier_id = :a")
			.param("id", entryId).param("a", atelierId).query(ContextMap::entry).optional();
	}

	private static ContextEntry entry(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new ContextEntry(rs.getLong("id"), ContextDomain.valueOf(rs.getString("map_domain")),
				rs.getString("description"), rs.getString("actors"), rs.getInt("version"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
