package org.atelier.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the method in one language: phases, building blocks, Preconditions steps and
 * outputs, Continuation dimensions, the scales, the question bank and the improvement
 * suggestions, in the order the method gives them. Immutable; every lookup is a map access.
 */
public final class LocalizedMethod {

	private final String version;
	private final Locale language;
	private final List<PhaseDescription> phases;
	private final Map<Phase, PhaseDescription> phaseIndex = new EnumMap<>(Phase.class);
	private final List<BuildingBlockDescription> blocks;
	private final Map<BuildingBlock, BuildingBlockDescription> blockIndex = new EnumMap<>(BuildingBlock.class);
	private final List<PreconditionStep> steps;
	private final Map<String, PreconditionStep> stepIndex;
	private final List<PreconditionOutput> outputs;
	private final List<ContinuationDimension> dimensions;
	private final Map<String, ContinuationDimension> dimensionIndex;
	private final List<ScaleLevel> scoreLevels;
	private final List<ScaleLevel> confidenceLevels;
	private final List<Question> questions;
	private final Map<String, Question> questionIndex;
	private final Map<Phase, List<Question>> questionsByPhase = new EnumMap<>(Phase.class);
	private final Map<String, List<Question>> questionsByTopic;
	private final List<Suggestion> suggestions;
	private final Map<String, List<Suggestion>> suggestionsByPhaseAndBlock;

	LocalizedMethod(String version, Locale language, List<PhaseDescription> phases,
			List<BuildingBlockDescription> blocks, List<PreconditionStep> steps, List<PreconditionOutput> outputs,
			List<ContinuationDimension> dimensions, List<ScaleLevel> scoreLevels, List<ScaleLevel> confidenceLevels,
			List<Question> questions, List<Suggestion> suggestions) {
		this.version = version;
		this.language = language;
		this.phases = List.copyOf(phases);
		this.phases.forEach(p -> phaseIndex.put(p.phase(), p));
		this.blocks = List.copyOf(blocks);
		this.blocks.forEach(b -> blockIndex.put(b.block(), b));
		this.steps = List.copyOf(steps);
		this.stepIndex = index(this.steps, PreconditionStep::key);
		this.outputs = List.copyOf(outputs);
		this.dimensions = List.copyOf(dimensions);
		this.dimensionIndex = index(this.dimensions, ContinuationDimension::key);
		this.scoreLevels = List.copyOf(scoreLevels);
		this.confidenceLevels = List.copyOf(confidenceLevels);
		this.questions = List.copyOf(questions);
		this.questionIndex = index(this.questions, Question::key);
		for (Phase phase : Phase.values()) {
			questionsByPhase.put(phase, this.questions.stream().filter(q -> q.phase() == phase).toList());
		}
		this.questionsByTopic = group(this.questions, q -> q.phase().key() + "/" + q.topic());
		this.suggestions = List.copyOf(suggestions);
		this.suggestionsByPhaseAndBlock = group(this.suggestions, s -> s.phase().key() + "/" + s.block().key());
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(key.apply(item), item));
		return Collections.unmodifiableMap(map);
	}

	private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
		Map<String, List<T>> map = items.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toCollection(ArrayList::new)));
		map.replaceAll((k, v) -> List.copyOf(v));
		return Collections.unmodifiableMap(map);
	}

	/** The version of the method this text belongs to, for example {@code 2026.1}. */
	public String version() {
		return version;
	}

	/** The language of the texts (English, Dutch or Spanish). */
	public Locale language() {
		return language;
	}

	public List<PhaseDescription> phases() {
		return phases;
	}

	public PhaseDescription phase(Phase phase) {
		return phaseIndex.get(phase);
	}

	public List<BuildingBlockDescription> buildingBlocks() {
		return blocks;
	}

	public BuildingBlockDescription buildingBlock(BuildingBlock block) {
		return blockIndex.get(block);
	}

	public List<PreconditionStep> preconditionSteps() {
		return steps;
	}

	public Optional<PreconditionStep> preconditionStep(String key) {
		return Optional.ofNullable(stepIndex.get(key));
	}

	public List<PreconditionOutput> preconditionOutputs() {
		return outputs;
	}

	public List<ContinuationDimension> continuationDimensions() {
		return dimensions;
	}

	public Optional<ContinuationDimension> continuationDimension(String key) {
		return Optional.ofNullable(dimensionIndex.get(key));
	}

	/** The score scale, 0 (absent) to 3 (fully in place and sustained). */
	public List<ScaleLevel> scoreLevels() {
		return scoreLevels;
	}

	/** The confidence scale, 1 (a guess) to 5 (well documented and confirmed). */
	public List<ScaleLevel> confidenceLevels() {
		return confidenceLevels;
	}

	/** The whole question bank in the method's order. */
	public List<Question> questions() {
		return questions;
	}

	public List<Question> questions(Phase phase) {
		return questionsByPhase.get(phase);
	}

	/** The questions on a building block in Establishing, Maturing or Stabilising (three each); empty in other phases. */
	public List<Question> questions(Phase phase, BuildingBlock block) {
		return questionsByTopic.getOrDefault(phase.key() + "/" + block.key(), List.of());
	}

	/** The assessment questions of a Preconditions step. */
	public List<Question> stepQuestions(String step) {
		return questionsByTopic.getOrDefault(Phase.PRECONDITIONS.key() + "/" + step, List.of());
	}

	/** The assessment questions of a Continuation dimension. */
	public List<Question> dimensionQuestions(String dimension) {
		return questionsByTopic.getOrDefault(Phase.CONTINUATION.key() + "/" + dimension, List.of());
	}

	public Optional<Question> question(String key) {
		return Optional.ofNullable(questionIndex.get(key));
	}

	public List<Suggestion> suggestions() {
		return suggestions;
	}

	/** Ways to strengthen a building block in a phase, for advice on an assessment's weakest blocks. */
	public List<Suggestion> suggestions(Phase phase, BuildingBlock block) {
		return suggestionsByPhaseAndBlock.getOrDefault(phase.key() + "/" + block.key(), List.of());
	}
}
