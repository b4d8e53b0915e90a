package org.atelier.learning;

/**
 * One search result: the lesson, its relevance score (higher is better) and its title and summary
 * as safe HTML, escaped, with the matched words wrapped in {@code <mark>}.
 */
public record LessonHit(LessonView lesson, double score, String titleHtml, String summaryHtml) {
}
