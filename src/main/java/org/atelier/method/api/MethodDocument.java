package org.atelier.method.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atelier.method.LocalizedMethod;
import org.atelier.method.Question;
import org.atelier.method.ScaleLevel;
import org.jspecify.annotations.Nullable;

/** The whole method catalogue of one version in one language, as the API returns it. */
@Schema(name = "Method", description = "The Innovation Atelier method: phases, building blocks, steps, dimensions, scales and the question bank")
public record MethodDocument(
		@Schema(example = "2026.1") String version,
		@Schema(example = "nl", description = "Language of the texts: en, nl or es") String language,
		List<PhaseJson> phases, List<BlockJson> buildingBlocks, List<StepJson> preconditionSteps,
		List<OutputJson> preconditionOutputs, List<DimensionJson> continuationDimensions, ScaleJson scale,
		List<QuestionJson> questions, List<SuggestionJson> suggestions) {

	public record PhaseJson(@Schema(example = "establishing") String key, int number, String name, String aim,
			String explanation, String attention, String source) {
	}

	public record BlockJson(@Schema(example = "value-proposition") String key, String name, String purpose,
			String withoutIt, String source) {
	}

	public record StepJson(@Schema(example = "framing-the-challenge") String key, int number, String name,
			String description, List<String> guidingQuestions, String source) {
	}

	public record OutputJson(String key, @Schema(description = "The Preconditions step that yields it") String step,
			String name, String description, String source) {
	}

	public record DimensionJson(@Schema(example = "financial-sustainability") String key, String name,
			String explanation, String source) {
	}

	public record ScaleJson(@Schema(description = "Scores 0 (absent) to 3 (fully in place and sustained)") List<LevelJson> score,
			@Schema(description = "Confidence 1 (a guess) to 5 (well documented and confirmed)") List<LevelJson> confidence) {
	}

	public record LevelJson(int value, String name, String description) {
	}

	@Schema(description = "An assessment question; exactly one of block, step and dimension is set, depending on the phase")
	public record QuestionJson(@Schema(example = "establishing.value-proposition.2") String key,
			@Schema(example = "establishing") String phase, @Nullable String block, @Nullable String step,
			@Nullable String dimension, String text, String source) {
	}

	public record SuggestionJson(String key, String phase, String block, String text, String source) {
	}

	static MethodDocument of(LocalizedMethod m) {
		return new MethodDocument(m.version(), m.language().getLanguage(),
				m.phases().stream().map(p -> new PhaseJson(p.key(), p.number(), p.name(), p.aim(), p.explanation(),
						p.attention(), p.source())).toList(),
				m.buildingBlocks().stream()
					.map(b -> new BlockJson(b.key(), b.name(), b.purpose(), b.withoutIt(), b.source())).toList(),
				m.preconditionSteps().stream().map(s -> new StepJson(s.key(), s.number(), s.name(), s.description(),
						s.guidingQuestions(), s.source())).toList(),
				m.preconditionOutputs().stream()
					.map(o -> new OutputJson(o.key(), o.step(), o.name(), o.description(), o.source())).toList(),
				m.continuationDimensions().stream()
					.map(d -> new DimensionJson(d.key(), d.name(), d.explanation(), d.source())).toList(),
				new ScaleJson(levels(m.scoreLevels()), levels(m.confidenceLevels())),
				m.questions().stream().map(MethodDocument::question).toList(),
				m.suggestions().stream().map(s -> new SuggestionJson(s.key(), s.phase().key(), s.block().key(), s.text(),
						s.source())).toList());
	}

	private static List<LevelJson> levels(List<ScaleLevel> levels) {
		return levels.stream().map(l -> new LevelJson(l.value(), l.name(), l.description())).toList();
	}

	private static QuestionJson question(Question q) {
		return new QuestionJson(q.key(), q.phase().key(), q.block() == null ? null : q.block().key(), q.step(),
				q.dimension(), q.text(), q.source());
	}
}
