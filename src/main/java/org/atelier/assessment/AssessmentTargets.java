package org.atelier.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.atelier.shared.links.LinkTarget;
import org.atelier.shared.links.LinkTargetSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets other modules' records point at an assessment (kind {@code assessment}): a follow-up
 * action taking up one of its suggestions names it as its origin.
 */
@Component
class AssessmentTargets implements LinkTargetSource {

	static final String KIND = "assessment";

	private final JdbcClient jdbc;

	AssessmentTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<LinkTarget> find(long atelierId, long id) {
		return jdbc.sql("select id, phase, opened_at from assessment where id = :id and atelier_id = :a").param("id", id)
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs)).optional();
	}

	@Override
	public List<LinkTarget> candidates(long atelierId) {
		return jdbc.sql("select id, phase, opened_at from assessment where atelier_id = :a order by opened_at desc, id desc")
			.param("a", atelierId).query((rs, n) -> target(atelierId, rs)).list();
	}

	/** The title names the phase key and the day it was opened, e.g. {@code ESTABLISHING 2026-11-02}. */
	private static LinkTarget target(long atelierId, ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		String day = rs.getObject("opened_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
			.toString();
		String phase = rs.getString("phase");
		String title = phase.charAt(0) + phase.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + day;
		return new LinkTarget(KIND, id, title, "/ateliers/" + atelierId + "/assessments/" + id + "/results");
	}
}
