package org.atelier.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.atelier.atelier.AtelierAccess;
import org.atelier.atelier.AtelierRole;
import org.atelier.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session series an atelier means to hold: carried over from the atelier it was started from, and
 * offered on the sessions page ("plan the first session") until a session of the series exists.
 */
@Service
public class SeriesPlans {

	/** A series to start: its name, kind, purpose, usual length and building blocks. */
	public record SeriesPlan(long id, String series, String kind, @Nullable String purpose, int durationMinutes,
			@Nullable String buildingBlocks) {
	}

	private final AtelierAccess access;
	private final JdbcClient jdbc;
	private final Clock clock;

	SeriesPlans(AtelierAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The plans of series that have no session in the atelier yet. */
	@Transactional(readOnly = true)
	public List<SeriesPlan> open(long atelierId) {
		access.requireMember(atelierId);
		return jdbc.sql("""
				select * from session_series_plan p where p.atelier_id = :a and not exists (select 1 from activity_session s
				where s.atelier_id = p.atelier_id and s.series = p.series) order by p.series""").param("a", atelierId)
			.query((rs, n) -> new SeriesPlan(rs.getLong("id"), rs.getString("series"), rs.getString("kind"),
					rs.getString("purpose"), rs.getInt("duration_minutes"), rs.getString("building_blocks")))
			.list();
	}

	@Transactional(readOnly = true)
	public SeriesPlan get(long atelierId, long planId) {
		return open(atelierId).stream().filter(p -> p.id() == planId).findFirst()
			.orElseThrow(() -> new NotFoundException("series-plan"));
	}

	/** Drops a plan the atelier will not follow. */
	@Transactional
	public void dismiss(long atelierId, long planId) {
		access.requireEditable(atelierId, AtelierRole.PARTNER);
		if (jdbc.sql("delete from session_series_plan where id = :p and atelier_id = :a").param("p", planId)
			.param("a", atelierId).update() == 0) {
			throw new NotFoundException("series-plan");
		}
	}

	/**
	 * Plans in {@code replicaId} every series held in {@code sourceId}, as its latest session
	 * describes it (kind, purpose, length, building blocks); the caller has checked access.
	 */
	void carryOver(long sourceId, long replicaId) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		List<String> series = jdbc.sql("""
				select distinct series from activity_session where atelier_id = :a and series is not null
				and series not in (select p.series from session_series_plan p where p.atelier_id = :r)
				order by series""").param("a", sourceId).param("r", replicaId).query(String.class).list();
		for (String name : series) {
			jdbc.sql("""
					select kind, purpose, duration_minutes, building_blocks from activity_session
					where atelier_id = :a and series = :s order by starts_at desc, id desc fetch first 1 rows only""")
				.param("a", sourceId).param("s", name)
				.query((rs, n) -> jdbc.sql("""
						insert into session_series_plan (atelier_id, series, kind, purpose, duration_minutes,
						building_blocks, created_at) values (:r, :s, :k, :p, :d, :b, :now)""")
					.param("r", replicaId).param("s", name).param("k", rs.getString("kind"))
					.param("p", trim(rs.getString("purpose"))).param("d", rs.getInt("duration_minutes"))
					.param("b", rs.getString("building_blocks")).param("now", now).update())
				.list();
		}
	}

	private static @Nullable String trim(@Nullable String purpose) {
		return purpose == null || purpose.length() <= 4000 ? purpose : purpose.substring(0, 4000);
	}
}
