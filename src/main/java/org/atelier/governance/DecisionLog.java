package org.atelier.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.Accounts;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.links.DecisionSink;
import org.atelier.shared.links.FollowUpActions;
import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log. A decision is proposed, then accepted or rejected; an accepted decision is
 * never edited again, only superseded by a new decision that names it (and which it names back).
 * Decisions link to records of other modules through {@link LinkTargets}, and show the follow-up
 * actions that carry them out when the actions module is present.
 */
@Service
public class DecisionLog implements DecisionSink {

	public static final String AUDIT_TYPE = "decision";
	public static final String LINK_KIND = "decision";

	private final AtelierAccess access;
	private final GovernanceRecords records;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final LinkTargets links;
	private final ObjectProvider<FollowUpActions> actions;
	private final Accounts accounts;
	private final Clock clock;

	DecisionLog(AtelierAccess access, GovernanceRecords records, AuditTrail audit, JdbcClient jdbc, LinkTargets links,
			ObjectProvider<FollowUpActions> actions, Accounts accounts, Clock clock) {
		this.access = access;
		this.records = records;
		this.audit = audit;
		this.jdbc = jdbc;
		this.links = links;
		this.actions = actions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The log, newest first, optionally only one status. */
	@Transactional(readOnly = true)
	public List<DecisionView> list(long atelierId, @Nullable DecisionStatus status) {
		access.requireMember(atelierId);
		String sql = "select d.*, l.name as level_name from decision d"
				+ " left join escalation_level l on l.id = d.escalation_level_id where d.atelier_id = :a"
				+ (status == null ? "" : " and d.status = :s")
				+ " order by coalesce(d.decided_on, cast(d.created_at as date)) desc, d.id desc";
		var query = jdbc.sql(sql).param("a", atelierId);
		if (status != null) {
			query = query.param("s", status.name());
		}
		return query.query((rs, n) -> view(rs, List.of(), List.of())).list();
	}

	@Transactional(readOnly = true)
	public DecisionView get(long atelierId, long decisionId) {
		access.requireMember(atelierId);
		return find(atelierId, decisionId).orElseThrow(() -> new NotFoundException("decision"));
	}

	/** Logs a decision: a proposal, or, with {@code accepted}, one already taken (then who and when are required). */
	@Transactional
	public DecisionView create(long atelierId, DecisionInput input, boolean accepted) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		requireLevel(atelierId, input.escalationLevelId());
		if (accepted) {
			input.requireDecided();
		}
		long id = insert(atelierId, input, accepted ? DecisionStatus.ACCEPTED : DecisionStatus.PROPOSED, null);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, changes(null, input)
			.field("status", null, accepted ? DecisionStatus.ACCEPTED.key() : DecisionStatus.PROPOSED.key()));
		return get(atelierId, id);
	}

	/** Changes a proposal; an accepted, rejected or superseded decision answers 409. */
	@Transactional
	public DecisionView update(long atelierId, long decisionId, int expectedVersion, DecisionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		DecisionView before = get(atelierId, decisionId);
		if (!before.status().editable()) {
			throw new ConflictException("governance.decision.frozen", before.status().key());
		}
		requireLevel(atelierId, input.escalationLevelId());
		int changed = jdbc.sql("""
				update decision set title = :t, context = :c, options = :o, decision = :d, rationale = :r,
				  prepared_by = :p, decided_by = :b, consulted = :cs, informed = :i, decided_on = :on,
				  escalation_level_id = :l, version = version + 1
				where id = :id and atelier_id = :a and version = :v and status = 'PROPOSED'""")
			.param("t", input.title()).param("c", input.context()).param("o", String.join("\n", input.options()))
			.param("d", input.decision()).param("r", input.rationale()).param("p", input.preparedBy())
			.param("b", input.decidedBy()).param("cs", input.consulted()).param("i", input.informed())
			.param("on", input.decidedOn()).param("l", input.escalationLevelId()).param("id", decisionId)
			.param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("decision changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED, changes(before, input));
		return get(atelierId, decisionId);
	}

	/**
	 * Accepts or rejects a proposal. Accepting records who decided and when (defaulting to today),
	 * and the decision text must be there.
	 */
	@Transactional
	public DecisionView decide(long atelierId, long decisionId, int expectedVersion, DecisionStatus outcome,
			@Nullable String decidedBy, @Nullable LocalDate decidedOn) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		if (outcome != DecisionStatus.ACCEPTED && outcome != DecisionStatus.REJECTED) {
			throw new FieldProblem("status", "governance.decision.outcome.invalid");
		}
		DecisionView before = get(atelierId, decisionId);
		if (!before.status().decidable()) {
			throw new ConflictException("governance.decision.alreadyDecided", before.status().key());
		}
		String by = RoleInput.blankToNull(decidedBy) != null ? decidedBy.trim() : before.decidedBy();
		LocalDate on = decidedOn != null ? decidedOn : before.decidedOn() != null ? before.decidedOn() : today();
		if (outcome == DecisionStatus.ACCEPTED) {
			List<FieldProblem.Violation> problems = new ArrayList<>();
			if (before.decision() == null) {
				problems.add(new FieldProblem.Violation("decision", "governance.decision.decision.required"));
			}
			if (by == null) {
				problems.add(new FieldProblem.Violation("decidedBy", "governance.decision.decidedBy.required"));
			}
			if (!problems.isEmpty()) {
				throw new FieldProblem(problems);
			}
		}
		int changed = jdbc.sql("""
				update decision set status = :s, decided_by = :b, decided_on = :on, version = version + 1
				where id = :id and atelier_id = :a and version = :v and status = 'PROPOSED'""")
			.param("s", outcome.name()).param("b", by).param("on", on).param("id", decisionId).param("a", atelierId)
			.param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("decision changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED, new ChangeSet()
			.field("status", before.status().key(), outcome.key()).field("decidedBy", before.decidedBy(), by)
			.field("decidedOn", before.decidedOn(), on));
		return get(atelierId, decisionId);
	}

	/**
	 * Supersedes an accepted decision with a new, accepted one: the old one becomes superseded and
	 * points to the new one, which points back. Returns the new decision.
	 */
	@Transactional
	public DecisionView supersede(long atelierId, long decisionId, int expectedVersion, DecisionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		DecisionView old = get(atelierId, decisionId);
		if (!old.status().supersedable()) {
			throw new ConflictException("governance.decision.notSupersedable", old.status().key());
		}
		requireLevel(atelierId, input.escalationLevelId());
		input.requireDecided();
		long id = insert(atelierId, input, DecisionStatus.ACCEPTED, decisionId);
		int changed = jdbc.sql("""
				update decision set status = 'SUPERSEDED', superseded_by_id = :n, version = version + 1
				where id = :id and atelier_id = :a and version = :v and status = 'ACCEPTED'""")
			.param("n", id).param("id", decisionId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("decision changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, changes(null, input)
			.field("status", null, DecisionStatus.ACCEPTED.key()).field("supersedes", null, "#" + decisionId));
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED, new ChangeSet()
			.field("status", old.status().key(), DecisionStatus.SUPERSEDED.key()).field("supersededBy", null, "#" + id));
		return get(atelierId, id);
	}

	/** How far an accepted (or superseded) decision has been carried out. */
	@Transactional
	public DecisionView setImplementation(long atelierId, long decisionId, Implementation implementation) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		DecisionView before = get(atelierId, decisionId);
		if (before.status() == DecisionStatus.PROPOSED || before.status() == DecisionStatus.REJECTED) {
			throw new ConflictException("governance.decision.notTaken");
		}
		jdbc.sql("update decision set implementation = :i, version = version + 1 where id = :id and atelier_id = :a")
			.param("i", implementation.name()).param("id", decisionId).param("a", atelierId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED,
				new ChangeSet().field("implementation", before.implementation().key(), implementation.key()));
		return get(atelierId, decisionId);
	}

	/** Links the decision to a record of another module in the same atelier (a session, a hypothesis, ...). */
	@Transactional
	public DecisionView link(long atelierId, long decisionId, @Nullable String kind, long targetId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		get(atelierId, decisionId);
		LinkTarget target = (LINKABLE.contains(kind) ? links.find(kind, atelierId, targetId) : Optional.<LinkTarget>empty())
			.orElseThrow(() -> new FieldProblem("target", "governance.decision.link.unknown"));
		int exists = jdbc.sql("select count(*) from decision_link where decision_id = :d and kind = :k and target_id = :t")
			.param("d", decisionId).param("k", kind).param("t", targetId).query(Integer.class).single();
		if (exists == 0) {
			jdbc.sql("insert into decision_link (decision_id, kind, target_id) values (:d, :k, :t)")
				.param("d", decisionId).param("k", kind).param("t", targetId).update();
			audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED,
					new ChangeSet().field("link", null, kind + ": " + target.title()));
		}
		return get(atelierId, decisionId);
	}

	@Transactional
	public DecisionView unlink(long atelierId, long decisionId, String kind, long targetId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		get(atelierId, decisionId);
		int removed = jdbc.sql("delete from decision_link where decision_id = :d and kind = :k and target_id = :t")
			.param("d", decisionId).param("k", kind).param("t", targetId).update();
		if (removed == 0) {
			throw new NotFoundException("decision link");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(decisionId), AuditAction.UPDATED,
				new ChangeSet().field("link", kind + " #" + targetId, null));
		return get(atelierId, decisionId);
	}

	/** The link kinds a decision can point at, as far as the modules that own them are present. */
	public List<String> linkKinds() {
		return LINKABLE.stream().filter(k -> !k.equals(LINK_KIND) && links.supports(k)).toList();
	}

	/**
	 * What a decision may link to: the sessions, hypotheses, lessons and organisations it rests on,
	 * the actions carrying it out, and other decisions. Contact persons are not linked (personal data
	 * stays in the register).
	 */
	static final List<String> LINKABLE = List.of("session", "hypothesis", "lesson", "stakeholder", "action", LINK_KIND);

	@Override
	@Transactional
	public long recordSessionDecision(long atelierId, long sessionId, String title, String decision,
			LocalDate decidedOn, long actorAccountId) {
		String by = accounts.findById(actorAccountId).map(a -> a.displayName()).orElse(null);
		DecisionInput input = DecisionInput.parse(title, null, null, decision, null, null, by, null, null,
				decidedOn.toString(), null);
		long id = insert(atelierId, input, DecisionStatus.ACCEPTED, null);
		jdbc.sql("insert into decision_link (decision_id, kind, target_id) values (:d, 'session', :t)")
			.param("d", id).param("t", sessionId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, changes(null, input)
			.field("status", null, DecisionStatus.ACCEPTED.key()).field("link", null, "session #" + sessionId));
		return id;
	}

	/** Counts for readiness checks, without the caller check (evaluators run inside the caller's read). */
	int countAccepted(long atelierId) {
		return jdbc.sql("select count(*) from decision where atelier_id = :a and status = 'ACCEPTED'")
			.param("a", atelierId).query(Integer.class).single();
	}

	Optional<DecisionView> find(long atelierId, long decisionId) {
		List<LinkTarget> linked = new ArrayList<>();
		jdbc.sql("select kind, target_id from decision_link where decision_id = :d order by kind, target_id")
			.param("d", decisionId)
			.query(rs -> {
				String kind = rs.getString("kind");
				long target = rs.getLong("target_id");
				linked.add(links.find(kind, atelierId, target)
					.orElse(new LinkTarget(kind, target, kind + " #" + target, null)));
			});
		FollowUpActions followUp = actions.getIfAvailable();
		List<FollowUpActions.ActionSummary> carried = followUp == null ? List.of()
				: followUp.forOrigin(atelierId, LINK_KIND, decisionId);
		return jdbc.sql("""
				select d.*, l.name as level_name from decision d left join escalation_level l on l.id = d.escalation_level_id
				where d.id = :id and d.atelier_id = :a""")
			.param("id", decisionId).param("a", atelierId)
			.query((rs, n) -> view(rs, linked, carried)).optional();
	}

	private long insert(long atelierId, DecisionInput input, DecisionStatus status, @Nullable Long supersedes) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into decision (atelier_id, title, context, options, decision, rationale, status, prepared_by,
				  decided_by, consulted, informed, decided_on, escalation_level_id, supersedes_id, implementation,
				  created_at)
				values (:a, :t, :c, :o, :d, :r, :s, :p, :b, :cs, :i, :on, :l, :sup, 'NOT_STARTED', :at)""")
			.param("a", atelierId).param("t", input.title()).param("c", input.context())
			.param("o", String.join("\n", input.options())).param("d", input.decision()).param("r", input.rationale())
			.param("s", status.name()).param("p", input.preparedBy()).param("b", input.decidedBy())
			.param("cs", input.consulted()).param("i", input.informed())
			.param("on", input.decidedOn() == null && status == DecisionStatus.ACCEPTED ? today() : input.decidedOn())
			.param("l", input.escalationLevelId()).param("sup", supersedes)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private void requireLevel(long atelierId, @Nullable Long levelId) {
		if (levelId != null && records.levels(atelierId).stream().noneMatch(l -> l.id() == levelId)) {
			throw new FieldProblem("escalationLevelId", "governance.decision.level.unknown");
		}
	}

	private static ChangeSet changes(@Nullable DecisionView before, DecisionInput after) {
		return new ChangeSet()
			.field("title", before == null ? null : before.title(), after.title())
			.field("context", before == null ? null : before.context(), after.context())
			.field("options", before == null ? null : String.join("; ", before.options()),
					after.options().isEmpty() ? null : String.join("; ", after.options()))
			.field("decision", before == null ? null : before.decision(), after.decision())
			.field("rationale", before == null ? null : before.rationale(), after.rationale())
			.field("preparedBy", before == null ? null : before.preparedBy(), after.preparedBy())
			.field("decidedBy", before == null ? null : before.decidedBy(), after.decidedBy())
			.field("consulted", before == null ? null : before.consulted(), after.consulted())
			.field("informed", before == null ? null : before.informed(), after.informed())
			.field("decidedOn", before == null ? null : before.decidedOn(), after.decidedOn());
	}

	private static DecisionView view(ResultSet rs, List<LinkTarget> linked,
			List<FollowUpActions.ActionSummary> carried) throws SQLException {
		String options = rs.getString("options");
		return new DecisionView(rs.getLong("id"), rs.getString("title"), rs.getString("context"),
				options == null || options.isBlank() ? List.of() : List.of(options.split("\n")),
				rs.getString("decision"), rs.getString("rationale"), DecisionStatus.valueOf(rs.getString("status")),
				rs.getString("prepared_by"), rs.getString("decided_by"), rs.getString("consulted"),
				rs.getString("informed"), rs.getObject("decided_on", LocalDate.class), nullableLong(rs, "escalation_level_id"),
				rs.getString("level_name"), nullableLong(rs, "supersedes_id"), nullableLong(rs, "superseded_by_id"),
				Implementation.valueOf(rs.getString("implementation")), rs.getInt("version"), linked, carried);
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
