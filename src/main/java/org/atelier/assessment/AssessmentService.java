package org.atelier.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.AtelierService;
import org.atelier.atelier.AtelierSummary;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.Accounts;
import org.atelier.identity.CurrentUser;
import org.atelier.method.BuildingBlock;
import org.atelier.method.LocalizedMethod;
import org.atelier.method.MethodCatalogue;
import org.atelier.method.Phase;
import org.atelier.method.Question;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for building-block assessments. Coordinators open an assessment for a phase
 * (by default the atelier's current one) and close it; every member, observers included, answers
 * it with their own view, because the perspectives of government, business, knowledge institutions
 * and residents differ and the differences matter. Coordinators set the target level per group.
 * Every change is checked against the caller's role and written to the atelier's history in the
 * same transaction.
 */
@Service
public class AssessmentService {

	public static final String AUDIT_ASSESSMENT = "assessment";
	public static final String AUDIT_ANSWER = "assessment-answer";
	public static final String AUDIT_TARGET = "assessment-target";

	/** Assessments older than this are marked stale. */
	static final int STALE_AFTER_MONTHS = 6;

	/** How many of the weakest groups get advice. */
	static final int WEAKEST = 2;

	private final Assessments assessments;
	private final Answers answers;
	private final AtelierAccess access;
	private final AtelierService ateliers;
	private final MethodCatalogue catalogue;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	AssessmentService(Assessments assessments, Answers answers, AtelierAccess access, AtelierService ateliers,
			MethodCatalogue catalogue, Accounts accounts, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.assessments = assessments;
		this.answers = answers;
		this.access = access;
		this.ateliers = ateliers;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Opens an assessment (coordinators) for {@code phase}, or the atelier's current phase when null. */
	@Transactional
	public AssessmentSummary open(long atelierId, @Nullable Phase phase) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Phase current = ateliers.view(atelierId).phase();
		Assessment assessment = Assessment.open(atelierId, phase == null ? current : phase,
				catalogue.currentVersion().id(), CurrentUser.require().id(), now());
		assessment = assessments.save(assessment);
		audit.record(atelierId, AUDIT_ASSESSMENT, String.valueOf(assessment.id()), AuditAction.CREATED,
				assessment.asOpened());
		return summary(assessment, current, 0);
	}

	/** Closes an assessment (coordinators): it keeps its answers and takes no new ones. */
	@Transactional
	public AssessmentSummary close(long atelierId, long assessmentId) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		Assessment assessment = load(atelierId, assessmentId);
		ChangeSet changes = assessment.close(now());
		assessment = assessments.save(assessment);
		audit.record(atelierId, AUDIT_ASSESSMENT, String.valueOf(assessmentId), AuditAction.UPDATED, changes);
		return summary(assessment, currentPhase(atelierId), respondentCount(assessmentId));
	}

	/** The atelier's assessments, newest first. */
	@Transactional(readOnly = true)
	public List<AssessmentSummary> list(long atelierId) {
		access.requireMember(atelierId);
		Phase current = currentPhase(atelierId);
		List<Assessment> all = new ArrayList<>(assessments.findByAtelier(atelierId));
		java.util.Collections.reverse(all);
		return all.stream().map(a -> summary(a, current, respondentCount(a.id()))).toList();
	}

	/** One assessment for a member of its atelier; 404 for anyone else or an id of another atelier. */
	@Transactional(readOnly = true)
	public AssessmentSummary get(long atelierId, long assessmentId) {
		access.requireMember(atelierId);
		Assessment assessment = load(atelierId, assessmentId);
		return summary(assessment, currentPhase(atelierId), respondentCount(assessmentId));
	}

	/** The questions to answer, in the assessment's own method version, with the caller's answers so far. */
	@Transactional(readOnly = true)
	public AssessmentSheet sheet(long atelierId, long assessmentId, Locale locale) {
		AssessmentSummary summary = get(atelierId, assessmentId);
		LocalizedMethod method = catalogue.version(summary.methodVersion()).in(locale);
		long me = CurrentUser.require().id();
		Map<String, AnswerView> mine = new LinkedHashMap<>();
		answers.findByAssessment(assessmentId).stream()
			.filter(a -> a.respondentId() == me)
			.forEach(a -> mine.put(a.questionKey(), a.view()));
		return new AssessmentSheet(summary, AssessmentGroup.of(method, summary.phase()), mine, method.scoreLevels(),
				method.confidenceLevels());
	}

	/** The caller's own answer to a question, if they gave one. */
	@Transactional(readOnly = true)
	public Optional<AnswerView> myAnswer(long atelierId, long assessmentId, String questionKey) {
		access.requireMember(atelierId);
		Assessment assessment = load(atelierId, assessmentId);
		requireQuestion(assessment, questionKey);
		return answers.findOne(assessmentId, CurrentUser.require().id(), questionKey).map(Answer::view);
	}

	/**
	 * Saves the caller's answer to a question. A first answer needs no version; replacing one needs
	 * the version it was read with ({@code expectedVersion}), otherwise
	 * {@link OptimisticLockingFailureException} and nothing is written.
	 */
	@Transactional
	public AnswerView answer(long atelierId, long assessmentId, String questionKey, AnswerInput input,
			@Nullable Integer expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.OBSERVER);
		Assessment assessment = load(atelierId, assessmentId);
		requireQuestion(assessment, questionKey);
		AnswerInput valid = input.validated(atelierId);
		assessment.requireOpen();
		long me = CurrentUser.require().id();
		Optional<Answer> existing = answers.findOne(assessmentId, me, questionKey);
		if (existing.isEmpty()) {
			if (expectedVersion != null) {
				throw new OptimisticLockingFailureException("no answer to replace");
			}
			Answer created = Answer.first(assessmentId, me, questionKey, valid, now());
			try {
				created = answers.save(created);
			}
			catch (DuplicateKeyException raced) {
				throw new OptimisticLockingFailureException("answered at the same time", raced);
			}
			audit.record(atelierId, AUDIT_ANSWER, created.id() + "", AuditAction.CREATED, created.asCreated());
			return created.view();
		}
		Answer answer = existing.get();
		if (expectedVersion == null || answer.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("answer " + answer.id() + " is at version " + answer.version());
		}
		ChangeSet changes = answer.revise(valid, now());
		try {
			answer = answers.save(answer);
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof OptimisticLockingFailureException stale) {
				throw stale;
			}
			throw e;
		}
		if (changes.changes().size() > 1) {
			audit.record(atelierId, AUDIT_ANSWER, answer.id() + "", AuditAction.UPDATED, changes);
		}
		return answer.view();
	}

	/** Sets the target levels (0-3) of the given groups (coordinators); a null level removes the target. */
	@Transactional
	public void setTargets(long atelierId, Map<String, @Nullable Integer> levels) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		List<FieldProblem.Violation> problems = new ArrayList<>();
		levels.forEach((group, level) -> {
			if (!knownGroup(group)) {
				problems.add(new FieldProblem.Violation("target", "assessment.target.unknown", group));
			}
			else if (level != null && (level < 0 || level > 3)) {
				problems.add(new FieldProblem.Violation("target", "assessment.target.range"));
			}
		});
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		Map<String, Integer> before = targets(atelierId);
		for (var entry : levels.entrySet()) {
			String group = entry.getKey();
			Integer level = entry.getValue();
			Integer old = before.get(group);
			if (java.util.Objects.equals(old, level)) {
				continue;
			}
			jdbc.sql("delete from assessment_target where atelier_id = :a and group_key = :g")
				.param("a", atelierId).param("g", group).update();
			if (level != null) {
				jdbc.sql("insert into assessment_target (atelier_id, group_key, level, updated_at) values (:a, :g, :l, :t)")
					.param("a", atelierId).param("g", group).param("l", level).param("t", now()).update();
			}
			audit.record(atelierId, AUDIT_TARGET, atelierId + "/" + group,
					old == null ? AuditAction.CREATED : level == null ? AuditAction.DELETED : AuditAction.UPDATED,
					new ChangeSet().field("group", old == null ? null : group, level == null ? null : group)
						.field("level", old, level));
		}
	}

	/** The coordinators' target level per group key. */
	@Transactional(readOnly = true)
	public Map<String, Integer> targets(long atelierId) {
		access.requireMember(atelierId);
		Map<String, Integer> targets = new HashMap<>();
		jdbc.sql("select group_key, level from assessment_target where atelier_id = :a")
			.param("a", atelierId)
			.query(rs -> {
				targets.put(rs.getString("group_key"), rs.getInt("level"));
			});
		return targets;
	}

	/** The results of an assessment for a member of its atelier. */
	@Transactional(readOnly = true)
	public AssessmentResults results(long atelierId, long assessmentId, Locale locale) {
		access.requireMember(atelierId);
		Phase current = currentPhase(atelierId);
		List<Assessment> all = assessments.findByAtelier(atelierId);
		Assessment assessment = load(atelierId, assessmentId);
		LocalizedMethod method = catalogue.version(assessment.methodVersion()).in(locale);
		List<AssessmentGroup> groups = AssessmentGroup.of(method, assessment.phase());
		List<Answer> stored = answers.findByAssessment(assessmentId);
		List<Scoring.Response> responses = responses(stored);
		List<AssessmentResults.Respondent> respondents = respondents(stored);

		Assessment previous = null;
		for (Assessment a : all) {
			if (a.id() == assessmentId) {
				break;
			}
			if (a.phase() == assessment.phase()) {
				previous = a;
			}
		}
		Map<String, @Nullable Double> previousScores = previous == null ? Map.of()
				: scores(previous, locale);
		Map<String, Integer> targets = targets(atelierId);
		Map<String, @Nullable Double> scores = Scoring.groupScores(groups, responses);

		List<AssessmentResults.GroupResult> groupResults = groups.stream()
			.map(g -> new AssessmentResults.GroupResult(g.key(), g.name(), scores.get(g.key()), targets.get(g.key()),
					previousScores.get(g.key()), respondents.stream()
						.map(r -> Scoring.respondentScore(g, responses, r.userId())).toList()))
			.toList();

		Map<String, Map<Long, AnswerView>> byQuestion = new HashMap<>();
		stored.forEach(a -> byQuestion.computeIfAbsent(a.questionKey(), k -> new HashMap<>())
			.put(a.respondentId(), a.view()));
		List<AssessmentResults.QuestionResult> questions = new ArrayList<>();
		for (AssessmentGroup g : groups) {
			for (Question q : g.questions()) {
				Map<Long, AnswerView> given = byQuestion.getOrDefault(q.key(), Map.of());
				List<@Nullable Integer> values = Scoring.questionScores(q.key(), responses);
				questions.add(new AssessmentResults.QuestionResult(q.key(), g.key(), q.text(),
						respondents.stream().map(r -> given.get(r.userId())).toList(), Scoring.mean(values),
						Scoring.disagreement(values)));
			}
		}

		List<AssessmentResults.Advice> advice = new ArrayList<>();
		for (String key : Scoring.weakest(scores, WEAKEST)) {
			AssessmentGroup group = groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
			var suggestions = assessment.phase().usesBuildingBlocks()
					? method.suggestions(assessment.phase(), BuildingBlock.fromKey(key)) : List.<org.atelier.method.Suggestion>of();
			advice.add(new AssessmentResults.Advice(key, group.name(), java.util.Objects.requireNonNull(scores.get(key)),
					suggestions));
		}
		return new AssessmentResults(summary(assessment, current, respondents.size()), respondents, groupResults,
				questions, previous == null ? null : summary(previous, current, respondentCount(previous.id())),
				advice, method.scoreLevels());
	}

	/** The building-block scores of every building-block assessment of the atelier, oldest first. */
	@Transactional(readOnly = true)
	public ScoreTable trend(long atelierId, Locale locale) {
		access.requireMember(atelierId);
		String name = ateliers.view(atelierId).name();
		List<ScoreTable.Row> rows = assessments.findByAtelier(atelierId).stream()
			.filter(a -> a.phase().usesBuildingBlocks())
			.map(a -> row(atelierId, name, a, locale))
			.toList();
		return new ScoreTable(blockColumns(locale), rows);
	}

	/**
	 * The portfolio: for every atelier the caller may see (all of them for an administrator), the
	 * building-block scores of its latest building-block assessment.
	 */
	@Transactional(readOnly = true)
	public ScoreTable portfolio(Locale locale) {
		List<ScoreTable.Row> rows = new ArrayList<>();
		for (AtelierSummary atelier : access.visible(false)) {
			Optional<Assessment> latest = assessments.findByAtelier(atelier.id()).stream()
				.filter(a -> a.phase().usesBuildingBlocks())
				.max(Comparator.comparing(Assessment::openedAt).thenComparing(Assessment::id));
			rows.add(latest.map(a -> row(atelier.id(), atelier.name(), a, locale))
				.orElseGet(() -> new ScoreTable.Row(atelier.id(), atelier.name(), null, null, null,
						blockColumns(locale).stream().map(c -> (Double) null).toList())));
		}
		return new ScoreTable(blockColumns(locale), rows);
	}

	private ScoreTable.Row row(long atelierId, String atelierName, Assessment a, Locale locale) {
		Map<String, @Nullable Double> scores = scores(a, locale);
		List<@Nullable Double> values = new ArrayList<>();
		for (BuildingBlock block : BuildingBlock.values()) {
			values.add(scores.get(block.key()));
		}
		return new ScoreTable.Row(atelierId, atelierName, a.id(), a.phase(), a.openedAt().toInstant(), values);
	}

	private List<ScoreTable.Column> blockColumns(Locale locale) {
		LocalizedMethod method = catalogue.current(locale);
		List<ScoreTable.Column> columns = new ArrayList<>();
		for (BuildingBlock block : BuildingBlock.values()) {
			columns.add(new ScoreTable.Column(block.key(), method.buildingBlock(block).name()));
		}
		return columns;
	}

	private Map<String, @Nullable Double> scores(Assessment a, Locale locale) {
		LocalizedMethod method = catalogue.version(a.methodVersion()).in(locale);
		return Scoring.groupScores(AssessmentGroup.of(method, a.phase()), responses(answers.findByAssessment(a.id())));
	}

	private static List<Scoring.Response> responses(List<Answer> stored) {
		return stored.stream()
			.map(a -> new Scoring.Response(a.respondentId(), a.questionKey(), a.view().score()))
			.toList();
	}

	private List<AssessmentResults.Respondent> respondents(List<Answer> stored) {
		List<Long> ids = stored.stream().map(Answer::respondentId).distinct().toList();
		var people = accounts.findAllById(ids);
		return ids.stream()
			.map(id -> java.util.Optional.ofNullable(people.get(id))
				.map(a -> new AssessmentResults.Respondent(id, a.username(), a.displayName()))
				.orElseGet(() -> new AssessmentResults.Respondent(id, "#" + id, "#" + id)))
			.sorted(Comparator.comparing(AssessmentResults.Respondent::displayName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AssessmentResults.Respondent::userId))
			.toList();
	}

	private boolean knownGroup(String key) {
		LocalizedMethod method = catalogue.current(Locale.ENGLISH);
		for (Phase phase : Phase.values()) {
			if (AssessmentGroup.of(method, phase).stream().anyMatch(g -> g.key().equals(key))) {
				return true;
			}
		}
		return false;
	}

	private void requireQuestion(Assessment assessment, String questionKey) {
		Question question = catalogue.version(assessment.methodVersion()).in(Locale.ENGLISH).question(questionKey)
			.orElseThrow(() -> new NotFoundException("question"));
		if (question.phase() != assessment.phase()) {
			throw new NotFoundException("question");
		}
	}

	private Assessment load(long atelierId, long assessmentId) {
		return assessments.findById(assessmentId).filter(a -> a.atelierId() == atelierId)
			.orElseThrow(() -> new NotFoundException("assessment"));
	}

	private Phase currentPhase(long atelierId) {
		return ateliers.view(atelierId).phase();
	}

	private int respondentCount(long assessmentId) {
		return jdbc.sql("select count(distinct respondent_id) from assessment_answer where assessment_id = :a")
			.param("a", assessmentId).query(Integer.class).single();
	}

	private AssessmentSummary summary(Assessment a, Phase current, int respondents) {
		Instant openedAt = a.openedAt().toInstant();
		return new AssessmentSummary(a.id(), a.atelierId(), a.phase(), a.methodVersion(), a.closed(), openedAt,
				a.closedAt() == null ? null : a.closedAt().toInstant(), respondents,
				isStale(a.openedAt(), a.phase(), current, clock.instant(), STALE_AFTER_MONTHS));
	}

	/**
	 * Whether an assessment opened at {@code openedAt} for {@code phase} no longer describes the
	 * atelier at {@code now}: it is more than {@code months} calendar months old, or the atelier has
	 * moved past its phase.
	 */
	static boolean isStale(OffsetDateTime openedAt, Phase phase, Phase current, Instant now, int months) {
		boolean old = openedAt.plusMonths(months).toInstant().isBefore(now);
		return old || phase.ordinal() < current.ordinal();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
