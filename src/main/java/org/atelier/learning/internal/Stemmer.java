package org.atelier.learning.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.learning.LessonLanguage;

/**
 * A light stemmer for English, Dutch and Spanish: lower case without accents, and the common
 * plural and inflection endings removed, so that "renovations" meets "renovation", "woningen"
 * meets "woning" and "viviendas" meets "vivienda". Far simpler than Snowball, enough to search
 * lessons on a database without its own text search.
 */
public final class Stemmer {

	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private Stemmer() {
	}

	/** The words of a text, lower case and without accents, in order. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(fold(m.group()));
		}
		return words;
	}

	/** Lower case without diacritics. */
	public static String fold(String word) {
		String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "");
	}

	/** The stem of one word in the given language. */
	public static String stem(String word, LessonLanguage language) {
		String w = fold(word);
		return switch (language) {
			case EN -> english(w);
			case NL -> dutch(w);
			case ES -> spanish(w);
		};
	}

	private static String english(String w) {
		if (w.length() > 4 && w.endsWith("ies")) {
			w = w.substring(0, w.length() - 3) + "y";
		}
		else if (w.endsWith("sses")) {
			w = w.substring(0, w.length() - 2);
		}
		else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.length() > 6 && w.endsWith("ing")) {
			w = w.substring(0, w.length() - 3);
		}
		else if (w.length() > 5 && w.endsWith("ed")) {
			w = w.substring(0, w.length() - 2);
		}
		return w;
	}

	private static String dutch(String w) {
		if (w.length() > 5 && w.endsWith("en")) {
			w = w.substring(0, w.length() - 2);
			if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) {
				w = w.substring(0, w.length() - 1);
			}
		}
		else if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
			w = w.substring(0, w.length() - 1);
		}
		return w;
	}

	private static String spanish(String w) {
		if (w.length() > 5 && w.endsWith("es")) {
			return w.substring(0, w.length() - 2);
		}
		if (w.length() > 4 && w.endsWith("s")) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}
}
