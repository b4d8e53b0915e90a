package org.atelier.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operational-conditions checklist of an atelier: the four standard items plus any the atelier
 * adds, each with status, owner and evidence. Partners and coordinators change it; every member
 * reads it. Each change names the version it was made on (0 for a standard item never saved).
 */
@Service
public class OperationalConditions {

	public static final String AUDIT_TYPE = "operational-condition";
	public static final int LABEL_MAX = 200;

	private final AtelierAccess access;
	private final AtelierMembers members;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	OperationalConditions(AtelierAccess access, AtelierMembers members, AuditTrail audit, JdbcClient jdbc,
			Clock clock) {
		this.access = access;
		this.members = members;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The standard items first (in the guide's order), then custom items in the order they were added. */
	@Transactional(readOnly = true)
	public List<OperationalCondition> list(long atelierId) {
		access.requireMember(atelierId);
		return items(atelierId);
	}

	@Transactional
	public OperationalCondition update(long atelierId, String key, int expectedVersion, ConditionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		OperationalCondition before = items(atelierId).stream().filter(c -> c.key().equals(key)).findFirst()
			.orElseThrow(() -> new NotFoundException("operational condition"));
		if (before.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("condition " + key + " is at version " + before.version());
		}
		String ownerName = null;
		if (input.ownerId() != null) {
			ownerName = members.list(atelierId).stream().filter(m -> m.userId() == input.ownerId()).findFirst()
				.map(MemberView::displayName)
				.orElseThrow(() -> new FieldProblem("ownerId", "lifecycle.condition.ownerId.notMember"));
		}
		OffsetDateTime now = now();
		if (before.updatedAt() == null) {
			jdbc.sql("""
					insert into operational_condition (atelier_id, item_key, status, owner_id, evidence, updated_at, version)
					values (:a, :k, :s, :o, :e, :at, 1)""")
				.param("a", atelierId).param("k", key).param("s", input.status().name()).param("o", input.ownerId())
				.param("e", input.evidence()).param("at", now).update();
		}
		else {
			int changed = jdbc.sql("""
					update operational_condition set status = :s, owner_id = :o, evidence = :e, updated_at = :at,
					  version = version + 1 where atelier_id = :a and item_key = :k and version = :v""")
				.param("a", atelierId).param("k", key).param("s", input.status().name()).param("o", input.ownerId())
				.param("e", input.evidence()).param("at", now).param("v", expectedVersion).update();
			if (changed != 1) {
				throw new OptimisticLockingFailureException("condition " + key + " changed meanwhile");
			}
		}
		audit.record(atelierId, AUDIT_TYPE, key, before.updatedAt() == null ? AuditAction.CREATED
				: AuditAction.UPDATED, new ChangeSet().field("status", before.status(), input.status())
			.field("owner", before.ownerName(), ownerName).field("evidence", before.evidence(), input.evidence()));
		return find(atelierId, key).orElseThrow();
	}

	/** Adds a custom item, OPEN and without owner. */
	@Transactional
	public OperationalCondition add(long atelierId, String label) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String text = Texts.trim(label);
		if (text == null) {
			throw new FieldProblem("label", "lifecycle.condition.label.required");
		}
		if (text.length() > LABEL_MAX) {
			throw new FieldProblem("label", "lifecycle.condition.label.tooLong", LABEL_MAX);
		}
		long n = jdbc.sql("select count(*) from operational_condition where atelier_id = :a and label is not null")
			.param("a", atelierId).query(Long.class).single();
		String key = "custom-" + (n + 1);
		jdbc.sql("""
				insert into operational_condition (atelier_id, item_key, label, status, updated_at, version)
				values (:a, :k, :l, 'OPEN', :at, 1)""")
			.param("a", atelierId).param("k", key).param("l", text).param("at", now()).update();
		audit.record(atelierId, AUDIT_TYPE, key, AuditAction.CREATED, new ChangeSet().field("label", null, text)
			.field("status", null, ConditionStatus.OPEN));
		return find(atelierId, key).orElseThrow();
	}

	Optional<OperationalCondition> find(long atelierId, String key) {
		return items(atelierId).stream().filter(c -> c.key().equals(key)).findFirst();
	}

	List<OperationalCondition> items(long atelierId) {
		Map<String, OperationalCondition> byKey = new LinkedHashMap<>();
		OperationalCondition.STANDARD.forEach(k -> byKey.put(k, OperationalCondition.unsaved(k)));
		List<OperationalCondition> saved = jdbc.sql("""
				select c.*, u.display_name from operational_condition c left join app_user u on u.id = c.owner_id
				where c.atelier_id = :a order by c.id""")
			.param("a", atelierId)
			.query((rs, i) -> new OperationalCondition(rs.getString("item_key"), rs.getString("label"),
					rs.getString("label") == null, ConditionStatus.valueOf(rs.getString("status")),
					rs.getObject("owner_id", Long.class), rs.getString("display_name"), rs.getString("evidence"),
					rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.list();
		List<OperationalCondition> custom = new ArrayList<>();
		for (OperationalCondition c : saved) {
			if (c.standard()) {
				byKey.put(c.key(), c);
			}
			else {
				custom.add(c);
			}
		}
		List<OperationalCondition> all = new ArrayList<>(byKey.values());
		all.addAll(custom);
		return all;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
