package org.atelier.capacity;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The core team of every atelier and the skill gaps it plans to close. Members read; partners and
 * coordinators record and change entries. The FTE basis (hours of a full-time week) comes from
 * {@code atelier.capacity.fte-hours}, 36 unless configured.
 */
@Service
public class CoreTeam {

	public static final String AUDIT_MEMBER = "team-member";
	public static final String AUDIT_GAP = "skill-gap";

	private final AtelierAccess access;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final BigDecimal fteHours;

	CoreTeam(AtelierAccess access, AuditTrail audit, JdbcClient jdbc, Clock clock,
			@Value("${atelier.capacity.fte-hours:36}") BigDecimal fteHours) {
		if (fteHours.signum() <= 0) {
			throw new IllegalArgumentException("atelier.capacity.fte-hours must be positive");
		}
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.fteHours = fteHours;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public BigDecimal fteHours() {
		return fteHours;
	}

	// --- team

	/** The team with its FTE and single-holder flags: active entries first, then by role. */
	@Transactional(readOnly = true)
	public TeamOverview team(long atelierId) {
		access.requireMember(atelierId);
		LocalDate today = today();
		List<Row> rows = rows(" where t.atelier_id = :a", Map.of("a", atelierId));
		List<TeamRules.Entry> entries = rows.stream().map(Row::entry).toList();
		Set<String> flagged = TeamRules.singleHolderRoles(entries, today);
		List<TeamMemberView> views = new ArrayList<>(rows.stream().map(r -> r.view(today, flagged)).toList());
		views.sort(Comparator.comparing((TeamMemberView v) -> !v.active())
			.thenComparing(v -> TeamRules.roleKey(v.role())).thenComparing(TeamMemberView::id));
		Set<String> roles = new LinkedHashSet<>();
		views.stream().filter(TeamMemberView::singleHolder).forEach(v -> roles.add(v.role()));
		BigDecimal hours = views.stream().filter(TeamMemberView::active).map(TeamMemberView::hoursPerWeek)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new TeamOverview(List.copyOf(views), hours, TeamRules.fte(entries, today, fteHours), fteHours,
				List.copyOf(roles));
	}

	@Transactional(readOnly = true)
	public TeamMemberView member(long atelierId, long entryId) {
		return team(atelierId).members().stream().filter(m -> m.id() == entryId).findFirst()
			.orElseThrow(() -> new NotFoundException("team-member"));
	}

	@Transactional
	public TeamMemberView addMember(long atelierId, TeamMemberInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		checkPerson(atelierId, input);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into capacity_team_member (atelier_id, user_id, external_name, role_name, hours_per_week,
				  starts_on, ends_on, deputy, handover_notes, created_at)
				values (:a, :u, :x, :r, :h, :s, :e, :d, :n, :now)""")
			.param("a", atelierId).param("u", input.memberId()).param("x", input.externalName())
			.param("r", input.role()).param("h", input.hoursPerWeek()).param("s", input.start())
			.param("e", input.end()).param("d", input.deputy()).param("n", input.handoverNotes())
			.param("now", now()).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		TeamMemberView created = member(atelierId, id);
		audit.record(atelierId, AUDIT_MEMBER, String.valueOf(id), AuditAction.CREATED, memberChanges(null, created));
		return created;
	}

	/** Changes a role entry; a stale version fails with an optimistic-locking error. */
	@Transactional
	public TeamMemberView updateMember(long atelierId, long entryId, int expectedVersion, TeamMemberInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		TeamMemberView before = member(atelierId, entryId);
		checkPerson(atelierId, input);
		int changed = jdbc.sql("""
				update capacity_team_member set user_id = :u, external_name = :x, role_name = :r, hours_per_week = :h,
				  starts_on = :s, ends_on = :e, deputy = :d, handover_notes = :n, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("u", input.memberId()).param("x", input.externalName()).param("r", input.role())
			.param("h", input.hoursPerWeek()).param("s", input.start()).param("e", input.end())
			.param("d", input.deputy()).param("n", input.handoverNotes())
			.param("id", entryId).param("a", atelierId).param("v", expectedVersion).update();
		stale(changed, "team member");
		TeamMemberView after = member(atelierId, entryId);
		audit.record(atelierId, AUDIT_MEMBER, String.valueOf(entryId), AuditAction.UPDATED, memberChanges(before, after));
		return after;
	}

	@Transactional
	public void removeMember(long atelierId, long entryId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		TeamMemberView before = member(atelierId, entryId);
		int changed = jdbc.sql("delete from capacity_team_member where id = :id and atelier_id = :a and version = :v")
			.param("id", entryId).param("a", atelierId).param("v", expectedVersion).update();
		stale(changed, "team member");
		audit.record(atelierId, AUDIT_MEMBER, String.valueOf(entryId), AuditAction.DELETED, new ChangeSet()
			.field("person", before.personName(), null).field("role", before.role(), null));
	}

	// --- skill gaps

	/** The skill gaps by due date. */
	@Transactional(readOnly = true)
	public List<SkillGapView> gaps(long atelierId) {
		access.requireMember(atelierId);
		return gapQuery(" where g.atelier_id = :a order by g.due_on, g.id", Map.of("a", atelierId));
	}

	@Transactional(readOnly = true)
	public SkillGapView gap(long atelierId, long gapId) {
		access.requireMember(atelierId);
		return gapQuery(" where g.atelier_id = :a and g.id = :id", Map.of("a", atelierId, "id", gapId)).stream()
			.findFirst().orElseThrow(() -> new NotFoundException("skill-gap"));
	}

	@Transactional
	public SkillGapView addGap(long atelierId, SkillGapInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		checkOwner(atelierId, input.ownerId());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into capacity_skill_gap (atelier_id, skill, plan, owner_id, due_on, created_at)
				values (:a, :s, :p, :o, :d, :now)""")
			.param("a", atelierId).param("s", input.skill()).param("p", input.plan()).param("o", input.ownerId())
			.param("d", input.due()).param("now", now()).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(atelierId, AUDIT_GAP, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("skill", null, input.skill()).field("plan", null, input.plan())
			.field("owner", null, input.ownerId()).field("due", null, input.due()));
		return gap(atelierId, id);
	}

	@Transactional
	public SkillGapView updateGap(long atelierId, long gapId, int expectedVersion, SkillGapInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		SkillGapView before = gap(atelierId, gapId);
		checkOwner(atelierId, input.ownerId());
		int changed = jdbc.sql("""
				update capacity_skill_gap set skill = :s, plan = :p, owner_id = :o, due_on = :d, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("s", input.skill()).param("p", input.plan()).param("o", input.ownerId()).param("d", input.due())
			.param("id", gapId).param("a", atelierId).param("v", expectedVersion).update();
		stale(changed, "skill gap");
		audit.record(atelierId, AUDIT_GAP, String.valueOf(gapId), AuditAction.UPDATED, new ChangeSet()
			.field("skill", before.skill(), input.skill()).field("plan", before.plan(), input.plan())
			.field("owner", before.ownerId(), input.ownerId()).field("due", before.due(), input.due()));
		return gap(atelierId, gapId);
	}

	@Transactional
	public void removeGap(long atelierId, long gapId, int expectedVersion) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		SkillGapView before = gap(atelierId, gapId);
		int changed = jdbc.sql("delete from capacity_skill_gap where id = :id and atelier_id = :a and version = :v")
			.param("id", gapId).param("a", atelierId).param("v", expectedVersion).update();
		stale(changed, "skill gap");
		audit.record(atelierId, AUDIT_GAP, String.valueOf(gapId), AuditAction.DELETED,
				new ChangeSet().field("skill", before.skill(), null));
	}

