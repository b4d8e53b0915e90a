package org.atelier.learning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readiness rule "lessons are documented and used": enough lessons, and at least one of them used. */
class LessonsDocumentedTest {

	@Test
	void tooFewLessonsIsNotMetAndSaysHowMany() {
		var finding = LessonsDocumented.judge(7, new LessonBook.Usage(2, 2), 3);
		assertThat(finding.met()).isFalse();
		assertThat(finding.detailKey()).isEqualTo("learning.readiness.tooFew");
		assertThat(finding.detailArgs()).containsExactly(2L, 3);
		assertThat(finding.fixPath()).isEqualTo("/ateliers/7/lessons");
	}

	@Test
	void enoughLessonsOfWhichNoneWasUsedIsNotMet() {
		var finding = LessonsDocumented.judge(7, new LessonBook.Usage(5, 0), 3);
		assertThat(finding.met()).isFalse();
		assertThat(finding.detailKey()).isEqualTo("learning.readiness.unused");
	}

	@Test
	void enoughLessonsWithOneUsedIsMet() {
		var finding = LessonsDocumented.judge(7, new LessonBook.Usage(3, 1), 3);
		assertThat(finding.met()).isTrue();
		assertThat(finding.detailArgs()).containsExactly(3L, 1L);
	}

	@Test
	void theMinimumDefaultsToThreeAndNeverDropsBelowOne() {
		assertThat(LessonsDocumented.minimum(null)).isEqualTo(3);
		assertThat(LessonsDocumented.minimum("x")).isEqualTo(3);
		assertThat(LessonsDocumented.minimum("0")).isEqualTo(1);
		assertThat(LessonsDocumented.minimum(" 5 ")).isEqualTo(5);
	}
}
