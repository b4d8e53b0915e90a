package org.atelier.governance;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierMembers;
import org.atelier.atelier.AtelierRole;
import org.atelier.atelier.MemberView;
import org.atelier.audit.AuditAction;
import org.atelier.audit.AuditTrail;
import org.atelier.audit.ChangeSet;
import org.atelier.shared.FieldProblem;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The atelier's governance arrangement: its mandate, the roles and who holds them, the escalation
 * route and the strategies it serves. Members read; partners and coordinators change (the same
 * rule as the stakeholder register); every change is written to the history.
 */
@Service
public class GovernanceRecords {

	public static final String AUDIT_MANDATE = "governance-mandate";
	public static final String AUDIT_ROLE = "governance-role";
	public static final String AUDIT_LEVEL = "escalation-level";
	public static final String AUDIT_LINK = "strategy-link";
	/** Mandates ending within this many days are flagged. */
	public static final int EXPIRY_WARNING_DAYS = 30;

	private final AtelierAccess access;
	private final AtelierMembers members;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	private final org.atelier.shared.links.LinkTargets links;

	GovernanceRecords(AtelierAccess access, AtelierMembers members, AuditTrail audit, JdbcClient jdbc, Clock clock,
			org.atelier.shared.links.LinkTargets links) {
		this.links = links;
		this.access = access;
		this.members = members;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// --- mandate

	@Transactional(readOnly = true)
	public Mandate mandate(long atelierId) {
		access.requireMember(atelierId);
		return findMandate(atelierId);
	}

	/** Writes the mandate; {@code expectedVersion} is the version read (0 when there was none). */
	@Transactional
	public Mandate saveMandate(long atelierId, int expectedVersion, @Nullable String text) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String clean = RoleInput.blankToNull(text);
		if (clean == null) {
			throw new FieldProblem("mandate", "governance.mandate.required");
		}
		if (clean.length() > RoleInput.MAX_MANDATE) {
			throw new FieldProblem("mandate", "governance.tooLong", RoleInput.MAX_MANDATE);
		}
		Mandate before = findMandate(atelierId);
		if (before.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("mandate changed meanwhile");
		}
		if (before.version() == 0) {
			jdbc.sql("insert into governance_mandate (atelier_id, mandate, updated_at, version) values (:a, :m, :t, 1)")
				.param("a", atelierId).param("m", clean).param("t", now()).update();
		}
		else {
			int changed = jdbc.sql("""
					update governance_mandate set mandate = :m, updated_at = :t, version = version + 1
					where atelier_id = :a and version = :v""")
				.param("m", clean).param("t", now()).param("a", atelierId).param("v", expectedVersion).update();
			if (changed != 1) {
				throw new OptimisticLockingFailureException("mandate changed meanwhile");
			}
		}
		audit.record(atelierId, AUDIT_MANDATE, String.valueOf(atelierId),
				before.version() == 0 ? AuditAction.CREATED : AuditAction.UPDATED,
				new ChangeSet().field("mandate", before.version() == 0 ? null : before.text(), clean));
		return findMandate(atelierId);
	}

	private Mandate findMandate(long atelierId) {
		return jdbc.sql("select mandate, version from governance_mandate where atelier_id = :a").param("a", atelierId)
			.query((rs, n) -> new Mandate(rs.getString("mandate"), rs.getInt("version"))).optional()
			.orElse(new Mandate("", 0));
	}

	// --- roles

	/** The roles, grouped by kind, with their flags as of today. */
	@Transactional(readOnly = true)
	public List<GovernanceRole> roles(long atelierId) {
		access.requireMember(atelierId);
		return flagged(rawRoles(atelierId), today());
	}

	@Transactional(readOnly = true)
	public GovernanceRole role(long atelierId, long roleId) {
		return roles(atelierId).stream().filter(r -> r.id() == roleId).findFirst()
			.orElseThrow(() -> new NotFoundException("role"));
	}

