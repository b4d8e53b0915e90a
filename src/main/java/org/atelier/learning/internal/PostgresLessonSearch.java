package org.atelier.learning.internal;

import java.util.Collection;
import java.util.List;

import org.atelier.learning.LessonFilter;
import org.atelier.learning.LessonSearch;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lesson search on PostgreSQL: the generated, weighted {@code search_vector} of each lesson (in the
 * text search configuration of its language, GIN-indexed), matched with the query parsed in that
 * same configuration, ranked by {@code ts_rank} and marked by {@code ts_headline}.
 */
class PostgresLessonSearch implements LessonSearch {

	private static final String MARKS = "StartSel=" + Highlighter.START + ", StopSel=" + Highlighter.STOP
			+ ", HighlightAll=true";

	private final JdbcClient jdbc;

	PostgresLessonSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void index(long lessonId, Text text) {
		// The vector is a generated column: PostgreSQL keeps it in step by itself.
	}

	@Override
	public List<Match> search(LessonFilter filter, Collection<Long> memberAteliers) {
		String sql = """
				select l.id, ts_rank(l.search_vector, x.query) as score,
				       ts_headline(x.cfg, l.title, x.query, :marks) as title_marked,
				       ts_headline(x.cfg, l.summary, x.query, :marks) as summary_marked
				from lesson l
				cross join lateral (
				    select c.cfg, plainto_tsquery(c.cfg, :q) as query
				    from (select case l.language when 'nl' then 'dutch'::regconfig
				                                 when 'es' then 'spanish'::regconfig
				                                 else 'english'::regconfig end as cfg) c
				) x
				where l.search_vector @@ x.query and""" + LessonScope.where(filter) + """

				order by score desc, l.lesson_date desc, l.id desc""";
		return LessonScope.bind(jdbc.sql(sql).param("q", filter.query()).param("marks", MARKS), filter, memberAteliers)
			.query((rs, i) -> new Match(rs.getLong("id"), rs.getDouble("score"),
					Highlighter.fromMarkers(rs.getString("title_marked")),
					Highlighter.fromMarkers(rs.getString("summary_marked"))))
			.list();
	}
}
