package org.atelier.learning.internal;

import java.util.Collection;
import java.util.List;

import org.atelier.learning.LessonFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visibility rule and the filters of a lesson search as SQL over the alias {@code l}: shared by
 * both adapters, so that neither can show more than the other.
 */
final class LessonScope {

	private LessonScope() {
	}

	static String where(LessonFilter filter) {
		StringBuilder sql = new StringBuilder(" (l.atelier_id in (:mine) or l.visibility <> 'MEMBERS')");
		if (filter.phase() != null) {
			sql.append(" and l.phase = :phase");
		}
		if (filter.theme() != null) {
			sql.append(" and l.theme = :theme");
		}
		if (filter.city() != null) {
			sql.append(" and lower(l.city) = lower(:city)");
		}
		if (filter.block() != null) {
			sql.append(" and exists (select 1 from lesson_block b where b.lesson_id = l.id and b.block = :block)");
		}
		return sql.toString();
	}

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, LessonFilter filter, Collection<Long> mine) {
		spec = spec.param("mine", mine.isEmpty() ? List.of(-1L) : List.copyOf(mine));
		if (filter.phase() != null) {
			spec = spec.param("phase", filter.phase().name());
		}
		if (filter.theme() != null) {
			spec = spec.param("theme", filter.theme().name());
		}
		if (filter.city() != null) {
			spec = spec.param("city", filter.city());
		}
		if (filter.block() != null) {
			spec = spec.param("block", filter.block().name());
		}
		return spec;
	}
}
