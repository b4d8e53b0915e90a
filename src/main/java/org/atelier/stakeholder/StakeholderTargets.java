package org.atelier.stakeholder;

import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets other modules' records (a decision, say) point at an organisation of the register (kind {@code stakeholder}). */
@Component
class StakeholderTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	StakeholderTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "stakeholder";
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, name from stakeholder where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("name"))).optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, name from stakeholder where atelier_id = :a order by name").param("a", atelierId)
			.query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("name"))).list();
	}

	private static LinkTarget target(long atelierId, long id, String name) {
		return new LinkTarget("stakeholder", id, name, "/ateliers/" + atelierId + "/stakeholders/" + id);
	}
}
