package org.atelier.report.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.assessment.AssessmentService;
import org.atelier.assessment.ScoreTable;
import org.atelier.atelier.AtelierView;
import org.atelier.method.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The building-block scores of the atelier's latest building-block assessment (0 to 3), taken
 * from the assessment module's trend table.
 */
@Component
public class BlockScoresPart implements DashboardPart {

	/** The scale of a block score. */
	public static final double MAX_SCORE = 3.0;

	public record Block(String key, String name, @Nullable Double score) {
	}

	/** The latest scores; {@code assessmentId} is absent when the atelier has no such assessment yet. */
	public record BlockScores(@Nullable Long assessmentId, @Nullable Phase phase, @Nullable LocalDate openedOn,
			List<Block> blocks) {

		public boolean scored() {
			return assessmentId != null;
		}
	}

	private final AssessmentService assessments;

	BlockScoresPart(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@Override
	public String key() {
		return "blocks";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public BlockScores content(AtelierView atelier, Locale locale) {
		ScoreTable trend = assessments.trend(atelier.id(), locale);
		ScoreTable.Row latest = trend.rows().isEmpty() ? null : trend.rows().getLast();
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < trend.columns().size(); i++) {
			ScoreTable.Column column = trend.columns().get(i);
			blocks.add(new Block(column.key(), column.name(), latest == null ? null : latest.scores().get(i)));
		}
		if (latest == null) {
			return new BlockScores(null, null, null, blocks);
		}
		return new BlockScores(latest.assessmentId(), latest.phase(),
				latest.openedAt() == null ? null : LocalDate.ofInstant(latest.openedAt(), ZoneOffset.UTC), blocks);
	}
}
