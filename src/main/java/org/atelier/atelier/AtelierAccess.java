package org.atelier.atelier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.atelier.identity.CurrentUser;
import org.atelier.method.Phase;
import org.atelier.shared.ConflictException;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may see and change what inside an atelier: the rule every module applies before it reads or
 * writes anything that belongs to an atelier. A person who is not a member learns nothing, not
 * even that the atelier exists (404); a member whose role is too weak is refused (403); an
 * archived atelier is read-only (409) until a coordinator restores it. Installation
 * administrators act as coordinators of every atelier.
 */
@Service
public class AtelierAccess {

	private final JdbcClient jdbc;

	AtelierAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The signed-in person's effective role in the atelier; empty when they may not see it or it does not exist. */
	public Optional<AtelierRole> roleOf(long atelierId) {
		return standing(atelierId).flatMap(Standing::role);
	}

	/** The role a given user holds as a member (administrator rights not included). */
	public Optional<AtelierRole> memberRoleOf(long atelierId, long userId) {
		return jdbc.sql("select role from atelier_member where atelier_id = :a and user_id = :u")
			.param("a", atelierId).param("u", userId)
			.query(String.class).optional().map(AtelierRole::valueOf);
	}

	/** The signed-in person's role; a non-member (or a missing atelier) gets {@link NotFoundException}. */
	public AtelierRole requireMember(long atelierId) {
		return roleOf(atelierId).orElseThrow(() -> new NotFoundException("atelier"));
	}

	/** Like {@link #requireMember}, and a weaker role than {@code minimum} gets {@link AccessDeniedException}. */
	public AtelierRole requireRole(long atelierId, AtelierRole minimum) {
		AtelierRole role = requireMember(atelierId);
		if (!role.includes(minimum)) {
			throw new AccessDeniedException("needs role " + minimum);
		}
		return role;
	}

	/**
	 * For changes inside an atelier: like {@link #requireRole}, and an archived atelier refuses
	 * with a {@link ConflictException} ({@code atelier.archived}).
	 */
	public AtelierRole requireEditable(long atelierId, AtelierRole minimum) {
		Standing standing = standing(atelierId).filter(s -> s.role().isPresent())
			.orElseThrow(() -> new NotFoundException("atelier"));
		AtelierRole role = standing.role().orElseThrow();
		if (!role.includes(minimum)) {
			throw new AccessDeniedException("needs role " + minimum);
		}
		if (standing.archived()) {
			throw new ConflictException("atelier.archived");
		}
		return role;
	}

	/** The active ateliers the signed-in person is a member of, most recently changed first. */
	public List<AtelierSummary> myAteliers() {
		CurrentUser me = CurrentUser.require();
		return jdbc.sql(SUMMARY + """
				join atelier_member m on m.atelier_id = a.id and m.user_id = :u
				where a.archived = false
				order by a.updated_at desc, a.id desc""")
			.param("u", me.id())
			.query((rs, i) -> summary(rs, me))
			.list();
	}

	/**
	 * Every atelier the signed-in person may see, by city and name: their own, or all of them for
	 * an administrator. Archived ones only when asked for.
	 */
	public List<AtelierSummary> visible(boolean includeArchived) {
		CurrentUser me = CurrentUser.require();
		String join = me.admin() ? "left join atelier_member m on m.atelier_id = a.id and m.user_id = :u"
				: "join atelier_member m on m.atelier_id = a.id and m.user_id = :u";
		return jdbc.sql(SUMMARY + join + (includeArchived ? "" : " where a.archived = false")
				+ " order by lower(a.city), lower(a.name), a.id")
			.param("u", me.id())
			.query((rs, i) -> summary(rs, me))
			.list();
	}

	private static final String SUMMARY = """
			select a.id, a.name, a.city, a.district, a.theme, a.phase, a.archived, a.updated_at, m.role
			from atelier a
			""";

	private static AtelierSummary summary(java.sql.ResultSet rs, CurrentUser me) throws java.sql.SQLException {
		String roleName = rs.getString("role");
		AtelierRole memberRole = roleName == null ? null : AtelierRole.valueOf(roleName);
		return new AtelierSummary(rs.getLong("id"), rs.getString("name"), rs.getString("city"),
				rs.getString("district"), Theme.valueOf(rs.getString("theme")), Phase.valueOf(rs.getString("phase")),
				rs.getBoolean("archived"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(), memberRole,
				effective(memberRole, me));
	}

	private Optional<Standing> standing(long atelierId) {
		CurrentUser me = CurrentUser.get();
		if (me == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select a.archived, m.role from atelier a
				left join atelier_member m on m.atelier_id = a.id and m.user_id = :u
				where a.id = :a""")
			.param("a", atelierId).param("u", me.id())
			.query((rs, i) -> {
				String roleName = rs.getString("role");
				AtelierRole memberRole = roleName == null ? null : AtelierRole.valueOf(roleName);
				return new Standing(rs.getBoolean("archived"),
						Optional.ofNullable(memberRole == null && !me.admin() ? null : effective(memberRole, me)));
			})
			.optional();
	}

	/** The role someone acts with: administrators act as coordinators everywhere. */
	static AtelierRole effective(@Nullable AtelierRole memberRole, CurrentUser user) {
		if (user.admin()) {
			return AtelierRole.COORDINATOR;
		}
		if (memberRole == null) {
			throw new IllegalArgumentException("not a member");
		}
		return memberRole;
	}

	private record Standing(boolean archived, Optional<AtelierRole> role) {
	}
}
