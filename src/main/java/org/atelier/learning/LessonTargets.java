package org.atelier.learning;

import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets other modules' records (a decision it informed, say) point at a lesson of the same atelier
 * (kind {@code lesson}).
 */
@Component
class LessonTargets implements LinkTargetSource {

	private final JdbcClient jdbc;

	LessonTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "lesson";
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, title from lesson where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(rs.getLong("id"), rs.getString("title"))).optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, title from lesson where atelier_id = :a order by id desc").param("a", atelierId)
			.query((rs, n) -> target(rs.getLong("id"), rs.getString("title"))).list();
	}

	private static LinkTarget target(long id, String title) {
		return new LinkTarget("lesson", id, title, "/lessons/" + id);
	}
}
