package org.atelier.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.links.FollowUpActions;
import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of every atelier. An action has exactly one owner (a member of the
 * atelier), a due date and an origin record; it is pending while open or in progress and overdue
 * once its due date has passed. Partners and coordinators create and edit actions; the owner may
 * also move their own action through its statuses.
 */
@Service
public class ActionRegister implements FollowUpActions {

	public static final String AUDIT_TYPE = "action";
	public static final String LINK_KIND = "action";

	/** The kinds of record an action may come from, in the order pick lists show them. */
	public static final List<String> ORIGIN_KINDS = List.of("session", "decision", "hypothesis", "assessment");

	/** The filters of the action list; {@code null} means any. */
	public record Filter(@Nullable Long ownerId, @Nullable ActionStatus status, boolean overdueOnly,
			@Nullable String originKind) {

		public static final Filter ALL = new Filter(null, null, false, null);
	}

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final LinkTargets links;
	private final Clock clock;

	ActionRegister(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, LinkTargets links, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.links = links;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The atelier's actions by due date, filtered. */
	@Transactional(readOnly = true)
	public List<ActionView> list(long atelierId, Filter filter) {
		access.requireMember(atelierId);
		StringBuilder where = new StringBuilder(" where x.atelier_id = :a");
		Map<String, Object> params = new HashMap<>();
		params.put("a", atelierId);
		if (filter.ownerId() != null) {
			where.append(" and x.owner_id = :o");
			params.put("o", filter.ownerId());
		}
		if (filter.status() != null) {
			where.append(" and x.status = :s");
			params.put("s", filter.status().name());
		}
		if (filter.overdueOnly()) {
			where.append(" and x.status in ('OPEN', 'IN_PROGRESS') and x.due_on < :today");
			params.put("today", today());
		}
		if (filter.originKind() != null) {
			where.append(" and x.origin_kind = :k");
			params.put("k", filter.originKind());
		}
		return query(where + " order by x.due_on, x.id", params);
	}

	/** The signed-in person's actions in every active atelier they are still a member of, pending first. */
	@Transactional(readOnly = true)
	public List<ActionView> mine(boolean pendingOnly) {
		long me = CurrentUser.require().id();
		String where = """
				 join atelier_member m on m.atelier_id = x.atelier_id and m.user_id = x.owner_id
				 where x.owner_id = :o and a.archived = false""" + (pendingOnly ? " and x.status in ('OPEN', 'IN_PROGRESS')" : "")
				+ " order by case when x.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, x.due_on, x.id";
		return query(where, Map.of("o", me));
	}

	@Transactional(readOnly = true)
	public ActionView get(long atelierId, long actionId) {
		access.requireMember(atelierId);
		return find(atelierId, actionId).orElseThrow(() -> new NotFoundException("action"));
	}

	/** How many pending actions are past their due date, per atelier (ateliers without any are absent). */
	@Transactional(readOnly = true)
	public Map<Long, Long> overdueCounts(Collection<Long> atelierIds) {
		if (atelierIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select atelier_id, count(*) as n from follow_up_action
				where atelier_id in (:ids) and status in ('OPEN', 'IN_PROGRESS') and due_on < :today
				group by atelier_id""")
			.param("ids", atelierIds).param("today", today())
			.query(rs -> {
				counts.put(rs.getLong("atelier_id"), rs.getLong("n"));
			});
		return counts;
	}

	/** The origin kinds some module answers in this installation. */
	public List<String> originKinds() {
		return ORIGIN_KINDS.stream().filter(links::supports).toList();
	}

	/** Pick-list candidates for the origin, keyed {@code kind:id}. */
	@Transactional(readOnly = true)
	public List<LinkTarget> originCandidates(long atelierId) {
		access.requireMember(atelierId);
		return originKinds().stream().flatMap(k -> links.candidates(k, atelierId).stream()).toList();
	}

	@Transactional
	public ActionView create(long atelierId, ActionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		long id = insert(atelierId, input, CurrentUser.require().id());
		return get(atelierId, id);
	}

	/** Changes what, who, when and where from; a stale version fails with an optimistic-locking error. */
	@Transactional
	public ActionView update(long atelierId, long actionId, int expectedVersion, ActionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		ActionView before = get(atelierId, actionId);
		check(atelierId, input);
		int changed = jdbc.sql("""
				update follow_up_action set title = :t, description = :d, owner_id = :o, due_on = :due,
				  origin_kind = :k, origin_id = :oi, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("t", input.title()).param("d", input.description()).param("o", input.ownerAccountId())
			.param("due", input.due()).param("k", input.originKind()).param("oi", input.originId())
			.param("id", actionId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("action changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(actionId), AuditAction.UPDATED, new ChangeSet()
			.field("title", before.title(), input.title()).field("description", before.description(), input.description())
			.field("owner", before.ownerId(), input.ownerAccountId()).field("due", before.due(), input.due())
			.field("origin", before.originKind() + " #" + before.originId(), input.originKind() + " #" + input.originId()));
		return get(atelierId, actionId);
	}

	/**
	 * Moves an action to another status: its owner or a partner or coordinator may. Dropping needs
	 * a reason; done records when.
	 */
	@Transactional
	public ActionView changeStatus(long atelierId, long actionId, int expectedVersion, ActionStatus status,
			@Nullable String reason) {
		ActionView before = get(atelierId, actionId);
		boolean owner = before.ownerId() == CurrentUser.require().id();
		access.requireEditable(atelierId, owner ? AtelierRole.OBSERVER : AtelierRole.PARTNER);
		String why = ActionInput.trim(reason);
		if (status == ActionStatus.DROPPED && why == null) {
			throw new FieldProblem("reason", "activity.action.reason.required");
		}
		if (why != null && why.length() > ActionInput.DESCRIPTION_MAX) {
			throw new FieldProblem("reason", "activity.tooLong", ActionInput.DESCRIPTION_MAX);
		}
		OffsetDateTime completed = status == ActionStatus.DONE ? OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC) : null;
		int changed = jdbc.sql("""
				update follow_up_action set status = :s, drop_reason = :r, completed_at = :c, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("s", status.name()).param("r", status == ActionStatus.DROPPED ? why : null).param("c", completed)
			.param("id", actionId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("action changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(actionId), AuditAction.UPDATED, new ChangeSet()
			.field("status", before.status().key(), status.key()).field("reason", before.dropReason(),
					status == ActionStatus.DROPPED ? why : null));
		return get(atelierId, actionId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionSummary> forOrigin(long atelierId, String originKind, long originId) {
		return query(" where x.atelier_id = :a and x.origin_kind = :k and x.origin_id = :o order by x.id",
				Map.of("a", atelierId, "k", originKind, "o", originId))
			.stream().map(ActionRegister::summary).toList();
	}

	@Override
	@Transactional
	public long create(long atelierId, String originKind, long originId, String title, long ownerAccountId,
			LocalDate due, long actorAccountId) {
		ActionInput input = ActionInput.parse(title, null, ownerAccountId, due.toString(), originKind, originId);
		return insert(atelierId, input, actorAccountId);
	}

	/** Pending actions coming from any of these origin records, oldest due first (a series' open actions). */
	@Transactional(readOnly = true)
	public List<ActionView> pendingFrom(long atelierId, String originKind, Collection<Long> originIds) {
		if (originIds.isEmpty()) {
			return List.of();
		}
		return query(" where x.atelier_id = :a and x.origin_kind = :k and x.origin_id in (:o)"
				+ " and x.status in ('OPEN', 'IN_PROGRESS') order by x.due_on, x.id",
				Map.of("a", atelierId, "k", originKind, "o", originIds));
	}

	static ActionSummary summary(ActionView v) {
		return new ActionSummary(v.id(), v.title(), v.status().key(), v.due(), v.ownerId(), v.overdue(),
				"/ateliers/" + v.atelierId() + "/actions/" + v.id());
	}

	Optional<ActionView> find(long atelierId, long actionId) {
		return query(" where x.atelier_id = :a and x.id = :id", Map.of("a", atelierId, "id", actionId)).stream()
			.findFirst();
	}

	private long insert(long atelierId, ActionInput input, long actorId) {
		check(atelierId, input);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into follow_up_action (atelier_id, title, description, owner_id, due_on, status, origin_kind,
				  origin_id, created_at, created_by)
				values (:a, :t, :d, :o, :due, 'OPEN', :k, :oi, :now, :by)""")
			.param("a", atelierId).param("t", input.title()).param("d", input.description())
			.param("o", input.ownerAccountId()).param("due", input.due()).param("k", input.originKind())
			.param("oi", input.originId()).param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("by", actorId).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("title", null, input.title()).field("owner", null, input.ownerAccountId())
			.field("due", null, input.due()).field("origin", null, input.originKind() + " #" + input.originId()));
		return id;
	}

	private void check(long atelierId, ActionInput input) {
		if (access.memberRoleOf(atelierId, input.ownerAccountId()).isEmpty()) {
			throw new FieldProblem("owner", "activity.action.owner.notMember");
		}
		if (!ORIGIN_KINDS.contains(input.originKind())
				|| links.find(input.originKind(), atelierId, input.originId()).isEmpty()) {
			throw new FieldProblem("origin", "activity.action.origin.unknown");
		}
	}

	private List<ActionView> query(String tail, Map<String, ?> params) {
		LocalDate today = today();
		Map<String, Optional<LinkTarget>> origins = new HashMap<>();
		return jdbc.sql("""
				select x.*, a.name as atelier_name, u.display_name as owner_name
				from follow_up_action x
				join atelier a on a.id = x.atelier_id
				join app_user u on u.id = x.owner_id""" + " " + tail)
			.params(params)
			.query((rs, n) -> view(rs, today, origins))
			.list();
	}

	private ActionView view(ResultSet rs, LocalDate today, Map<String, Optional<LinkTarget>> origins)
			throws SQLException {
		long atelierId = rs.getLong("atelier_id");
		String kind = rs.getString("origin_kind");
		long originId = rs.getLong("origin_id");
		Optional<LinkTarget> origin = origins.computeIfAbsent(kind + ":" + originId,
				k -> links.find(kind, atelierId, originId));
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
		return new ActionView(rs.getLong("id"), atelierId, rs.getString("atelier_name"), rs.getString("title"),
				rs.getString("description"), rs.getLong("owner_id"), rs.getString("owner_name"), due, status,
				rs.getString("drop_reason"), kind, originId, origin.map(LinkTarget::title).orElse(null),
				origin.map(LinkTarget::path).orElse(null), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				completed == null ? null : completed.toInstant(), rs.getInt("version"),
				status.pending() && due.isBefore(today));
	}
}
