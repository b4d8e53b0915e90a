package org.atelier.stakeholder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dependency network: directed relations between organisations of one atelier. Members read;
 * partners and coordinators add and remove. An organisation cannot relate to itself, and the same
 * relation is recorded once.
 */
@Service
public class StakeholderRelations {

	public static final String AUDIT_TYPE = "stakeholder-relation";
	public static final int NOTE_MAX = 500;

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	private final MapHistory history;

	StakeholderRelations(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock, MapHistory history) {
		this.history = history;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RelationView> list(long atelierId) {
		access.requireMember(atelierId);
		return jdbc.sql("""
				select r.id, r.from_id, f.name as from_name, r.kind, r.to_id, t.name as to_name, r.note
				from stakeholder_relation r
				join stakeholder f on f.id = r.from_id
				join stakeholder t on t.id = r.to_id
				where r.atelier_id = :a
				order by f.name, r.kind, t.name, r.id""")
			.param("a", atelierId)
			.query((rs, n) -> new RelationView(rs.getLong("id"), rs.getLong("from_id"), rs.getString("from_name"),
					RelationKind.valueOf(rs.getString("kind")), rs.getLong("to_id"), rs.getString("to_name"),
					rs.getString("note")))
			.list();
	}

	/** The relations as they stood at the given moment, between the organisations that existed then. */
	@Transactional(readOnly = true)
	public List<RelationView> listAsOf(long atelierId, java.time.Instant at) {
		access.requireMember(atelierId);
		return history.relationsAt(atelierId, at);
	}

	@Transactional
	public RelationView add(long atelierId, @Nullable Long fromId, @Nullable String kind, @Nullable Long toId,
			@Nullable String note) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String fromName = fromId == null ? null : name(atelierId, fromId);
		if (fromName == null) {
			problems.add(new FieldProblem.Violation("fromId", "stakeholder.relation.from.invalid"));
		}
		String toName = toId == null ? null : name(atelierId, toId);
		if (toName == null) {
			problems.add(new FieldProblem.Violation("toId", "stakeholder.relation.to.invalid"));
		}
		RelationKind parsed = Keyed.parse(RelationKind.class, kind).orElse(null);
		if (parsed == null) {
			problems.add(new FieldProblem.Violation("kind", "stakeholder.relation.kind.invalid"));
		}
		String cleanNote = note == null || note.isBlank() ? null : note.trim();
		if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
			problems.add(new FieldProblem.Violation("note", "stakeholder.relation.note.tooLong", NOTE_MAX));
		}
		if (fromId != null && fromId.equals(toId)) {
			problems.add(new FieldProblem.Violation("toId", "stakeholder.relation.self"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		int existing = jdbc.sql("select count(*) from stakeholder_relation where from_id = :f and to_id = :t and kind = :k")
			.param("f", fromId).param("t", toId).param("k", parsed.name()).query(Integer.class).single();
		if (existing > 0) {
			throw new ConflictException("stakeholder.relation.duplicate");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into stakeholder_relation (atelier_id, from_id, to_id, kind, note, created_at)
				values (:a, :f, :t, :k, :n, :at)""")
			.param("a", atelierId).param("f", fromId).param("t", toId).param("k", parsed.name()).param("n", cleanNote)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update(keys, "id");
		long id = keys.getKey().longValue();
		history.relationAdded(id, atelierId, fromId, toId, parsed, clock.instant());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("relation", null, fromName + " → " + parsed.key() + " → " + toName).field("note", null, cleanNote));
		return new RelationView(id, fromId, fromName, parsed, toId, toName, cleanNote);
	}

	@Transactional
	public void remove(long atelierId, long relationId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		RelationView gone = list(atelierId).stream().filter(r -> r.id() == relationId).findFirst()
			.orElseThrow(() -> new NotFoundException("relation"));
		jdbc.sql("delete from stakeholder_relation where id = :id and atelier_id = :a").param("id", relationId)
			.param("a", atelierId).update();
		history.relationRemoved(relationId, clock.instant());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(relationId), AuditAction.DELETED, new ChangeSet()
			.field("relation", gone.fromName() + " → " + gone.kind().key() + " → " + gone.toName(), null));
	}

	private @Nullable String name(long atelierId, long stakeholderId) {
		return jdbc.sql("select name from stakeholder where id = :id and atelier_id = :a").param("id", stakeholderId)
			.param("a", atelierId).query(String.class).optional().orElse(null);
	}
}
