package org.atelier.governance;

import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets other modules' records point at decisions (kind {@code decision}). */
@Component
class DecisionTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	DecisionTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return DecisionLog.LINK_KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, title from decision where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("title")))
			.optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, title from decision where atelier_id = :a order by id desc").param("a", atelierId)
			.query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("title"))).list();
	}

	private static LinkTarget target(long atelierId, long id, String title) {
		return new LinkTarget(DecisionLog.LINK_KIND, id, title, "/ateliers/" + atelierId + "/decisions/" + id);
	}
}
