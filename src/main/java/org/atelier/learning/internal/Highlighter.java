package org.atelier.learning.internal;

import java.util.function.Predicate;
import java.util.regex.Matcher;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns plain text into safe HTML for a result list: everything escaped, the matched words
 * wrapped in {@code <mark>}. Nothing of the text itself can become markup.
 */
public final class Highlighter {

	/** Start and stop markers the database puts around matched words; never kept in output. */
	public static final char START = '\uE000';
	public static final char STOP = '\uE001';

	private Highlighter() {
	}

	/** Escapes {@code text} and marks every word the predicate accepts (given the word as written). */
	public static String mark(String text, Predicate<String> matches) {
		StringBuilder html = new StringBuilder();
		Matcher m = Stemmer.WORD.matcher(text);
		int last = 0;
		while (m.find()) {
			html.append(escape(text.substring(last, m.start())));
			String word = m.group();
			if (matches.test(word)) {
				html.append("<mark>").append(escape(word)).append("</mark>");
			}
			else {
				html.append(escape(word));
			}
			last = m.end();
		}
		html.append(escape(text.substring(last)));
		return html.toString();
	}

	/** Escapes text in which the database marked matches with {@link #START} and {@link #STOP}. */
	public static String fromMarkers(String marked) {
		StringBuilder html = new StringBuilder();
		StringBuilder run = new StringBuilder();
		boolean open = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				html.append(escape(run.toString()));
				run.setLength(0);
				if (c == START && !open) {
					html.append("<mark>");
					open = true;
				}
				else if (c == STOP && open) {
					html.append("</mark>");
					open = false;
				}
			}
			else {
				run.append(c);
			}
		}
		html.append(escape(run.toString()));
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** Escaped text without any marks. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
