package org.atelier.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.Accounts;
import org.atelier.identity.Accounts.AccountView;
import org.atelier.identity.CurrentUser;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.strategy.StatementDraft.ObjectiveDraft;
import org.atelier.strategy.StatementView.EndorsementView;
import org.atelier.strategy.StatementView.ObjectiveView;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service for an atelier's vision, mission and strategy. Every member reads them;
 * coordinators write a new revision (never overwriting the previous one, and only when nobody
 * wrote one since the revision they started from); partners and coordinators endorse the current
 * revision on behalf of their organisation, and may withdraw that endorsement. Every change is
 * audited in the same transaction.
 * <p>
 * The revision number doubles as the version for optimistic locking: 0 means "no statement yet".
 */
@Service
public class StrategyService {

	/** The entity types under which changes are audited. */
	public static final String AUDIT_STATEMENT = "strategy";
	public static final String AUDIT_ENDORSEMENT = "endorsement";

	static final int MAX_VISION = 2000;
	static final int MAX_MISSION = 2000;
	static final int MAX_STRATEGY = 4000;
	static final int MAX_OBJECTIVE = 500;
	static final int MAX_MEASURE = 500;
	static final int MAX_ORGANISATION = 200;
	static final int MAX_OBJECTIVES = 20;

	private final StrategyStatements statements;
	private final Endorsements endorsements;
	private final AtelierAccess access;
	private final AtelierMembers members;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	StrategyService(StrategyStatements statements, Endorsements endorsements, AtelierAccess access,
			AtelierMembers members, Accounts accounts, AuditTrail audit, Clock clock) {
		this.statements = statements;
		this.endorsements = endorsements;
		this.access = access;
		this.members = members;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The current revision, empty when nothing has been written yet. */
	@Transactional(readOnly = true)
	public Optional<StatementView> current(long atelierId) {
		access.requireMember(atelierId);
		return statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId)
			.map(s -> views(List.of(s)).getFirst());
	}

