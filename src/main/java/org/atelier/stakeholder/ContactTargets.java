package org.atelier.stakeholder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets other modules' records (a session's participants, say) point at a contact person (kind
 * {@code contact}). The name is read at the moment it is shown, so an erased contact appears as
 * erased everywhere; erased contacts are no longer offered in pick lists.
 */
@Component
class ContactTargets implements LinkTargetSource {

	static final String KIND = "contact";
	/** The title of an erased contact; pages show their localized "erased contact" for it. */
	public static final String ERASED = "";

	private final JdbcClient jdbc;

	ContactTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("""
				select c.id, c.name, c.erased, s.id as stakeholder_id, s.name as organisation
				from stakeholder_contact c join stakeholder s on s.id = c.stakeholder_id
				where c.id = :id and s.atelier_id = :a""")
			.param("id", id).param("a", atelierId).query((rs, n) -> target(atelierId, rs)).optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("""
				select c.id, c.name, c.erased, s.id as stakeholder_id, s.name as organisation
				from stakeholder_contact c join stakeholder s on s.id = c.stakeholder_id
				where s.atelier_id = :a and c.erased = false order by lower(c.name), c.id""")
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs)).list();
	}

	private static LinkTarget target(long atelierId, ResultSet rs) throws SQLException {
		String title = rs.getBoolean("erased") ? ERASED : rs.getString("name") + " (" + rs.getString("organisation") + ")";
		return new LinkTarget(KIND, rs.getLong("id"), title,
				"/ateliers/" + atelierId + "/stakeholders/" + rs.getLong("stakeholder_id"));
	}
}
