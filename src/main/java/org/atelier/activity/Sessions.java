package org.atelier.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.identity.CurrentUser;
import org.atelier.method.BuildingBlock;
import org.atelier.shared.ConflictException;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.atelier.shared.links.DecisionSink;
import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of an atelier and their minutes. Partners and coordinators plan sessions; the
 * facilitator and the secretary (or a coordinator) keep the minutes: a draft, then circulated for
 * comments and proposed amendments, then approved and frozen, with dated addenda after that. On
 * approval each decision outcome goes into the decision log and each action outcome becomes a
 * follow-up action, in the same transaction.
 */
@Service
public class Sessions {

	public static final String AUDIT_TYPE = "session";
	public static final String LINK_KIND = "session";
	static final String CONTACT_KIND = "contact";
	static final String HYPOTHESIS_KIND = "hypothesis";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final LinkTargets links;
	private final SessionKinds kinds;
	private final ActionRegister actions;
	private final ObjectProvider<DecisionSink> decisions;
	private final Clock clock;

	Sessions(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, LinkTargets links, SessionKinds kinds,
			ActionRegister actions, ObjectProvider<DecisionSink> decisions, Clock clock) {
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.links = links;
		this.kinds = kinds;
		this.actions = actions;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** The atelier's sessions, latest first; list rows carry no people, agenda or minutes details. */
	@Transactional(readOnly = true)
	public List<SessionView> list(long atelierId) {
		access.requireMember(atelierId);
		return rows(atelierId);
	}

	@Transactional(readOnly = true)
	public SessionView get(long atelierId, long sessionId) {
		access.requireMember(atelierId);
		return load(atelierId, sessionId);
	}

	@Transactional
	public SessionView create(long atelierId, SessionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		check(atelierId, input);
		Instant now = clock.instant();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into activity_session (atelier_id, uid, kind, series, title, purpose, expected_outcomes, starts_at,
				  time_zone, duration_minutes, place, online_link, facilitator_id, secretary_id, building_blocks,
				  created_at, updated_at)
				values (:a, :uid, :k, :s, :t, :p, :e, :at, :z, :d, :pl, :l, :f, :sec, :b, :now, :now)""")
			.param("a", atelierId).param("uid", UUID.randomUUID() + "@atelier").params(columns(input))
			.param("now", utc(now)).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		writeDetails(id, input, Set.of());
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(id), AuditAction.CREATED, changes(null, input));
		return load(atelierId, id);
	}

	/** Changes the plan; the calendar event keeps its UID and its SEQUENCE goes up. A cancelled session answers 409. */
	@Transactional
	public SessionView update(long atelierId, long sessionId, int expectedVersion, SessionInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		SessionView before = load(atelierId, sessionId);
		if (before.cancelled()) {
			throw new ConflictException("activity.session.cancelled");
		}
		check(atelierId, input);
		int changed = jdbc.sql("""
				update activity_session set kind = :k, series = :s, title = :t, purpose = :p, expected_outcomes = :e,
				  starts_at = :at, time_zone = :z, duration_minutes = :d, place = :pl, online_link = :l,
				  facilitator_id = :f, secretary_id = :sec, building_blocks = :b, sequence_no = sequence_no + 1,
				  updated_at = :now, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.params(columns(input)).param("now", utc(clock.instant())).param("id", sessionId).param("a", atelierId)
			.param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("session changed meanwhile");
		}
		Set<String> attended = before.participants().stream().filter(SessionView.Participant::attended)
			.map(p -> p.accountId() != null ? "a" + p.accountId() : "c" + p.contactId()).collect(Collectors.toSet());
		jdbc.sql("delete from session_agenda_item where session_id = :s").param("s", sessionId).update();
		jdbc.sql("delete from session_participant where session_id = :s").param("s", sessionId).update();
		jdbc.sql("delete from session_link where session_id = :s").param("s", sessionId).update();
		writeDetails(sessionId, input, attended);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED, changes(before, input));
		return load(atelierId, sessionId);
	}

	/** Cancels a planned session; it stays in the list and the calendar, marked cancelled. */
	@Transactional
	public SessionView cancel(long atelierId, long sessionId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		SessionView before = load(atelierId, sessionId);
		if (before.cancelled()) {
			throw new ConflictException("activity.session.cancelled");
		}
		if (before.minutesStatus() == MinutesStatus.APPROVED) {
			throw new ConflictException("activity.minutes.approved");
		}
		int changed = jdbc.sql("""
				update activity_session set cancelled = true, sequence_no = sequence_no + 1, updated_at = :now,
				  version = version + 1 where id = :id and atelier_id = :a and version = :v""")
			.param("now", utc(clock.instant())).param("id", sessionId).param("a", atelierId).param("v", expectedVersion)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("session changed meanwhile");
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("cancelled", false, true));
		return load(atelierId, sessionId);
	}

	/** Records who attended: the participants whose ids are given, and nobody else. */
	@Transactional
	public SessionView attendance(long atelierId, long sessionId, Set<Long> attendedParticipantIds) {
		SessionView session = requireKeeper(atelierId, sessionId);
		Set<Long> known = session.participants().stream().map(SessionView.Participant::id).collect(Collectors.toSet());
		if (!known.containsAll(attendedParticipantIds)) {
			throw new FieldProblem("attended", "activity.session.participant.unknown");
		}
		jdbc.sql("update session_participant set attended = false where session_id = :s").param("s", sessionId).update();
		if (!attendedParticipantIds.isEmpty()) {
			jdbc.sql("update session_participant set attended = true where session_id = :s and id in (:ids)")
				.param("s", sessionId).param("ids", attendedParticipantIds).update();
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("attended", session.participants().stream().filter(SessionView.Participant::attended)
					.count(), attendedParticipantIds.size()));
		return load(atelierId, sessionId);
	}

	// --- minutes ------------------------------------------------------------------------------

	/** Saves the minutes' text while they are a draft or circulated. */
	@Transactional
	public SessionView saveMinutes(long atelierId, long sessionId, int expectedVersion, @Nullable String text) {
		SessionView before = requireKeeper(atelierId, sessionId);
		requireOpenMinutes(before);
		String minutes = ActionInput.trim(text);
		if (minutes != null && minutes.length() > 100_000) {
			throw new FieldProblem("minutes", "activity.tooLong", 100_000);
		}
		bump(atelierId, sessionId, expectedVersion, null, Map.of(), minutes);
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("minutes", before.minutes(), minutes));
		return load(atelierId, sessionId);
	}

	/** Moves the minutes on: draft → circulated → approved. Approval creates decisions and actions from the outcomes. */
	@Transactional
	public SessionView moveMinutes(long atelierId, long sessionId, int expectedVersion, MinutesStatus target) {
		SessionView before = requireKeeper(atelierId, sessionId);
		MinutesStatus from = before.minutesStatus();
		if (!from.canMoveTo(target)) {
			throw new ConflictException("activity.minutes.transition", from.key(), target.key());
		}
		if (before.minutes() == null && target != MinutesStatus.DRAFT) {
			throw new FieldProblem("minutes", "activity.minutes.empty");
		}
		if (target == MinutesStatus.APPROVED) {
			long me = CurrentUser.require().id();
			bump(atelierId, sessionId, expectedVersion,
					"minutes_status = 'APPROVED', minutes_approved_at = :at, minutes_approved_by = :by",
					Map.of("at", utc(clock.instant()), "by", me), before.minutes());
			carryOut(atelierId, before, me);
		}
		else {
			bump(atelierId, sessionId, expectedVersion, "minutes_status = :st", Map.of("st", target.name()),
					before.minutes());
		}
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("minutesStatus", from.key(), target.key()));
		return load(atelierId, sessionId);
	}

	/** A comment or a proposed amendment on circulated minutes, by an invited member or a partner or coordinator. */
	@Transactional
	public SessionView comment(long atelierId, long sessionId, @Nullable String text, boolean amendment) {
		AtelierRole role = access.requireEditable(atelierId, AtelierRole.OBSERVER);
		SessionView session = load(atelierId, sessionId);
		long me = CurrentUser.require().id();
		if (!role.includes(AtelierRole.PARTNER) && !session.invited(me) && !session.keepsMinutes(me)) {
			throw new AccessDeniedException("only participants comment");
		}
		if (session.minutesStatus() != MinutesStatus.CIRCULATED) {
			throw new ConflictException("activity.minutes.notCirculated");
		}
		String t = requiredText(text, "text");
		jdbc.sql("insert into minutes_comment (session_id, author_id, amendment, text, created_at) values (:s, :a, :am, :t, :now)")
			.param("s", sessionId).param("a", me).param("am", amendment).param("t", t).param("now", utc(clock.instant()))
			.update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field(amendment ? "amendment" : "comment", null, t));
		return load(atelierId, sessionId);
	}

	/** A dated correction appended to approved minutes, which themselves stay as approved. */
	@Transactional
	public SessionView addendum(long atelierId, long sessionId, @Nullable String text) {
		SessionView session = requireKeeper(atelierId, sessionId);
		if (session.minutesStatus() != MinutesStatus.APPROVED) {
			throw new ConflictException("activity.minutes.notApproved");
		}
		String t = requiredText(text, "text");
		jdbc.sql("insert into minutes_addendum (session_id, author_id, text, created_at) values (:s, :a, :t, :now)")
			.param("s", sessionId).param("a", CurrentUser.require().id()).param("t", t)
			.param("now", utc(clock.instant())).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("addendum", null, t));
		return load(atelierId, sessionId);
	}

	/** Records an outcome while the minutes are open; an action needs an owner who is a member and a due date. */
	@Transactional
	public SessionView addOutcome(long atelierId, long sessionId, OutcomeKind kind, @Nullable String text,
			@Nullable Long ownerId, java.time.@Nullable LocalDate due) {
		SessionView session = requireKeeper(atelierId, sessionId);
		requireOpenMinutes(session);
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String t = ActionInput.trim(text);
		if (t == null) {
			problems.add(new FieldProblem.Violation("text", "activity.outcome.text.required"));
		}
		else if (t.length() > SessionInput.TEXT_MAX) {
			problems.add(new FieldProblem.Violation("text", "activity.tooLong", SessionInput.TEXT_MAX));
		}
		if (kind == OutcomeKind.ACTION) {
			if (ownerId == null) {
				problems.add(new FieldProblem.Violation("owner", "activity.action.owner.required"));
			}
			else if (access.memberRoleOf(atelierId, ownerId).isEmpty()) {
				problems.add(new FieldProblem.Violation("owner", "activity.action.owner.notMember"));
			}
			if (due == null) {
				problems.add(new FieldProblem.Violation("due", "activity.action.due.required"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		boolean action = kind == OutcomeKind.ACTION;
		jdbc.sql("""
				insert into session_outcome (session_id, kind, text, owner_id, due_on, created_at)
				values (:s, :k, :t, :o, :d, :now)""")
			.param("s", sessionId).param("k", kind.name()).param("t", t).param("o", action ? ownerId : null)
			.param("d", action ? due : null).param("now", utc(clock.instant())).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("outcome", null, kind.key() + ": " + t));
		return load(atelierId, sessionId);
	}

	@Transactional
	public SessionView removeOutcome(long atelierId, long sessionId, long outcomeId) {
		SessionView session = requireKeeper(atelierId, sessionId);
		requireOpenMinutes(session);
		SessionView.Outcome outcome = session.outcomes().stream().filter(o -> o.id() == outcomeId).findFirst()
			.orElseThrow(() -> new NotFoundException("outcome"));
		jdbc.sql("delete from session_outcome where id = :o and session_id = :s").param("o", outcomeId)
			.param("s", sessionId).update();
		audit.record(atelierId, AUDIT_TYPE, String.valueOf(sessionId), AuditAction.UPDATED,
				new ChangeSet().field("outcome", outcome.kind().key() + ": " + outcome.text(), null));
		return load(atelierId, sessionId);
	}

	/** The pending actions of the earlier sessions of the same series: what the next session opens with. */
	@Transactional(readOnly = true)
	public List<ActionView> openFromSeries(long atelierId, SessionView session) {
		if (session.series() == null) {
			return List.of();
		}
		List<Long> earlier = jdbc.sql("""
				select id from activity_session where atelier_id = :a and series = :s and starts_at < :at and id <> :id
				  and cancelled = false""")
			.param("a", atelierId).param("s", session.series()).param("at", utc(session.startsAt()))
			.param("id", session.id()).query(Long.class).list();
		return actions.pendingFrom(atelierId, LINK_KIND, earlier);
	}

	/** For the session-routine check: sessions held (not cancelled, started before now) and with approved minutes. */
	RoutineFigures routine(long atelierId) {
		return jdbc.sql("""
				select count(*) as held,
				  sum(case when s.minutes_status = 'APPROVED' then 1 else 0 end) as approved,
				  sum(case when s.minutes_status = 'APPROVED' and exists (select 1 from follow_up_action x
				      where x.atelier_id = s.atelier_id and x.origin_kind = 'session' and x.origin_id = s.id) then 1 else 0 end)
				    as with_actions
				from activity_session s where s.atelier_id = :a and s.cancelled = false and s.starts_at < :now""")
			.param("a", atelierId).param("now", utc(clock.instant()))
			.query((rs, n) -> new RoutineFigures(rs.getInt("held"), rs.getInt("approved"), rs.getInt("with_actions")))
			.single();
	}

	record RoutineFigures(int held, int approved, int withActions) {
	}

	/** The sessions of an atelier for its calendar, without the caller check (the feed has no signed-in user). */
	List<SessionView> calendarRows(long atelierId) {
		return rows(atelierId);
	}

	// --- internals ----------------------------------------------------------------------------

	private void carryOut(long atelierId, SessionView session, long actor) {
		java.time.LocalDate day = session.localStart().toLocalDate();
		for (SessionView.Outcome o : session.outcomes()) {
			if (o.kind() == OutcomeKind.DECISION && o.decisionId() == null) {
				DecisionSink sink = decisions.getIfAvailable();
				if (sink != null) {
					long id = sink.recordSessionDecision(atelierId, session.id(), titleOf(o.text()), o.text(), day, actor);
					jdbc.sql("update session_outcome set decision_id = :d where id = :o").param("d", id)
						.param("o", o.id()).update();
				}
			}
			else if (o.kind() == OutcomeKind.ACTION && o.actionId() == null && o.ownerId() != null && o.due() != null) {
				long id = actions.create(atelierId, LINK_KIND, session.id(), titleOf(o.text()), o.ownerId(), o.due(),
						actor);
				jdbc.sql("update session_outcome set action_id = :x where id = :o").param("x", id).param("o", o.id())
					.update();
			}
		}
	}

	/** The first line of an outcome, shortened at a word boundary to fit a title. */
	static String titleOf(String text) {
		String line = text.strip().lines().findFirst().orElse("").strip();
		if (line.length() <= 200) {
			return line;
		}
		int cut = line.lastIndexOf(' ', 199);
		return line.substring(0, cut > 100 ? cut : 199) + "…";
	}

	private SessionView requireKeeper(long atelierId, long sessionId) {
		AtelierRole role = access.requireEditable(atelierId, AtelierRole.OBSERVER);
		SessionView session = load(atelierId, sessionId);
		if (!role.includes(AtelierRole.COORDINATOR) && !session.keepsMinutes(CurrentUser.require().id())) {
			throw new AccessDeniedException("only the facilitator, the secretary or a coordinator keep the minutes");
		}
		return session;
	}

	private static void requireOpenMinutes(SessionView session) {
		if (!session.minutesStatus().editable()) {
			throw new ConflictException("activity.minutes.approved");
		}
	}

	private static String requiredText(@Nullable String text, String field) {
		String t = ActionInput.trim(text);
		if (t == null) {
			throw new FieldProblem(field, "activity.text.required");
		}
		if (t.length() > SessionInput.TEXT_MAX) {
			throw new FieldProblem(field, "activity.tooLong", SessionInput.TEXT_MAX);
		}
		return t;
	}

	private void bump(long atelierId, long sessionId, int expectedVersion, @Nullable String set,
			Map<String, Object> params, @Nullable String minutes) {
		int changed = jdbc.sql("update activity_session set " + (set == null ? "" : set + ", ") + "minutes = :m, updated_at = :now,"
				+ " version = version + 1 where id = :id and atelier_id = :a and version = :v")
			.params(params).param("m", minutes).param("now", utc(clock.instant())).param("id", sessionId)
			.param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("session changed meanwhile");
		}
	}

	private void check(long atelierId, SessionInput input) {
		List<FieldProblem.Violation> problems = new ArrayList<>();
		if (!kinds.contains(input.kind())) {
			problems.add(new FieldProblem.Violation("kind", "activity.session.kind.unknown"));
		}
		if (input.facilitatorId() != null && access.memberRoleOf(atelierId, input.facilitatorId()).isEmpty()) {
			problems.add(new FieldProblem.Violation("facilitator", "activity.session.notMember"));
		}
		if (input.secretaryId() != null && access.memberRoleOf(atelierId, input.secretaryId()).isEmpty()) {
			problems.add(new FieldProblem.Violation("secretary", "activity.session.notMember"));
		}
		if (input.invitedMembers().stream().anyMatch(m -> access.memberRoleOf(atelierId, m).isEmpty())) {
			problems.add(new FieldProblem.Violation("invitedMembers", "activity.session.notMember"));
		}
		if (input.invitedContacts().stream().anyMatch(c -> links.find(CONTACT_KIND, atelierId, c).isEmpty())) {
			problems.add(new FieldProblem.Violation("invitedContacts", "activity.session.contact.unknown"));
		}
		if (input.hypotheses().stream().anyMatch(h -> links.find(HYPOTHESIS_KIND, atelierId, h).isEmpty())) {
			problems.add(new FieldProblem.Violation("hypotheses", "activity.session.hypothesis.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
	}

	private static Map<String, Object> columns(SessionInput in) {
		Map<String, Object> p = new HashMap<>();
		p.put("k", in.kind());
		p.put("s", in.series());
		p.put("t", in.title());
		p.put("p", in.purpose());
		p.put("e", in.expectedOutcomes());
		p.put("at", utc(in.start().atZone(in.zone()).toInstant()));
		p.put("z", in.zone().getId());
		p.put("d", in.durationMinutes());
		p.put("pl", in.place());
		p.put("l", in.onlineLink());
		p.put("f", in.facilitatorId());
		p.put("sec", in.secretaryId());
		p.put("b", in.blocks().isEmpty() ? null
				: in.blocks().stream().map(BuildingBlock::key).sorted().collect(Collectors.joining(",")));
		return p;
	}

	private void writeDetails(long sessionId, SessionInput input, Set<String> attended) {
		for (int i = 0; i < input.agenda().size(); i++) {
			jdbc.sql("insert into session_agenda_item (session_id, position, title) values (:s, :p, :t)")
				.param("s", sessionId).param("p", i + 1).param("t", input.agenda().get(i)).update();
		}
		for (Long member : input.invitedMembers()) {
			jdbc.sql("insert into session_participant (session_id, account_id, attended) values (:s, :a, :at)")
				.param("s", sessionId).param("a", member).param("at", attended.contains("a" + member)).update();
		}
		for (Long contact : input.invitedContacts()) {
			jdbc.sql("insert into session_participant (session_id, contact_id, attended) values (:s, :c, :at)")
				.param("s", sessionId).param("c", contact).param("at", attended.contains("c" + contact)).update();
		}
		for (Long hypothesis : input.hypotheses()) {
			jdbc.sql("insert into session_link (session_id, kind, target_id) values (:s, :k, :t)")
				.param("s", sessionId).param("k", HYPOTHESIS_KIND).param("t", hypothesis).update();
		}
	}

	private static ChangeSet changes(@Nullable SessionView before, SessionInput in) {
		return new ChangeSet().field("kind", before == null ? null : before.kind(), in.kind())
			.field("series", before == null ? null : before.series(), in.series())
			.field("title", before == null ? null : before.title(), in.title())
			.field("purpose", before == null ? null : before.purpose(), in.purpose())
			.field("expectedOutcomes", before == null ? null : before.expectedOutcomes(), in.expectedOutcomes())
			.field("start", before == null ? null : before.localStart().toLocalDateTime() + " " + before.zone(),
					in.start() + " " + in.zone())
			.field("durationMinutes", before == null ? null : before.durationMinutes(), in.durationMinutes())
			.field("place", before == null ? null : before.place(), in.place())
			.field("onlineLink", before == null ? null : before.onlineLink(), in.onlineLink())
			.field("agenda", before == null ? null : String.join(" | ", before.agenda()), String.join(" | ", in.agenda()))
			.field("invited", before == null ? null : before.participants().size(),
					in.invitedMembers().size() + in.invitedContacts().size());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static final String SELECT = """
			select s.*, f.display_name as facilitator_name, c.display_name as secretary_name,
			  ab.display_name as approved_by_name
			from activity_session s
			left join app_user f on f.id = s.facilitator_id
			left join app_user c on c.id = s.secretary_id
			left join app_user ab on ab.id = s.minutes_approved_by
			""";

	private List<SessionView> rows(long atelierId) {
		return jdbc.sql(SELECT + " where s.atelier_id = :a order by s.starts_at desc, s.id desc").param("a", atelierId)
			.query((rs, n) -> view(rs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())).list();
	}

	private SessionView load(long atelierId, long sessionId) {
		SessionView row = jdbc.sql(SELECT + " where s.id = :id and s.atelier_id = :a").param("id", sessionId)
			.param("a", atelierId)
			.query((rs, n) -> view(rs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of())).optional()
			.orElseThrow(() -> new NotFoundException("session"));
		List<String> agenda = jdbc.sql("select title from session_agenda_item where session_id = :s order by position")
			.param("s", sessionId).query(String.class).list();
		List<SessionView.Participant> participants = jdbc.sql("""
				select p.id, p.account_id, p.contact_id, p.attended, u.display_name
				from session_participant p left join app_user u on u.id = p.account_id
				where p.session_id = :s order by p.id""")
			.param("s", sessionId).query((rs, n) -> {
				Long account = (Long) rs.getObject("account_id", Long.class);
				Long contact = (Long) rs.getObject("contact_id", Long.class);
				String name = account != null ? rs.getString("display_name")
						: links.find(CONTACT_KIND, atelierId, contact).map(LinkTarget::title).orElse("");
				return new SessionView.Participant(rs.getLong("id"), account, contact, name, rs.getBoolean("attended"));
			}).list();
		List<LinkTarget> hypotheses = jdbc.sql("select kind, target_id from session_link where session_id = :s order by target_id")
			.param("s", sessionId)
			.query((rs, n) -> links.find(rs.getString("kind"), atelierId, rs.getLong("target_id")).orElse(null))
			.list().stream().filter(java.util.Objects::nonNull).toList();
		List<SessionView.Outcome> outcomes = jdbc.sql("""
				select o.*, u.display_name as owner_name from session_outcome o left join app_user u on u.id = o.owner_id
				where o.session_id = :s order by o.id""")
			.param("s", sessionId)
			.query((rs, n) -> new SessionView.Outcome(rs.getLong("id"), OutcomeKind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getObject("owner_id", Long.class), rs.getString("owner_name"),
					rs.getObject("due_on", java.time.LocalDate.class), rs.getObject("decision_id", Long.class),
					rs.getObject("action_id", Long.class)))
			.list();
		List<SessionView.Comment> comments = jdbc.sql("""
				select m.*, u.display_name from minutes_comment m join app_user u on u.id = m.author_id
				where m.session_id = :s order by m.id""")
			.param("s", sessionId)
			.query((rs, n) -> new SessionView.Comment(rs.getLong("id"), rs.getString("display_name"),
					rs.getBoolean("amendment"), rs.getString("text"), instant(rs, "created_at")))
			.list();
		List<SessionView.Addendum> addenda = jdbc.sql("""
				select m.*, u.display_name from minutes_addendum m join app_user u on u.id = m.author_id
				where m.session_id = :s order by m.id""")
			.param("s", sessionId)
			.query((rs, n) -> new SessionView.Addendum(rs.getLong("id"), rs.getString("display_name"), rs.getString("text"),
					instant(rs, "created_at")))
			.list();
		return new SessionView(row.id(), row.atelierId(), row.uid(), row.kind(), row.series(), row.title(), row.purpose(),
				row.expectedOutcomes(), row.startsAt(), row.zone(), row.durationMinutes(), row.place(), row.onlineLink(),
				row.facilitator(), row.secretary(), row.blocks(), row.cancelled(), row.sequence(), row.minutesStatus(),
				row.minutes(), row.minutesApprovedAt(), row.minutesApprovedBy(), row.createdAt(), row.updatedAt(),
				row.version(), agenda, participants, hypotheses, outcomes, comments, addenda);
	}

	private static SessionView view(ResultSet rs, List<String> agenda, List<SessionView.Participant> participants,
			List<LinkTarget> hypotheses, List<SessionView.Outcome> outcomes, List<SessionView.Comment> comments,
			List<SessionView.Addendum> addenda) throws SQLException {
		Long facilitator = rs.getObject("facilitator_id", Long.class);
		Long secretary = rs.getObject("secretary_id", Long.class);
		String blocks = rs.getString("building_blocks");
		Set<BuildingBlock> parsed = EnumSet.noneOf(BuildingBlock.class);
		if (blocks != null) {
			Arrays.stream(blocks.split(",")).map(BuildingBlock::fromKey).forEach(parsed::add);
		}
		OffsetDateTime approvedAt = rs.getObject("minutes_approved_at", OffsetDateTime.class);
		return new SessionView(rs.getLong("id"), rs.getLong("atelier_id"), rs.getString("uid"), rs.getString("kind"),
				rs.getString("series"), rs.getString("title"), rs.getString("purpose"), rs.getString("expected_outcomes"),
				instant(rs, "starts_at"), ZoneId.of(rs.getString("time_zone")), rs.getInt("duration_minutes"),
				rs.getString("place"), rs.getString("online_link"),
				facilitator == null ? null : new SessionView.Person(facilitator, rs.getString("facilitator_name")),
				secretary == null ? null : new SessionView.Person(secretary, rs.getString("secretary_name")), parsed,
				rs.getBoolean("cancelled"), rs.getInt("sequence_no"), MinutesStatus.valueOf(rs.getString("minutes_status")),
				rs.getString("minutes"), approvedAt == null ? null : approvedAt.toInstant(), rs.getString("approved_by_name"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"), agenda, participants,
				hypotheses, outcomes, comments, addenda);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
