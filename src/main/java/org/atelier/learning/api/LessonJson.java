package org.atelier.learning.api;

import java.util.List;
import java.util.Map;

import org.atelier.learning.LessonHit;
import org.atelier.learning.LessonInput;
import org.atelier.learning.LessonView;
import org.atelier.learning.SearchResult;
import org.atelier.method.BuildingBlock;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the lessons API; keys are lower case with dashes (phase, blocks, theme), visibility upper case. */
final class LessonJson {

	private LessonJson() {
	}

	record Applied(long atelierId, String atelierName, String markedBy) {
	}

	record Lesson(long id, long atelierId, String atelierName, String title, String summary, @Nullable String context,
			@Nullable String whatHappened, @Nullable String insight, @Nullable String recommendation, String phase,
			List<String> blocks, String theme, String city, List<String> tags, String visibility, String language,
			String date, String author, int version, List<Applied> appliedIn, List<Long> decisions) {

		static Lesson of(LessonView v) {
			return new Lesson(v.id(), v.atelierId(), v.atelierName(), v.title(), v.summary(), v.context(),
					v.whatHappened(), v.insight(), v.recommendation(), v.phase().key(),
					v.blocks().stream().sorted().map(BuildingBlock::key).toList(), v.theme().key(), v.city(), v.tags(),
					v.visibility().name(), v.language().code(), v.date().toString(), v.authorName(), v.version(),
					v.appliedIn().stream().map(a -> new Applied(a.atelierId(), a.atelierName(), a.markedBy())).toList(),
					v.decisionIds());
		}
	}

	record Request(@Nullable String title, @Nullable String summary, @Nullable String context,
			@Nullable String whatHappened, @Nullable String insight, @Nullable String recommendation,
			@Nullable String phase, @Nullable List<String> blocks, @Nullable String theme, @Nullable String city,
			@Nullable List<String> tags, @Nullable String visibility, @Nullable String language, @Nullable String date) {

		LessonInput input() {
			return LessonInput.parse(title, summary, context, whatHappened, insight, recommendation, phase, blocks,
					theme, city, tags == null ? null : String.join(",", tags), visibility, language, date);
		}
	}

	record Hit(Lesson lesson, double score, String titleHtml, String summaryHtml) {

		static Hit of(LessonHit h) {
			return new Hit(Lesson.of(h.lesson()), h.score(), h.titleHtml(), h.summaryHtml());
		}
	}

	record Results(int total, List<Hit> hits, Map<String, Long> cities, Map<String, Long> themes) {

		static Results of(SearchResult r) {
			return new Results(r.total(), r.hits().stream().map(Hit::of).toList(), r.cities(), r.themes());
		}
	}

	record AppliedRequest(@Nullable Long atelierId) {
	}
}
