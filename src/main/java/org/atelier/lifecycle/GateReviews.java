package org.atelier.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
import org.atelier.shared.FieldProblem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gate reviews and the phase timeline. A coordinator records a review; an ADVANCE or RETURN moves
 * the atelier through {@link AtelierService#changePhase} in the same transaction, and the readiness
 * check at that moment is stored with the review so the history shows what was known then.
 */
@Service
public class GateReviews {

	/** The entity type under which gate reviews are audited. */
	public static final String AUDIT_TYPE = "gate-review";

	private final ReadinessCheck readiness;
	private final AtelierService ateliers;
	private final AtelierAccess access;
	private final AtelierMembers members;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	GateReviews(ReadinessCheck readiness, AtelierService ateliers, AtelierAccess access, AtelierMembers members,
			AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.readiness = readiness;
		this.ateliers = ateliers;
		this.access = access;
		this.members = members;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a coordinator's review of an active atelier, moving it when the decision says so. */
	@Transactional
	public GateReviewView record(long atelierId, GateReviewInput input) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		CurrentUser me = CurrentUser.require();
		AtelierView atelier = ateliers.view(atelierId);
		Readiness now = readiness.evaluate(atelierId, atelier.phase(), LocaleContextHolder.getLocale());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		GateRules.Outcome outcome = GateRules.decide(now, input, today);
		Map<Long, MemberView> byId = members.list(atelierId).stream()
			.collect(Collectors.toMap(MemberView::userId, Function.identity()));
		List<String> participants = new ArrayList<>();
		for (Long id : input.participantIds()) {
			MemberView m = byId.get(id);
			if (m == null) {
				throw new FieldProblem("participants", "lifecycle.gate.participants.notMember");
			}
			participants.add(m.displayName());
		}
		LocalDate decidedOn = input.decidedOn() == null ? today : input.decidedOn();
		OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into gate_review (atelier_id, decision, from_phase, to_phase, decided_on, rationale,
				  other_participants, ready, overridden, recorded_by_id, recorded_by, recorded_at)
				values (:a, :d, :from, :to, :on, :why, :others, :ready, :over, :uid, :user, :at)""")
			.param("a", atelierId).param("d", input.decision().name()).param("from", now.phase().name())
			.param("to", outcome.target().name()).param("on", decidedOn).param("why", input.rationale())
			.param("others", input.otherParticipants()).param("ready", now.ready()).param("over", outcome.override())
			.param("uid", me.id()).param("user", me.getUsername()).param("at", at)
			.update(key, "id");
		long reviewId = key.getKeyAs(Number.class).longValue();
		int seq = 0;
		for (Long id : input.participantIds()) {
			jdbc.sql("insert into gate_review_participant (review_id, seq, user_id, display_name) values (:r, :s, :u, :n)")
				.param("r", reviewId).param("s", seq).param("u", id).param("n", participants.get(seq)).update();
			seq++;
		}
		seq = 0;
		for (CriterionResult c : now.criteria()) {
			jdbc.sql("""
					insert into gate_review_criterion (review_id, seq, criterion_key, met, measurable, detail)
					values (:r, :s, :k, :m, :ms, :d)""")
				.param("r", reviewId).param("s", seq++).param("k", c.key()).param("m", c.met())
				.param("ms", c.measurable()).param("d", cut(c.detail(), 1000)).update();
		}
		if (outcome.target() != now.phase()) {
			ateliers.changePhase(atelierId, outcome.target());
			jdbc.sql("insert into phase_entry (atelier_id, phase, entered_at, gate_review_id) values (:a, :p, :at, :r)")
				.param("a", atelierId).param("p", outcome.target().name()).param("at", at).param("r", reviewId).update();
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(reviewId), AuditAction.CREATED, new ChangeSet()
			.field("decision", null, input.decision()).field("fromPhase", null, now.phase())
			.field("toPhase", null, outcome.target()).field("decidedOn", null, decidedOn)
			.field("rationale", null, input.rationale()).field("override", null, outcome.override())
			.field("participants", null, participants.isEmpty() ? null : String.join(", ", participants))
			.field("otherParticipants", null, input.otherParticipants()));
		return history(atelierId).stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
	}

	/** Every review of the atelier, newest first, for any member. */
	@Transactional(readOnly = true)
	public List<GateReviewView> history(long atelierId) {
		access.requireMember(atelierId);
		Map<Long, List<String>> participants = new HashMap<>();
		jdbc.sql("""
				select p.review_id, p.display_name from gate_review_participant p
				join gate_review r on r.id = p.review_id where r.atelier_id = :a order by p.review_id, p.seq""")
			.param("a", atelierId)
			.query(rs -> {
				participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<GateReviewView.SnapshotItem>> snapshots = new HashMap<>();
		jdbc.sql("""
				select c.review_id, c.criterion_key, c.met, c.measurable, c.detail from gate_review_criterion c
				join gate_review r on r.id = c.review_id where r.atelier_id = :a order by c.review_id, c.seq""")
			.param("a", atelierId)
			.query(rs -> {
				snapshots.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GateReviewView.SnapshotItem(
						rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getString(5)));
			});
		return jdbc.sql("select * from gate_review where atelier_id = :a order by recorded_at desc, id desc")
			.param("a", atelierId)
			.query((rs, i) -> {
				long id = rs.getLong("id");
				return new GateReviewView(id, GateDecision.valueOf(rs.getString("decision")),
						Phase.valueOf(rs.getString("from_phase")), Phase.valueOf(rs.getString("to_phase")),
						rs.getObject("decided_on", LocalDate.class), rs.getString("rationale"),
						participants.getOrDefault(id, List.of()), rs.getString("other_participants"),
						rs.getBoolean("ready"), rs.getBoolean("overridden"), rs.getString("recorded_by"),
						rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
						snapshots.getOrDefault(id, List.of()));
			})
			.list();
	}

	/**
	 * The phases the atelier entered, oldest first: Preconditions at its founding, then every
	 * move a gate review made.
	 */
	@Transactional(readOnly = true)
	public List<PhaseEntry> timeline(long atelierId) {
		AtelierView atelier = ateliers.view(atelierId);
		List<PhaseEntry> entries = new ArrayList<>();
		entries.add(new PhaseEntry(Phase.PRECONDITIONS, atelier.createdAt(), null, null, false));
		entries.addAll(jdbc.sql("""
				select e.phase, e.entered_at, e.gate_review_id, r.decision, r.overridden from phase_entry e
				left join gate_review r on r.id = e.gate_review_id
				where e.atelier_id = :a order by e.entered_at, e.id""")
			.param("a", atelierId)
			.query((rs, i) -> new PhaseEntry(Phase.valueOf(rs.getString("phase")),
					rs.getObject("entered_at", OffsetDateTime.class).toInstant(), rs.getObject("gate_review_id", Long.class),
					rs.getString("decision") == null ? null : GateDecision.valueOf(rs.getString("decision")),
					rs.getBoolean("overridden")))
			.list());
		return entries;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