	@Transactional
	public GovernanceRole addRole(long atelierId, RoleInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		Holder holder = holder(atelierId, input);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into governance_role (atelier_id, kind, custom_name, member_id, contact_id, holder_name, deputy,
				  mandate, starts_on, ends_on)
				values (:a, :k, :c, :m, :ct, :h, :d, :t, :s, :e)""")
			.param("a", atelierId).param("k", input.kind().name()).param("c", input.customName())
			.param("m", holder.memberId()).param("ct", holder.contactId()).param("h", holder.stored())
			.param("d", input.deputy())
			.param("t", input.mandate()).param("s", input.startsOn()).param("e", input.endsOn())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(atelierId, AUDIT_ROLE, String.valueOf(id), AuditAction.CREATED, changes(null, input, holder));
		return role(atelierId, id);
	}

	@Transactional
	public GovernanceRole updateRole(long atelierId, long roleId, int expectedVersion, RoleInput input) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		GovernanceRole before = role(atelierId, roleId);
		Holder holder = holder(atelierId, input);
		int changed = jdbc.sql("""
				update governance_role set kind = :k, custom_name = :c, member_id = :m, contact_id = :ct,
				  holder_name = :h, deputy = :d, mandate = :t, starts_on = :s, ends_on = :e, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("k", input.kind().name()).param("c", input.customName()).param("m", holder.memberId())
			.param("ct", holder.contactId()).param("h", holder.stored()).param("d", input.deputy()).param("t", input.mandate())
			.param("s", input.startsOn()).param("e", input.endsOn()).param("id", roleId).param("a", atelierId)
			.param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("role changed meanwhile");
		}
		audit.record(atelierId, AUDIT_ROLE, String.valueOf(roleId), AuditAction.UPDATED, changes(before, input, holder));
		return role(atelierId, roleId);
	}

	@Transactional
	public void removeRole(long atelierId, long roleId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		GovernanceRole before = role(atelierId, roleId);
		jdbc.sql("delete from governance_role where id = :id and atelier_id = :a").param("id", roleId)
			.param("a", atelierId).update();
		audit.record(atelierId, AUDIT_ROLE, String.valueOf(roleId), AuditAction.DELETED, new ChangeSet()
			.field("role", label(before.kind(), before.customName()), null).field("holder", before.holderName(), null));
	}

	/**
	 * Sets the flags of each role as of {@code today}: a mandate ending within
	 * {@link #EXPIRY_WARNING_DAYS} days is expiring, one that ended is expired, and a role that only
	 * one person holds, with no deputy, is a single point of failure. Expired holders do not count
	 * as holders.
	 */
	static List<GovernanceRole> flagged(List<GovernanceRole> roles, LocalDate today) {
		Map<String, List<GovernanceRole>> byRole = roles.stream()
			.filter(r -> r.endsOn() == null || !r.endsOn().isBefore(today))
			.collect(Collectors.groupingBy(GovernanceRole::roleKey));
		List<GovernanceRole> result = new ArrayList<>();
		for (GovernanceRole r : roles) {
			boolean expired = r.endsOn() != null && r.endsOn().isBefore(today);
			boolean expiring = !expired && r.endsOn() != null && !r.endsOn().isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
			List<GovernanceRole> holders = byRole.getOrDefault(r.roleKey(), List.of());
			boolean single = !expired && holders.size() == 1 && !holders.getFirst().deputy();
			result.add(new GovernanceRole(r.id(), r.kind(), r.customName(), r.memberId(), r.holderName(), r.deputy(),
					r.mandate(), r.startsOn(), r.endsOn(), r.version(), expiring, expired, single, r.contactId()));
		}
		return result;
	}

	/** The stored roles; a contact person's name is read from the register now (empty once erased). */
	private List<GovernanceRole> rawRoles(long atelierId) {
		return jdbc.sql("select * from governance_role where atelier_id = :a order by kind, deputy, id")
			.param("a", atelierId).query(GovernanceRecords::roleRow).list().stream()
			.map(r -> r.contactId() == null ? r : new GovernanceRole(r.id(), r.kind(), r.customName(), r.memberId(),
					links.find(CONTACT_KIND, atelierId, r.contactId()).map(t -> t.title()).orElse(""), r.deputy(),
					r.mandate(), r.startsOn(), r.endsOn(), r.version(), false, false, false, r.contactId()))
			.toList();
	}

	/** The link kind of the register's contact persons, who may hold a role. */
	public static final String CONTACT_KIND = "contact";

	private static GovernanceRole roleRow(ResultSet rs, int n) throws SQLException {
		long member = rs.getLong("member_id");
		Long memberId = rs.wasNull() ? null : member;
		return new GovernanceRole(rs.getLong("id"), RoleKind.valueOf(rs.getString("kind")), rs.getString("custom_name"),
				memberId, rs.getString("holder_name"), rs.getBoolean("deputy"), rs.getString("mandate"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getInt("version"), false, false, false, rs.getObject("contact_id", Long.class));
	}

	/**
	 * Who holds a role: {@code name} is what the audit trail shows; {@code stored} what the role row
	 * keeps (nothing personal for a contact person, whose name stays in the register).
	 */
	private record Holder(@Nullable Long memberId, @Nullable Long contactId, String name) {

		String stored() {
			return contactId == null ? name : "";
		}
	}

	/** A member named by user name must belong to the atelier; their display name is kept beside the link. */
	private Holder holder(long atelierId, RoleInput input) {
		if (input.memberUsername() != null) {
			MemberView member = members.list(atelierId).stream()
				.filter(m -> m.username().equalsIgnoreCase(input.memberUsername()))
				.findFirst()
				.orElseThrow(() -> new FieldProblem("memberUsername", "governance.role.member.unknown",
						input.memberUsername()));
			return new Holder(member.userId(), null, member.displayName());
		}
		if (input.contactId() != null) {
			links.find(CONTACT_KIND, atelierId, input.contactId()).filter(t -> !t.title().isEmpty())
				.orElseThrow(() -> new FieldProblem("contactId", "governance.role.contact.unknown"));
			return new Holder(null, input.contactId(), "contact #" + input.contactId());
		}
		return new Holder(null, null, input.holderName());
	}

	private static ChangeSet changes(@Nullable GovernanceRole before, RoleInput after, Holder holder) {
		return new ChangeSet()
			.field("role", before == null ? null : label(before.kind(), before.customName()),
					label(after.kind(), after.customName()))
			.field("holder", before == null ? null : before.holderName(), holder.name())
			.field("deputy", before == null ? null : before.deputy(), after.deputy())
			.field("mandate", before == null ? null : before.mandate(), after.mandate())
			.field("startsOn", before == null ? null : before.startsOn(), after.startsOn())
			.field("endsOn", before == null ? null : before.endsOn(), after.endsOn());
	}

	private static String label(RoleKind kind, @Nullable String custom) {
		return kind == RoleKind.CUSTOM ? custom : kind.key();
	}

	// --- escalation route

	@Transactional(readOnly = true)
	public List<EscalationLevel> levels(long atelierId) {
		access.requireMember(atelierId);
		return levelsUnchecked(atelierId);
	}

	/** Adds a level at the top of the route. */
	@Transactional
	public EscalationLevel addLevel(long atelierId, @Nullable String name, @Nullable String seats,
			@Nullable String scope) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		String clean = requireName(name, "name");
		int position = levels(atelierId).size() + 1;
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into escalation_level (atelier_id, position, name, seats, scope) values (:a, :p, :n, :s, :c)")
			.param("a", atelierId).param("p", position).param("n", clean).param("s", RoleInput.blankToNull(seats))
			.param("c", RoleInput.blankToNull(scope)).update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(atelierId, AUDIT_LEVEL, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("name", null, clean).field("position", null, position).field("seats", null, RoleInput.blankToNull(seats))
			.field("scope", null, RoleInput.blankToNull(scope)));
		return level(atelierId, id);
	}

	@Transactional
	public EscalationLevel updateLevel(long atelierId, long levelId, int expectedVersion, @Nullable String name,
			@Nullable String seats, @Nullable String scope) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		EscalationLevel before = level(atelierId, levelId);
		String clean = requireName(name, "name");
		int changed = jdbc.sql("""
				update escalation_level set name = :n, seats = :s, scope = :c, version = version + 1
				where id = :id and atelier_id = :a and version = :v""")
			.param("n", clean).param("s", RoleInput.blankToNull(seats)).param("c", RoleInput.blankToNull(scope))
			.param("id", levelId).param("a", atelierId).param("v", expectedVersion).update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("level changed meanwhile");
		}
		audit.record(atelierId, AUDIT_LEVEL, String.valueOf(levelId), AuditAction.UPDATED, new ChangeSet()
			.field("name", before.name(), clean).field("seats", before.seats(), RoleInput.blankToNull(seats))
			.field("scope", before.scope(), RoleInput.blankToNull(scope)));
		return level(atelierId, levelId);
	}

	/** Moves a level one place up (towards the top of the route) or down. */
	@Transactional
	public void moveLevel(long atelierId, long levelId, boolean up) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		List<EscalationLevel> route = new ArrayList<>(levels(atelierId));
		int index = -1;
		for (int i = 0; i < route.size(); i++) {
			if (route.get(i).id() == levelId) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("escalation level");
		}
		int other = up ? index + 1 : index - 1;
		if (other < 0 || other >= route.size()) {
			return;
		}
		java.util.Collections.swap(route, index, other);
		renumber(route);
		audit.record(atelierId, AUDIT_LEVEL, String.valueOf(levelId), AuditAction.UPDATED,
				new ChangeSet().field("position", index + 1, other + 1));
	}

	@Transactional
	public void removeLevel(long atelierId, long levelId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		EscalationLevel before = level(atelierId, levelId);
		jdbc.sql("update decision set escalation_level_id = null where escalation_level_id = :id").param("id", levelId)
			.update();
		jdbc.sql("delete from escalation_level where id = :id and atelier_id = :a").param("id", levelId)
			.param("a", atelierId).update();
		renumber(levels(atelierId));
		audit.record(atelierId, AUDIT_LEVEL, String.valueOf(levelId), AuditAction.DELETED,
				new ChangeSet().field("name", before.name(), null));
	}

	@Transactional(readOnly = true)
	public EscalationLevel level(long atelierId, long levelId) {
		return levels(atelierId).stream().filter(l -> l.id() == levelId).findFirst()
			.orElseThrow(() -> new NotFoundException("escalation level"));
	}

	private void renumber(List<EscalationLevel> route) {
		for (int i = 0; i < route.size(); i++) {
			jdbc.sql("update escalation_level set position = :p where id = :id").param("p", i + 1)
				.param("id", route.get(i).id()).update();
		}
	}

	// --- strategies served

	@Transactional(readOnly = true)
	public List<StrategyLink> strategyLinks(long atelierId) {
		access.requireMember(atelierId);
		return strategyLinksUnchecked(atelierId);
	}

	@Transactional
	public StrategyLink addStrategyLink(long atelierId, @Nullable String title, @Nullable String owner,
			@Nullable String url) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		List<FieldProblem.Violation> problems = new ArrayList<>();
		String cleanTitle = RoleInput.blankToNull(title);
		if (cleanTitle == null) {
			problems.add(new FieldProblem.Violation("title", "governance.link.title.required"));
		}
		else if (cleanTitle.length() > 300) {
			problems.add(new FieldProblem.Violation("title", "governance.tooLong", 300));
		}
		String cleanOwner = RoleInput.blankToNull(owner);
		if (cleanOwner != null && cleanOwner.length() > 200) {
			problems.add(new FieldProblem.Violation("owner", "governance.tooLong", 200));
		}
		String cleanUrl = RoleInput.blankToNull(url);
		if (cleanUrl != null && !webAddress(cleanUrl)) {
			problems.add(new FieldProblem.Violation("url", "governance.link.url.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblem(problems);
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into strategy_link (atelier_id, title, owner, url) values (:a, :t, :o, :u)")
			.param("a", atelierId).param("t", cleanTitle).param("o", cleanOwner).param("u", cleanUrl)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(atelierId, AUDIT_LINK, String.valueOf(id), AuditAction.CREATED, new ChangeSet()
			.field("title", null, cleanTitle).field("owner", null, cleanOwner).field("url", null, cleanUrl));
		return strategyLinks(atelierId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void removeStrategyLink(long atelierId, long linkId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		StrategyLink before = strategyLinks(atelierId).stream().filter(l -> l.id() == linkId).findFirst()
			.orElseThrow(() -> new NotFoundException("strategy link"));
		jdbc.sql("delete from strategy_link where id = :id and atelier_id = :a").param("id", linkId)
			.param("a", atelierId).update();
		audit.record(atelierId, AUDIT_LINK, String.valueOf(linkId), AuditAction.DELETED,
				new ChangeSet().field("title", before.title(), null));
	}

	/** Only absolute http and https addresses: no javascript:, no data:, no relative paths. */
	static boolean webAddress(String url) {
		if (url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	private static String requireName(@Nullable String name, String field) {
		String clean = RoleInput.blankToNull(name);
		if (clean == null) {
			throw new FieldProblem(field, "governance.level.name.required");
		}
		if (clean.length() > 200) {
			throw new FieldProblem(field, "governance.tooLong", 200);
		}
		return clean;
	}

	/** Members by id, for pick lists. */
	Map<Long, MemberView> membersById(long atelierId) {
		return members.list(atelierId).stream().collect(Collectors.toMap(MemberView::userId, Function.identity()));
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	Optional<Mandate> mandateUnchecked(long atelierId) {
		Mandate m = findMandate(atelierId);
		return m.recorded() ? Optional.of(m) : Optional.empty();
	}

	List<EscalationLevel> levelsUnchecked(long atelierId) {
		return jdbc.sql("select * from escalation_level where atelier_id = :a order by position, id").param("a", atelierId)
			.query((rs, n) -> new EscalationLevel(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
					rs.getString("seats"), rs.getString("scope"), rs.getInt("version")))
			.list();
	}

	List<StrategyLink> strategyLinksUnchecked(long atelierId) {
		return jdbc.sql("select * from strategy_link where atelier_id = :a order by title, id").param("a", atelierId)
			.query((rs, n) -> new StrategyLink(rs.getLong("id"), rs.getString("title"), rs.getString("owner"),
					rs.getString("url"), rs.getInt("version")))
			.list();
	}

	List<GovernanceRole> rolesUnchecked(long atelierId) {
		return flagged(rawRoles(atelierId), today());
	}
}
