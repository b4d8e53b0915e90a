package org.atelier.hypothesis;

import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets other modules' records (a decision, a session) point at hypotheses (kind {@code hypothesis}). */
@Component
class HypothesisTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	HypothesisTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return Hypotheses.LINK_KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, statement from hypothesis where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("statement")))
			.optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, statement from hypothesis where atelier_id = :a order by id desc")
			.param("a", atelierId)
			.query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("statement"))).list();
	}

	private static LinkTarget target(long atelierId, long id, String statement) {
		return new LinkTarget(Hypotheses.LINK_KIND, id, statement, "/ateliers/" + atelierId + "/hypotheses/" + id);
	}
}
