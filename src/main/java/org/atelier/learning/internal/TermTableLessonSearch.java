package org.atelier.learning.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.learning.LessonFilter;
import org.atelier.learning.LessonLanguage;
import org.atelier.learning.LessonSearch;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lesson search for databases without text search (H2): each lesson's words are stemmed in its
 * language by {@link Stemmer} and kept in {@code lesson_term} with the weight of their field
 * (title 8, summary 4, tags 2, body 1). A lesson matches when every query word, stemmed in the
 * lesson's language, is among its terms; its score is the sum of the matched weights.
 */
class TermTableLessonSearch implements LessonSearch {

	static final int TITLE = 8;
	static final int SUMMARY = 4;
	static final int TAGS = 2;
	static final int BODY = 1;

	private final JdbcClient jdbc;

	TermTableLessonSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void index(long lessonId, Text text) {
		jdbc.sql("delete from lesson_term where lesson_id = :id").param("id", lessonId).update();
		Map<String, Set<Integer>> terms = new HashMap<>();
		add(terms, text.title(), TITLE, text.language());
		add(terms, text.summary(), SUMMARY, text.language());
		add(terms, text.tags(), TAGS, text.language());
		add(terms, text.body(), BODY, text.language());
		terms.forEach((term, weights) -> weights.forEach(weight -> jdbc
			.sql("insert into lesson_term (lesson_id, term, weight) values (:id, :term, :weight)")
			.param("id", lessonId).param("term", term).param("weight", weight).update()));
	}

	private static void add(Map<String, Set<Integer>> terms, String text, int weight, LessonLanguage language) {
		for (String word : Stemmer.words(text)) {
			String stem = Stemmer.stem(word, language);
			if (stem.length() > 1 && stem.length() <= 80) {
				terms.computeIfAbsent(stem, k -> new LinkedHashSet<>()).add(weight);
			}
		}
	}

	private record Row(long lessonId, LessonLanguage language, String title, String summary, String term, int weight,
			java.time.LocalDate date) {
	}

	@Override
	public List<Match> search(LessonFilter filter, Collection<Long> memberAteliers) {
		List<String> words = Stemmer.words(filter.query()).stream().distinct().toList();
		if (words.isEmpty()) {
			return List.of();
		}
		Set<String> stems = new LinkedHashSet<>();
		for (String w : words) {
			for (LessonLanguage language : LessonLanguage.values()) {
				stems.add(Stemmer.stem(w, language));
			}
		}
		String sql = """
				select l.id, l.language, l.title, l.summary, l.lesson_date, t.term, t.weight
				from lesson_term t join lesson l on l.id = t.lesson_id
				where t.term in (:stems) and""" + LessonScope.where(filter);
		List<Row> rows = LessonScope.bind(jdbc.sql(sql).param("stems", List.copyOf(stems)), filter, memberAteliers)
			.query((rs, i) -> new Row(rs.getLong("id"), LessonLanguage.parse(rs.getString("language")).orElseThrow(),
					rs.getString("title"), rs.getString("summary"), rs.getString("term"), rs.getInt("weight"),
					rs.getObject("lesson_date", java.time.LocalDate.class)))
			.list();
		Map<Long, List<Row>> byLesson = new HashMap<>();
		for (Row row : rows) {
			byLesson.computeIfAbsent(row.lessonId(), k -> new ArrayList<>()).add(row);
		}
		List<Ranked> ranked = new ArrayList<>();
		for (List<Row> lessonRows : byLesson.values()) {
			Row first = lessonRows.getFirst();
			Set<String> wanted = new LinkedHashSet<>();
			for (String w : words) {
				wanted.add(Stemmer.stem(w, first.language()));
			}
			double score = 0;
			Set<String> found = new LinkedHashSet<>();
			for (Row row : lessonRows) {
				if (wanted.contains(row.term())) {
					score += row.weight();
					found.add(row.term());
				}
			}
			if (found.size() == wanted.size()) {
				LessonLanguage language = first.language();
				var marks = (java.util.function.Predicate<String>) word -> wanted.contains(Stemmer.stem(word, language));
				ranked.add(new Ranked(new Match(first.lessonId(), score, Highlighter.mark(first.title(), marks),
						Highlighter.mark(first.summary(), marks)), first.date()));
			}
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.match().score())
			.thenComparing(Ranked::date, Comparator.reverseOrder())
			.thenComparing(r -> -r.match().lessonId()));
		return ranked.stream().map(Ranked::match).toList();
	}

	private record Ranked(Match match, java.time.LocalDate date) {
	}
}
