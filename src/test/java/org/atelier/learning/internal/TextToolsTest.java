package org.atelier.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.atelier.learning.LessonLanguage;
import org.junit.jupiter.api.Test;

/** The light stemmer behind the H2 search, and the highlighting that both adapters' results go through. */
class TextToolsTest {

	@Test
	void pluralsMeetTheirSingularInEachLanguage() {
		assertThat(Stemmer.stem("renovations", LessonLanguage.EN)).isEqualTo(Stemmer.stem("renovation", LessonLanguage.EN));
		assertThat(Stemmer.stem("batteries", LessonLanguage.EN)).isEqualTo(Stemmer.stem("battery", LessonLanguage.EN));
		assertThat(Stemmer.stem("woningen", LessonLanguage.NL)).isEqualTo(Stemmer.stem("woning", LessonLanguage.NL));
		assertThat(Stemmer.stem("daken", LessonLanguage.NL)).isEqualTo("daken");
		assertThat(Stemmer.stem("viviendas", LessonLanguage.ES)).isEqualTo(Stemmer.stem("vivienda", LessonLanguage.ES));
		assertThat(Stemmer.stem("ciudades", LessonLanguage.ES)).isEqualTo(Stemmer.stem("ciudad", LessonLanguage.ES));
	}

	@Test
	void wordsAreFoldedToLowerCaseWithoutAccents() {
		assertThat(Stemmer.words("Energía, coöperatie & RENOVATION!")).containsExactly("energia", "cooperatie", "renovation");
		assertThat(Stemmer.stem("Participación", LessonLanguage.ES)).isEqualTo("participacion");
	}

	@Test
	void stemmingStaysShortOfEmptyingShortWords() {
		assertThat(Stemmer.stem("gas", LessonLanguage.EN)).isEqualTo("gas");
		assertThat(Stemmer.stem("bus", LessonLanguage.EN)).isEqualTo("bus");
		assertThat(Stemmer.stem("is", LessonLanguage.NL)).isEqualTo("is");
	}

	@Test
	void matchedWordsAreMarkedAndEverythingElseEscaped() {
		Set<String> wanted = Set.of(Stemmer.stem("renovation", LessonLanguage.EN));
		String html = Highlighter.mark("<script>alert(1)</script> Renovations & \"heat\"",
				w -> wanted.contains(Stemmer.stem(w, LessonLanguage.EN)));
		assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Renovations</mark> &amp; &quot;heat&quot;");
	}

	@Test
	void aMarkedWordCannotSmuggleMarkup() {
		String html = Highlighter.mark("<b>onclick=x</b>", w -> w.equals("b"));
		assertThat(html).doesNotContain("<b>").contains("&lt;<mark>b</mark>&gt;");
	}

	@Test
	void databaseMarkersBecomeMarksAndTheTextIsEscaped() {
		String marked = "<img src=x onerror=alert(1)> " + Highlighter.START + "woningen" + Highlighter.STOP + " & meer";
		assertThat(Highlighter.fromMarkers(marked))
			.isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>woningen</mark> &amp; meer");
	}

	@Test
	void anUnclosedOrStrayMarkerNeverLeavesMarkupOpen() {
		assertThat(Highlighter.fromMarkers(Highlighter.STOP + "a" + Highlighter.START + "b")).isEqualTo("a<mark>b</mark>");
	}
}