	/** The number of the current revision, 0 when there is none: the version a new revision must name. */
	@Transactional(readOnly = true)
	public int currentRevision(long atelierId) {
		access.requireMember(atelierId);
		return statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId).map(StrategyStatement::revision).orElse(0);
	}

	/** Every revision, newest first, each with the endorsements it received. */
	@Transactional(readOnly = true)
	public List<StatementView> revisions(long atelierId) {
		access.requireMember(atelierId);
		return views(statements.findByAtelierIdOrderByRevisionDesc(atelierId));
	}

	/**
	 * The atelier's partner members (role partner or coordinator), each with their endorsement of
	 * the current revision or without one; those who have not endorsed come first.
	 */
	@Transactional(readOnly = true)
	public List<PartnerStanding> endorsementStatus(long atelierId) {
		access.requireMember(atelierId);
		Map<Long, EndorsementView> endorsed = new HashMap<>();
		statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId).ifPresent(current -> endorsements
			.findByStatementIdIn(List.of(current.id()))
			.forEach(e -> endorsed.put(e.userId(), endorsementView(e))));
		return members.list(atelierId).stream()
			.filter(m -> m.role().includes(AtelierRole.PARTNER))
			.map(m -> new PartnerStanding(m.userId(), m.username(), m.displayName(), m.role(), endorsed.get(m.userId())))
			.sorted(Comparator.comparing(PartnerStanding::endorsed)
				.thenComparing(PartnerStanding::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Writes a new revision, provided the current one is still {@code expectedRevision} (0 for the
	 * first); otherwise {@link OptimisticLockingFailureException} and nothing is written. A save
	 * that changes nothing returns the current revision and writes nothing, so it does not cost
	 * the partners their endorsements. Invalid fields are a {@link FieldProblem} naming each.
	 */
	@Transactional
	public StatementView revise(long atelierId, int expectedRevision, StatementDraft draft) {
		access.requireEditable(atelierId, AtelierRole.COORDINATOR);
		StatementContent content = validate(atelierId, draft);
		StrategyStatement current = statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId).orElse(null);
		int currentRevision = current == null ? 0 : current.revision();
		if (currentRevision != expectedRevision) {
			throw new OptimisticLockingFailureException("strategy of atelier " + atelierId + " is at revision "
					+ currentRevision + ", not " + expectedRevision);
		}
		if (current != null && current.content().equals(content)) {
			return views(List.of(current)).getFirst();
		}
		StrategyStatement next = StrategyStatement.next(atelierId, current, content, CurrentUser.require().id(),
				now());
		try {
			next = statements.save(next);
		}
		catch (DataIntegrityViolationException e) {
			throw lostRace(atelierId, e);
		}
		catch (RuntimeException e) {
			if (e.getCause() instanceof DataIntegrityViolationException) {
				throw lostRace(atelierId, e);
			}
			throw e;
		}
		audit.record(atelierId, AUDIT_STATEMENT, String.valueOf(next.id()),
				current == null ? AuditAction.CREATED : AuditAction.UPDATED, changes(current, next));
		return views(List.of(next)).getFirst();
	}

	/**
	 * The signed-in partner or coordinator endorses the current revision for their organisation.
	 * Refused (409) when there is no statement yet or they already endorsed this revision.
	 */
	@Transactional
	public EndorsementView endorse(long atelierId, @Nullable String organisation) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String org = trim(organisation);
		if (org == null) {
			throw new FieldProblem("organisation", "strategy.organisation.required");
		}
		if (org.length() > MAX_ORGANISATION) {
			throw new FieldProblem("organisation", "strategy.field.tooLong", MAX_ORGANISATION);
		}
		StrategyStatement current = statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId)
			.orElseThrow(() -> new ConflictException("strategy.endorsement.noStatement"));
		CurrentUser me = CurrentUser.require();
		if (endorsements.findByStatementIdAndUserId(current.id(), me.id()).isPresent()) {
			throw new ConflictException("strategy.endorsement.exists", current.revision());
		}
		Endorsement saved;
		try {
			saved = endorsements.save(Endorsement.of(current.id(), me.id(), org, now()));
		}
		catch (RuntimeException e) {
			if (e instanceof DataIntegrityViolationException || e.getCause() instanceof DataIntegrityViolationException) {
				throw new ConflictException("strategy.endorsement.exists", current.revision());
			}
			throw e;
		}
		audit.record(atelierId, AUDIT_ENDORSEMENT, String.valueOf(saved.id()), AuditAction.CREATED,
				new ChangeSet().field("revision", null, current.revision()).field("endorser", null, me.getUsername())
					.field("organisation", null, org));
		return endorsementView(saved);
	}

	/** Withdraws the signed-in person's endorsement of the current revision; false when there was none. */
	@Transactional
	public boolean withdraw(long atelierId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		CurrentUser me = CurrentUser.require();
		Optional<StrategyStatement> current = statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId);
		Optional<Endorsement> mine = current.flatMap(s -> endorsements.findByStatementIdAndUserId(s.id(), me.id()));
		if (mine.isEmpty()) {
			return false;
		}
		Endorsement gone = mine.get();
		endorsements.delete(gone);
		audit.record(atelierId, AUDIT_ENDORSEMENT, String.valueOf(gone.id()), AuditAction.DELETED,
				new ChangeSet().field("revision", current.get().revision(), null)
					.field("endorser", me.getUsername(), null).field("organisation", gone.organisation(), null));
		return true;
	}

	/** What the readiness checks need about the current revision, read without an access check. */
	@Transactional(readOnly = true)
	StrategyFacts facts(long atelierId) {
		Optional<StrategyStatement> current = statements.findFirstByAtelierIdOrderByRevisionDesc(atelierId);
		List<Long> endorsers = current
			.map(s -> endorsements.findByStatementIdIn(List.of(s.id())).stream().map(Endorsement::userId).toList())
			.orElse(List.of());
		return new StrategyFacts(current.map(StrategyStatement::revision).orElse(0),
				current.map(StrategyStatement::hasVisionAndMission).orElse(false),
				current.map(s -> (int) s.objectives().stream().filter(o -> o.ownerId() != null).count()).orElse(0),
				endorsers);
	}

	private StatementContent validate(long atelierId, StatementDraft draft) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String vision = text(draft.vision(), "vision", MAX_VISION, problems);
		String mission = text(draft.mission(), "mission", MAX_MISSION, problems);
		String strategy = text(draft.strategy(), "strategy", MAX_STRATEGY, problems);
		if (vision == null && mission == null && strategy == null) {
			problems.add(new FieldProblem.Violation("vision", "strategy.statement.empty"));
		}
		Map<String, MemberView> byUsername = members.list(atelierId).stream()
			.collect(Collectors.toMap(m -> m.username().toLowerCase(java.util.Locale.ROOT), m -> m));
		List<Objective> objectives = new ArrayList<>();
		List<ObjectiveDraft> rows = draft.objectives();
		for (int i = 0; i < rows.size(); i++) {
			ObjectiveDraft row = rows.get(i);
			if (row == null || row.blank()) {
				continue;
			}
			String prefix = "objectives[" + i + "].";
			String objective = text(row.objective(), prefix + "objective", MAX_OBJECTIVE, problems);
			if (objective == null) {
				problems.add(new FieldProblem.Violation(prefix + "objective", "strategy.objective.required"));
			}
			String measure = text(row.measure(), prefix + "measure", MAX_MEASURE, problems);
			Long ownerId = null;
			String owner = trim(row.owner());
			if (owner != null) {
				MemberView member = byUsername.get(owner.toLowerCase(java.util.Locale.ROOT));
				if (member == null) {
					problems.add(new FieldProblem.Violation(prefix + "owner", "strategy.objective.owner.unknown", owner));
				}
				else {
					ownerId = member.userId();
				}
			}
			LocalDate due = null;
			String dueText = trim(row.dueDate());
			if (dueText != null) {
				try {
					due = LocalDate.parse(dueText);
				}
				catch (DateTimeParseException e) {
					problems.add(new FieldProblem.Violation(prefix + "dueDate", "strategy.objective.dueDate.invalid"));
				}
			}
			if (objective != null) {
				objectives.add(new Objective(objective, measure, ownerId, due));
			}
		}
		if (objectives.size() > MAX_OBJECTIVES) {
			problems.add(new FieldProblem.Violation("objectives", "strategy.objectives.tooMany", MAX_OBJECTIVES));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		return new StatementContent(vision, mission, strategy, objectives);
	}

	private static @Nullable String text(@Nullable String value, String field, int max,
			List<FieldProblem.Violation> problems) {
		String t = trim(value);
		if (t != null && t.length() > max) {
			problems.add(new FieldProblem.Violation(field, "strategy.field.tooLong", max));
		}
		return t;
	}

	private static @Nullable String trim(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	private ChangeSet changes(@Nullable StrategyStatement before, StrategyStatement after) {
		return new ChangeSet().field("revision", before == null ? null : before.revision(), after.revision())
			.field("vision", before == null ? null : before.vision(), after.vision())
			.field("mission", before == null ? null : before.mission(), after.mission())
			.field("strategy", before == null ? null : before.strategy(), after.strategy())
			.field("objectives", before == null ? null : objectivesText(before), objectivesText(after));
	}

	private String objectivesText(StrategyStatement statement) {
		return statement.objectives().stream()
			.map(o -> o.objective() + (o.measure() == null ? "" : " [" + o.measure() + "]")
					+ (o.ownerId() == null ? "" : " @" + username(o.ownerId()))
					+ (o.dueDate() == null ? "" : " " + o.dueDate()))
			.collect(Collectors.joining("\n"));
	}

	private OptimisticLockingFailureException lostRace(long atelierId, RuntimeException cause) {
		return new OptimisticLockingFailureException("another revision of the strategy of atelier " + atelierId
				+ " was saved at the same time", cause);
	}

	private List<StatementView> views(List<StrategyStatement> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<EndorsementView>> byStatement = new HashMap<>();
		endorsements.findByStatementIdIn(list.stream().map(StrategyStatement::id).toList()).stream()
			.sorted(Comparator.comparing(Endorsement::endorsedAt).thenComparing(Endorsement::id))
			.forEach(e -> byStatement.computeIfAbsent(e.statementId(), k -> new ArrayList<>()).add(endorsementView(e)));
		Map<Long, AccountView> people = new HashMap<>();
		return list.stream().map(s -> {
			AccountView author = person(people, s.authorId());
			List<ObjectiveView> objectives = s.objectives().stream().map(o -> {
				AccountView owner = o.ownerId() == null ? null : person(people, o.ownerId());
				return new ObjectiveView(o.objective(), o.measure(), owner == null ? null : owner.username(),
						owner == null ? null : owner.displayName(), o.dueDate());
			}).toList();
			return new StatementView(s.revision(), s.vision(), s.mission(), s.strategy(), author.username(),
					author.displayName(), s.createdAt().toInstant(), objectives,
					byStatement.getOrDefault(s.id(), List.of()));
		}).toList();
	}

	private EndorsementView endorsementView(Endorsement e) {
		AccountView who = accounts.findById(e.userId()).orElseThrow();
		return new EndorsementView(who.username(), who.displayName(), e.organisation(), e.endorsedAt().toInstant());
	}

	private AccountView person(Map<Long, AccountView> cache, long userId) {
		return cache.computeIfAbsent(userId, id -> accounts.findById(id).orElseThrow());
	}

	private String username(long userId) {
		return accounts.findById(userId).map(AccountView::username).orElse(String.valueOf(userId));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
