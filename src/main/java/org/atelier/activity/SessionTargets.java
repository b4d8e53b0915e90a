package org.atelier.activity;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets other modules' records (evidence of a hypothesis, a decision, an action) point at a session (kind {@code session}). */
@Component
class SessionTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	SessionTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Sessions.LINK_KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, title, starts_at, time_zone from activity_session where id = :id and atelier_id = :a")
			.param("id", id).param("a", atelierId).query((rs, n) -> target(atelierId, rs)).optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, title, starts_at, time_zone from activity_session where atelier_id = :a"
				+ " order by starts_at desc, id desc")
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs)).list();
	}

	private static LinkTarget target(long atelierId, java.sql.ResultSet rs) throws java.sql.SQLException {
		var day = rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(ZoneId.of(rs.getString("time_zone")))
			.toLocalDate();
		long id = rs.getLong("id");
		return new LinkTarget(Sessions.LINK_KIND, id, rs.getString("title") + " (" + day + ")",
				"/ateliers/" + atelierId + "/sessions/" + id);
	}
}