	// --- helpers

	static void stale(int changed, String what) {
		if (changed != 1) {
			throw new OptimisticLockingFailureException(what + " changed meanwhile");
		}
	}

	private void checkPerson(long atelierId, TeamMemberInput input) {
		if (input.memberId() != null && access.memberRoleOf(atelierId, input.memberId()).isEmpty()) {
			throw new FieldProblem("memberId", "capacity.person.notMember");
		}
	}

	private void checkOwner(long atelierId, long ownerId) {
		if (access.memberRoleOf(atelierId, ownerId).isEmpty()) {
			throw new FieldProblem("ownerId", "capacity.ownerId.notMember");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static ChangeSet memberChanges(@Nullable TeamMemberView before, TeamMemberView after) {
		boolean created = before == null;
		return new ChangeSet()
			.field("person", created ? null : before.personName(), after.personName())
			.field("role", created ? null : before.role(), after.role())
			.field("hours", created ? null : before.hoursPerWeek(), after.hoursPerWeek())
			.field("start", created ? null : before.start(), after.start())
			.field("end", created ? null : before.end(), after.end())
			.field("deputy", created ? null : before.deputy(), after.deputy())
			.field("handover", created ? null : before.handoverNotes(), after.handoverNotes());
	}

	/** A stored role entry with the holder's name resolved. */
	private record Row(long id, long atelierId, @Nullable Long memberId, String personName, String role, BigDecimal hours,
			LocalDate start, @Nullable LocalDate end, @Nullable String deputy, @Nullable String notes, int version) {

		TeamRules.Entry entry() {
			return new TeamRules.Entry(memberId != null ? "member:" + memberId : "external:" + personName.toLowerCase(java.util.Locale.ROOT),
					role, hours, start, end, deputy);
		}

		TeamMemberView view(LocalDate today, Set<String> flagged) {
			boolean active = TeamRules.activeOn(start, end, today);
			return new TeamMemberView(id, atelierId, memberId, personName, role, hours, start, end, deputy, notes,
					active, active && flagged.contains(TeamRules.roleKey(role)), version);
		}
	}

	private List<Row> rows(String where, Map<String, ?> params) {
		return jdbc.sql("""
				select t.*, u.display_name from capacity_team_member t
				left join app_user u on u.id = t.user_id""" + where)
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		long user = rs.getLong("user_id");
		Long memberId = rs.wasNull() ? null : user;
		String name = memberId != null ? rs.getString("display_name") : rs.getString("external_name");
		return new Row(rs.getLong("id"), rs.getLong("atelier_id"), memberId, name, rs.getString("role_name"),
				rs.getBigDecimal("hours_per_week").setScale(1), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("deputy"), rs.getString("handover_notes"),
				rs.getInt("version"));
	}

	private List<SkillGapView> gapQuery(String tail, Map<String, ?> params) {
		LocalDate today = today();
		return jdbc.sql("""
				select g.*, u.display_name from capacity_skill_gap g join app_user u on u.id = g.owner_id""" + tail)
			.params(params)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				return new SkillGapView(rs.getLong("id"), rs.getLong("atelier_id"), rs.getString("skill"),
						rs.getString("plan"), rs.getLong("owner_id"), rs.getString("display_name"), due,
						due.isBefore(today), rs.getInt("version"));
			})
			.list();
	}
}
