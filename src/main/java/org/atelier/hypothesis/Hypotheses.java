package org.atelier.hypothesis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.learning.LessonBook;
import org.atelier.learning.LessonInput;
import org.atelier.learning.LessonLanguage;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hypotheses of an atelier. Members read them; partners and coordinators record, edit, move
 * them through their statuses (every change dated, attributed and kept in the status history), link
 * evidence and turn a concluded hypothesis's learning card into a lesson, once.
 */
@Service
public class Hypotheses {

	public static final String AUDIT_TYPE = "hypothesis";
	public static final String LINK_KIND = "hypothesis";
	/** Kinds of other modules' records that may serve as evidence, as far as a module answers them. */
	static final Set<String> EVIDENCE_KINDS = Set.of("session", "decision", "energy-run", "energy-calibration");

	private final AtelierAccess access;
	private final AtelierService ateliers;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final LinkTargets links;
	private final LessonBook lessons;
	private final HypothesisActions actions;
	private final Clock clock;

	Hypotheses(AtelierAccess access, AtelierService ateliers, AuditTrail audit, JdbcClient jdbc, LinkTargets links,
			LessonBook lessons, HypothesisActions actions, Clock clock) {
		this.access = access;
		this.ateliers = ateliers;
		this.audit = audit;
		this.jdbc = jdbc;
		this.links = links;
		this.lessons = lessons;
		this.actions = actions;
		this.clock = clock;
	}

	/** The atelier's hypotheses, most important first, optionally only one status and/or category. */
	@Transactional(readOnly = true)
	public List<HypothesisView> list(long atelierId, @Nullable HypothesisStatus status,
			@Nullable HypothesisCategory category) {
		access.requireMember(atelierId);
		String sql = "select * from hypothesis where atelier_id = :a" + (status == null ? "" : " and status = :s")
				+ (category == null ? "" : " and category = :c") + " order by importance desc, evidence_strength, id";
		var query = jdbc.sql(sql).param("a", atelierId);
		if (status != null) {
			query = query.param("s", status.name());
		}
		if (category != null) {
			query = query.param("c", category.name());
		}
		return query.query((rs, n) -> view(rs, null, List.of(), List.of(), List.of())).list();
	}

	@Transactional(readOnly = true)
	public HypothesisView get(long atelierId, long hypothesisId) {
		access.requireMember(atelierId);
		return find(atelierId, hypothesisId).orElseThrow(() -> new NotFoundException("hypothesis"));
	}

