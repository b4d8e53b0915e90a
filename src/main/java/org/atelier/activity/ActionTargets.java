package org.atelier.activity;

import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets other modules' records point at a follow-up action (kind {@code action}). */
@Component
class ActionTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	ActionTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return ActionRegister.LINK_KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, title from follow_up_action where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("title")))
			.optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, title from follow_up_action where atelier_id = :a order by id desc")
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs.getLong("id"), rs.getString("title"))).list();
	}

	private static LinkTarget target(long atelierId, long id, String title) {
		return new LinkTarget(ActionRegister.LINK_KIND, id, title, "/ateliers/" + atelierId + "/actions/" + id);
	}
}
