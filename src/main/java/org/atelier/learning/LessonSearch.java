package org.atelier.learning;

import java.util.Collection;
import java.util.List;

/**
 * Full-text search over lessons, with one adapter per database: PostgreSQL's own text search and a
 * light stemmer over a term table for H2. The adapter is chosen from the database at start-up.
 * Both apply the same visibility rule: a lesson is found only when it belongs to one of the
 * reader's ateliers or is not restricted to members.
 */
public interface LessonSearch {

	/** A found lesson with its score and its title and summary as escaped HTML with {@code <mark>}ed words. */
	record Match(long lessonId, double score, String titleHtml, String summaryHtml) {
	}

	/** The searchable text of a lesson, by weight: title, summary, tags, then the body fields. */
	record Text(LessonLanguage language, String title, String summary, String tags, String body) {
	}

	/** Keeps the adapter's index of a lesson in step after it was written (inside the same transaction). */
	void index(long lessonId, Text text);

	/**
	 * The lessons matching every word of {@code filter.query()} (not blank) and its filters, among
	 * the lessons of {@code memberAteliers} and the lessons open to the installation, best first.
	 */
	List<Match> search(LessonFilter filter, Collection<Long> memberAteliers);
}