	/** Records a new, open hypothesis. */
	@Transactional
	public HypothesisView create(long atelierId, HypothesisInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into hypothesis (atelier_id, statement, category, importance, evidence_strength, test_method,
				  test_metric, success_criterion, test_deadline, status, created_at)
				values (:a, :st, :c, :i, :e, :m, :me, :sc, :d, 'OPEN', :at)""")
			.param("a", atelierId).param("st", input.statement()).param("c", input.category().name())
			.param("i", input.importance()).param("e", input.evidenceStrength()).param("m", input.testMethod())
			.param("me", input.metric()).param("sc", input.successCriterion()).param("d", input.deadline())
			.param("at", now()).update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		history(id, null, HypothesisStatus.OPEN, null);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED,
				changes(null, input).field("status", null, HypothesisStatus.OPEN.key()));
		return get(atelierId, id);
	}

	/** Changes the statement and test card; only while the hypothesis is open or being tested (409 otherwise). */
	@Transactional
	public HypothesisView update(long atelierId, long hypothesisId, int expectedVersion, HypothesisInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		HypothesisView before = get(atelierId, hypothesisId);
		if (!before.status().working()) {
			throw new ConflictException("hypothesis.frozen", before.status().key());
		}
		int changed = jdbc.sql("""
				update hypothesis set statement = :st, category = :c, importance = :i, evidence_strength = :e,
				  test_method = :m, test_metric = :me, success_criterion = :sc, test_deadline = :d, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("st", input.statement()).param("c", input.category().name()).param("i", input.importance())
			.param("e", input.evidenceStrength()).param("m", input.testMethod()).param("me", input.metric())
			.param("sc", input.successCriterion()).param("d", input.deadline()).param("id", hypothesisId)
			.param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("hypothesis changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED, changes(before, input));
		return get(atelierId, hypothesisId);
	}

	/**
	 * Moves the hypothesis to another status, following {@link HypothesisStatus#canMoveTo}; concluding
	 * stores the learning card, dropping the reason. The change enters the status history.
	 */
	@Transactional
	public HypothesisView changeStatus(long atelierId, long hypothesisId, int expectedVersion, StatusInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		HypothesisView before = get(atelierId, hypothesisId);
		HypothesisStatus target = input.status();
		if (!before.status().canMoveTo(target)) {
			throw new ConflictException("hypothesis.status.notAllowed", before.status().key(), target.key());
		}
		LearningCard card = target.concluding() ? input.card() : before.card();
		LocalDate concludedOn = target.concluding() ? today() : before.concludedOn();
		String dropReason = target == HypothesisStatus.DROPPED ? input.note() : null;
		int changed = jdbc.sql("""
				update hypothesis set status = :s, observation = :o, insight = :in, learning_decision = :ld,
				  next_actions = :na, concluded_on = :co, drop_reason = :dr, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("s", target.name()).param("o", card.observation()).param("in", card.insight())
			.param("ld", card.decision()).param("na", card.nextActions()).param("co", concludedOn)
			.param("dr", dropReason).param("id", hypothesisId).param("a", atelierId).param("v", expectedVersion)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("hypothesis changed meanwhile");
		}
		history(hypothesisId, before.status(), target, input.note());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED, new ChangeSet()
			.field("status", before.status().key(), target.key()).field("note", null, input.note())
			.field("observation", before.card().observation(), card.observation())
			.field("insight", before.card().insight(), card.insight())
			.field("decision", before.card().decision(), card.decision())
			.field("nextActions", before.card().nextActions(), card.nextActions()));
		return get(atelierId, hypothesisId);
	}

	/**
	 * Adds a piece of evidence. A session or decision must belong to the same atelier; a kind no
	 * module answers, or an id of another atelier, is a field error.
	 */
	@Transactional
	public EvidenceView addEvidence(long atelierId, long hypothesisId, EvidenceInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		get(atelierId, hypothesisId);
		String title = input.title();
		if (!input.document()) {
			if (!evidenceKinds().contains(input.kind())) {
				throw new FieldProblem("kind", "hypothesis.evidence.kind.invalid");
			}
			LinkTarget target = links.find(input.kind(), atelierId, Objects.requireNonNull(input.targetId()))
				.orElseThrow(() -> new FieldProblem("targetId", "hypothesis.evidence.target.unknown"));
			title = target.title();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into hypothesis_evidence (hypothesis_id, kind, target_id, url, title, direction, strength, note,
				  added_at, added_by_name)
				values (:h, :k, :t, :u, :ti, :d, :s, :n, :at, :by)""")
			.param("h", hypothesisId).param("k", input.kind()).param("t", input.targetId()).param("u", input.url())
			.param("ti", title).param("d", input.direction().name()).param("s", input.strength())
			.param("n", input.note()).param("at", now()).param("by", CurrentUser.require().displayName())
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED, new ChangeSet()
			.field("evidence", null, input.direction().key() + " (" + input.strength() + "): " + input.kind() + " "
					+ (input.document() ? input.url() : "#" + input.targetId())));
		return get(atelierId, hypothesisId).evidence().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void removeEvidence(long atelierId, long hypothesisId, long evidenceId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		HypothesisView hypothesis = get(atelierId, hypothesisId);
		EvidenceView gone = hypothesis.evidence().stream().filter(e -> e.id() == evidenceId).findFirst()
			.orElseThrow(() -> new NotFoundException("evidence"));
		jdbc.sql("delete from hypothesis_evidence where id = :e and hypothesis_id = :h").param("e", evidenceId)
			.param("h", hypothesisId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED,
				new ChangeSet().field("evidence", gone.kind() + ": " + gone.title(), null));
	}

	/**
	 * Turns the learning card of a concluded hypothesis into a lesson of the atelier (members only,
	 * in the atelier's current phase and theme) and keeps the link. A second time answers 409.
	 */
	@Transactional
	public HypothesisView turnIntoLesson(long atelierId, long hypothesisId, LessonLanguage language) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		HypothesisView h = get(atelierId, hypothesisId);
		if (h.lesson() != null) {
			throw new ConflictException("hypothesis.lesson.exists");
		}
		if (!h.status().concluding()) {
			throw new ConflictException("hypothesis.lesson.notConcluded");
		}
		AtelierView atelier = ateliers.view(atelierId);
		String recommendation = joined(h.card().decision(), h.card().nextActions());
		LessonInput input = LessonInput.parse(cut(h.statement(), LessonInput.TITLE_MAX),
				cut(Objects.requireNonNullElse(h.card().insight(), h.statement()), LessonInput.SUMMARY_MAX),
				cut(joined(h.statement(), h.testMethod()), LessonInput.TEXT_MAX),
				cut(h.card().observation(), LessonInput.TEXT_MAX), cut(h.card().insight(), LessonInput.TEXT_MAX),
				cut(recommendation, LessonInput.TEXT_MAX), atelier.phase().key(), List.of(), atelier.theme().name(), null,
				"hypothesis, " + h.category().key(), "members", language.code(), null);
		long lessonId = lessons.create(atelierId, input).id();
		int changed = jdbc.sql("update hypothesis set lesson_id = :l where id = :id and atelier_id = :a and lesson_id is null")
			.param("l", lessonId).param("id", hypothesisId).param("a", atelierId).update();
		if (changed != 1) {
			throw new ConflictException("hypothesis.lesson.exists");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED,
				new ChangeSet().field("lesson", null, "#" + lessonId));
		return get(atelierId, hypothesisId);
	}

	/**
	 * Creates a follow-up action that carries the hypothesis further, when the actions module is
	 * present (409 otherwise).
	 */
	@Transactional
	public long addAction(long atelierId, long hypothesisId, @Nullable String title, @Nullable Long ownerId,
			@Nullable String due) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		get(atelierId, hypothesisId);
		long id = actions.create(atelierId, hypothesisId, title, ownerId, due);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(hypothesisId), AuditAction.UPDATED,
				new ChangeSet().field("action", null, "#" + id + " " + title));
		return id;
	}

	/** Whether follow-up actions can be shown and created (the actions module is present). */
	public boolean actionsAvailable() {
		return actions.available();
	}

	/** The kinds evidence may have here: the record kinds some module answers, and documents. */
	public List<String> evidenceKinds() {
		List<String> kinds = new ArrayList<>(links.kinds().stream().filter(EVIDENCE_KINDS::contains).toList());
		kinds.add(EvidenceInput.DOCUMENT);
		return kinds;
	}

	/** Records of other modules that evidence may point at, per kind, for pick lists. */
	@Transactional(readOnly = true)
	public List<LinkTarget> evidenceCandidates(long atelierId) {
		access.requireMember(atelierId);
		return evidenceKinds().stream().filter(EVIDENCE_KINDS::contains)
			.flatMap(k -> links.candidates(k, atelierId).stream()).toList();
	}

	/** Hypotheses that are not dropped, for the readiness check (the caller has checked access). */
	int countRecorded(long atelierId) {
		return jdbc.sql("select count(*) from hypothesis where atelier_id = :a and status <> 'DROPPED'")
			.param("a", atelierId).query(Integer.class).single();
	}

	Optional<HypothesisView> find(long atelierId, long hypothesisId) {
		Optional<HypothesisView> row = jdbc.sql("select * from hypothesis where id = :id and atelier_id = :a")
			.param("id", hypothesisId).param("a", atelierId)
			.query((rs, n) -> view(rs, null, List.of(), List.of(), List.of())).optional();
		if (row.isEmpty()) {
			return row;
		}
		List<StatusEntry> history = jdbc.sql("""
				select from_status, to_status, changed_at, changed_by_name, note from hypothesis_status_change
				where hypothesis_id = :h order by changed_at, id""")
			.param("h", hypothesisId)
			.query((rs, n) -> new StatusEntry(
					rs.getString("from_status") == null ? null : HypothesisStatus.valueOf(rs.getString("from_status")),
					HypothesisStatus.valueOf(rs.getString("to_status")),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by_name"),
					rs.getString("note")))
			.list();
		List<EvidenceView> evidence = jdbc.sql("select * from hypothesis_evidence where hypothesis_id = :h order by id")
			.param("h", hypothesisId).query((rs, n) -> evidence(atelierId, rs)).list();
		Long lessonId = jdbc.sql("select lesson_id from hypothesis where id = :id").param("id", hypothesisId)
			.query(Long.class).optional().orElse(null);
		return Optional.of(row.get().withDetails(lesson(atelierId, lessonId), history, evidence,
				actions.forHypothesis(atelierId, hypothesisId)));
	}

	private @Nullable LinkTarget lesson(long atelierId, @Nullable Long lessonId) {
		if (lessonId == null) {
			return null;
		}
		return links.find("lesson", atelierId, lessonId)
			.orElse(new LinkTarget("lesson", lessonId, "#" + lessonId, "/lessons/" + lessonId));
	}

	private EvidenceView evidence(long atelierId, ResultSet rs) throws SQLException {
		String kind = rs.getString("kind");
		long target = rs.getLong("target_id");
		Long targetId = rs.wasNull() ? null : target;
		String title = rs.getString("title");
		String path = rs.getString("url");
		if (targetId != null) {
			Optional<LinkTarget> linked = links.find(kind, atelierId, targetId);
			title = linked.map(LinkTarget::title).orElse(title == null ? kind + " #" + targetId : title);
			path = linked.map(LinkTarget::path).orElse(null);
		}
		return new EvidenceView(rs.getLong("id"), kind, targetId, Objects.requireNonNullElse(title, ""), path,
				EvidenceDirection.valueOf(rs.getString("direction")), rs.getInt("strength"), rs.getString("note"),
				rs.getObject("added_at", OffsetDateTime.class).toInstant(), rs.getString("added_by_name"));
	}

	/**
	 * The first history entry (recorded as open, by the signed-in person) of every hypothesis of an
	 * atelier that has none: the drafts a replica copied.
	 */
	void startHistories(long atelierId) {
		jdbc.sql("select h.id from hypothesis h where h.atelier_id = :a and not exists "
				+ "(select 1 from hypothesis_status_change c where c.hypothesis_id = h.id) order by h.id")
			.param("a", atelierId).query(Long.class).list()
			.forEach(id -> history(id, null, HypothesisStatus.OPEN, null));
	}

	private void history(long hypothesisId, @Nullable HypothesisStatus from, HypothesisStatus to,
			@Nullable String note) {
		CurrentUser me = CurrentUser.require();
		jdbc.sql("""
				insert into hypothesis_status_change (hypothesis_id, from_status, to_status, changed_at, changed_by,
				  changed_by_name, note)
				values (:h, :f, :t, :at, :by, :name, :n)""")
			.param("h", hypothesisId).param("f", from == null ? null : from.name()).param("t", to.name())
			.param("at", now()).param("by", me.id()).param("name", me.displayName()).param("n", note).update();
	}

	private static HypothesisView view(ResultSet rs, @Nullable LinkTarget lesson, List<StatusEntry> history,
			List<EvidenceView> evidence, List<org.atelier.shared.links.FollowUpActions.ActionSummary> actions)
			throws SQLException {
		return new HypothesisView(rs.getLong("id"), rs.getString("statement"),
				HypothesisCategory.valueOf(rs.getString("category")), rs.getInt("importance"),
				rs.getInt("evidence_strength"), rs.getString("test_method"), rs.getString("test_metric"),
				rs.getString("success_criterion"), rs.getObject("test_deadline", LocalDate.class),
				HypothesisStatus.valueOf(rs.getString("status")),
				new LearningCard(rs.getString("observation"), rs.getString("insight"), rs.getString("learning_decision"),
						rs.getString("next_actions")),
				rs.getObject("concluded_on", LocalDate.class), rs.getString("drop_reason"), lesson,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"), history, evidence,
				actions);
	}

	private static ChangeSet changes(@Nullable HypothesisView before, HypothesisInput after) {
		return new ChangeSet()
			.field("statement", before == null ? null : before.statement(), after.statement())
			.field("category", before == null ? null : before.category().key(), after.category().key())
			.field("importance", before == null ? null : before.importance(), after.importance())
			.field("evidenceStrength", before == null ? null : before.evidenceStrength(), after.evidenceStrength())
			.field("testMethod", before == null ? null : before.testMethod(), after.testMethod())
			.field("metric", before == null ? null : before.metric(), after.metric())
			.field("successCriterion", before == null ? null : before.successCriterion(), after.successCriterion())
			.field("deadline", before == null ? null : before.deadline(), after.deadline());
	}

	private static @Nullable String joined(@Nullable String first, @Nullable String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + "\n\n" + second;
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
