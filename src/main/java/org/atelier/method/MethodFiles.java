package org.atelier.method;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the method's data files and checks them before anything uses them. Per version
 * directory: {@code structure.yaml} (keys, order, references between items, source citations)
 * and {@code text-en.yaml}, {@code text-nl.yaml}, {@code text-es.yaml} (the wording, keyed by
 * item key). Checked: every key is unique, every reference points to an existing phase, block,
 * step or dimension, each block has exactly three questions in Establishing, Maturing and
 * Stabilising, and every item has its text in all three languages. The first problem found
 * ends the reading with an {@link InvalidMethodData} naming the file and the entry.
 */
final class MethodFiles {

	static final List<String> LANGUAGES = List.of("en", "nl", "es");
	static final String STRUCTURE = "structure.yaml";
	static final int QUESTIONS_PER_BLOCK = 3;
	private static final List<Integer> SCORES = List.of(0, 1, 2, 3);
	private static final List<Integer> CONFIDENCES = List.of(1, 2, 3, 4, 5);

	private final ResourcePatternResolver resources;

	MethodFiles(ResourcePatternResolver resources) {
		this.resources = resources;
	}

	/** All versions under a location such as {@code classpath:method/} or {@code file:/etc/atelier/method/}, by id. */
	Map<String, MethodVersion> read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Resource[] found;
		try {
			found = resources.getResources(base + "*/" + STRUCTURE);
		}
		catch (IOException e) {
			throw new InvalidMethodData(base, null, "cannot list the version directories: " + e.getMessage(), e);
		}
		if (found.length == 0) {
			throw new InvalidMethodData(base, null, "no version directory with a " + STRUCTURE + " found");
		}
		Map<String, MethodVersion> versions = new HashMap<>();
		for (Resource structure : found) {
			String id = versionDirectory(structure, base);
			if (versions.containsKey(id)) {
				throw new InvalidMethodData(base + id + "/" + STRUCTURE, null, "version " + id + " is present twice");
			}
			versions.put(id, readVersion(base + id + "/", id, structure));
		}
		return Map.copyOf(versions);
	}

	private static String versionDirectory(Resource structure, String base) {
		try {
			String uri = structure.getURI().toString();
			String dir = uri.substring(0, uri.length() - STRUCTURE.length() - 1);
			return dir.substring(dir.lastIndexOf('/') + 1);
		}
		catch (IOException e) {
			throw new InvalidMethodData(base, null, "cannot resolve " + structure.getDescription(), e);
		}
	}

	private MethodVersion readVersion(String dir, String id, Resource structureResource) {
		Structure structure = readStructure(dir + STRUCTURE, id, structureResource);
		Map<String, LocalizedMethod> byLanguage = new LinkedHashMap<>();
		Map<String, Integer> guidingQuestionCounts = new HashMap<>();
		for (String language : LANGUAGES) {
			String file = dir + "text-" + language + ".yaml";
			Resource text;
			try {
				text = structureResource.createRelative("text-" + language + ".yaml");
			}
			catch (IOException e) {
				throw new InvalidMethodData(file, null, "cannot open: " + e.getMessage(), e);
			}
			if (!text.exists()) {
				throw new InvalidMethodData(file, null, "missing; every version needs its text in "
						+ String.join(", ", LANGUAGES));
			}
			byLanguage.put(language, readText(file, text, language, structure, guidingQuestionCounts));
		}
		return new MethodVersion(id, byLanguage);
	}

	// ---------------------------------------------------------------- structure.yaml

	private record Keyed(String key, String source) {
	}

	private record StepItem(String key, int number, String source) {
	}

	private record OutputItem(String key, String step, String source) {
	}

	private record QuestionItem(String key, Phase phase, @Nullable BuildingBlock block, @Nullable String step,
			@Nullable String dimension, String source) {
	}

	private record SuggestionItem(String key, Phase phase, BuildingBlock block, String source) {
	}

	private record Structure(List<Keyed> phases, List<Keyed> blocks, List<StepItem> steps, List<OutputItem> outputs,
			List<Keyed> dimensions, List<QuestionItem> questions, List<SuggestionItem> suggestions) {
	}

	private Structure readStructure(String file, String id, Resource resource) {
		Map<String, Object> root = mapping(load(file, resource), file, null);
		allowOnly(root, file, null, "version", "phases", "buildingBlocks", "preconditionSteps", "preconditionOutputs",
				"continuationDimensions", "scale", "questions", "suggestions");
		String version = string(root, "version", file, null);
		if (!version.equals(id)) {
			throw new InvalidMethodData(file, "version", "says " + version + " but the directory is " + id);
		}
		Set<String> keys = new HashSet<>();

		List<Keyed> phases = items(root, "phases", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "source");
			return new Keyed(m.get("key").toString(), string(m, "source", file, entry));
		});
		requireSame(phases.stream().map(Keyed::key).toList(), Arrays.stream(Phase.values()).map(Phase::key).toList(),
				file, "phases", "phase");
		List<Keyed> blocks = items(root, "buildingBlocks", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "source");
			return new Keyed(m.get("key").toString(), string(m, "source", file, entry));
		});
		requireSame(blocks.stream().map(Keyed::key).toList(),
				Arrays.stream(BuildingBlock.values()).map(BuildingBlock::key).toList(), file, "buildingBlocks",
				"building block");
		List<StepItem> steps = items(root, "preconditionSteps", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "number", "source");
			return new StepItem(m.get("key").toString(), number(m, "number", file, entry),
					string(m, "source", file, entry));
		});
		Set<String> stepKeys = new HashSet<>(steps.stream().map(StepItem::key).toList());
		List<OutputItem> outputs = items(root, "preconditionOutputs", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "step", "source");
			String step = string(m, "step", file, entry);
			if (!stepKeys.contains(step)) {
				throw new InvalidMethodData(file, entry, "unknown Preconditions step '" + step + "'");
			}
			return new OutputItem(m.get("key").toString(), step, string(m, "source", file, entry));
		});
		List<Keyed> dimensions = items(root, "continuationDimensions", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "source");
			return new Keyed(m.get("key").toString(), string(m, "source", file, entry));
		});
		Set<String> dimensionKeys = new HashSet<>(dimensions.stream().map(Keyed::key).toList());

		Map<String, Object> scale = mapping(root.get("scale"), file, "scale");
		allowOnly(scale, file, "scale", "score", "confidence");
		if (!SCORES.equals(scale.get("score"))) {
			throw new InvalidMethodData(file, "scale › score", "must be [0, 1, 2, 3]");
		}
		if (!CONFIDENCES.equals(scale.get("confidence"))) {
			throw new InvalidMethodData(file, "scale › confidence", "must be [1, 2, 3, 4, 5]");
		}

		List<QuestionItem> questions = items(root, "questions", file, keys,
				(m, entry) -> question(m, file, entry, stepKeys, dimensionKeys));
		List<SuggestionItem> suggestions = items(root, "suggestions", file, keys, (m, entry) -> {
			allowOnly(m, file, entry, "key", "phase", "block", "source");
			Phase phase = phase(string(m, "phase", file, entry), file, entry);
			if (!phase.usesBuildingBlocks()) {
				throw new InvalidMethodData(file, entry, "suggestions belong to Establishing, Maturing or Stabilising");
			}
			return new SuggestionItem(m.get("key").toString(), phase, block(string(m, "block", file, entry), file, entry),
					string(m, "source", file, entry));
		});

		for (Phase phase : Phase.values()) {
			if (!phase.usesBuildingBlocks()) {
				continue;
			}
			for (BuildingBlock block : BuildingBlock.values()) {
				long count = questions.stream().filter(q -> q.phase() == phase && q.block() == block).count();
				if (count != QUESTIONS_PER_BLOCK) {
					throw new InvalidMethodData(file, "questions › " + phase.key() + "." + block.key(), "has " + count
							+ " questions; the method asks exactly " + QUESTIONS_PER_BLOCK + " per block and phase");
				}
				if (suggestions.stream().noneMatch(s -> s.phase() == phase && s.block() == block)) {
					throw new InvalidMethodData(file, "suggestions › " + phase.key() + "." + block.key(),
							"needs at least one suggestion");
				}
			}
		}
		for (StepItem step : steps) {
			if (questions.stream().noneMatch(q -> step.key().equals(q.step()))) {
				throw new InvalidMethodData(file, "questions › preconditions." + step.key(), "needs at least one question");
			}
		}
		for (Keyed dimension : dimensions) {
			if (questions.stream().noneMatch(q -> dimension.key().equals(q.dimension()))) {
				throw new InvalidMethodData(file, "questions › continuation." + dimension.key(),
						"needs at least one question");
			}
		}
		return new Structure(phases, blocks, steps, outputs, dimensions, questions, suggestions);
	}

	private static QuestionItem question(Map<String, Object> m, String file, String entry, Set<String> steps,
			Set<String> dimensions) {
		allowOnly(m, file, entry, "key", "phase", "block", "step", "dimension", "source");
		Phase phase = phase(string(m, "phase", file, entry), file, entry);
		String source = string(m, "source", file, entry);
		String key = m.get("key").toString();
		return switch (phase) {
			case PRECONDITIONS -> {
				onlyReference(m, "step", file, entry);
				String step = string(m, "step", file, entry);
				if (!steps.contains(step)) {
					throw new InvalidMethodData(file, entry, "unknown Preconditions step '" + step + "'");
				}
				yield new QuestionItem(key, phase, null, step, null, source);
			}
			case CONTINUATION -> {
				onlyReference(m, "dimension", file, entry);
				String dimension = string(m, "dimension", file, entry);
				if (!dimensions.contains(dimension)) {
					throw new InvalidMethodData(file, entry, "unknown Continuation dimension '" + dimension + "'");
				}
				yield new QuestionItem(key, phase, null, null, dimension, source);
			}
			default -> {
				onlyReference(m, "block", file, entry);
				yield new QuestionItem(key, phase, block(string(m, "block", file, entry), file, entry), null, null,
						source);
			}
		};
	}

	/** A question names exactly what it is about: a block, a step or a dimension, depending on its phase. */
	private static void onlyReference(Map<String, Object> m, String expected, String file, String entry) {
		for (String reference : List.of("block", "step", "dimension")) {
			if (!reference.equals(expected) && m.containsKey(reference)) {
				throw new InvalidMethodData(file, entry,
						"a question in this phase refers to a " + expected + ", not to a " + reference);
			}
		}
	}

	private static Phase phase(String key, String file, String entry) {
		try {
			return Phase.fromKey(key);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidMethodData(file, entry, "unknown phase '" + key + "'");
		}
	}

	private static BuildingBlock block(String key, String file, String entry) {
		try {
			return BuildingBlock.fromKey(key);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidMethodData(file, entry, "unknown building block '" + key + "'");
		}
	}

	private static void requireSame(List<String> actual, List<String> expected, String file, String section,
			String what) {
		for (String key : actual) {
			if (!expected.contains(key)) {
				throw new InvalidMethodData(file, section + " › " + key, "unknown " + what);
			}
		}
		for (String key : expected) {
			if (!actual.contains(key)) {
				throw new InvalidMethodData(file, section + " › " + key, "missing");
			}
		}
		if (!actual.equals(expected)) {
			throw new InvalidMethodData(file, section, "must list them in the order " + String.join(", ", expected));
		}
	}

	private interface ItemReader<T> {
		T read(Map<String, Object> item, String entry);
	}

	/** A list of items with a {@code key} each, unique across the whole structure file. */
	private static <T> List<T> items(Map<String, Object> root, String section, String file, Set<String> keys,
			ItemReader<T> reader) {
		Object value = root.get(section);
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			throw new InvalidMethodData(file, section, "must be a non-empty list");
		}
		List<T> result = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Map<String, Object> item = mapping(list.get(i), file, section + " › item " + (i + 1));
			String key = string(item, "key", file, section + " › item " + (i + 1));
			String entry = section + " › " + key;
			if (!key.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
				throw new InvalidMethodData(file, entry, "a key is lower-case letters and digits joined by '-' or '.'");
			}
			if (!keys.add(key)) {
				throw new InvalidMethodData(file, entry, "duplicate key; every key must be unique");
			}
			result.add(reader.read(item, entry));
		}
		return result;
	}

	// ---------------------------------------------------------------- text-<language>.yaml

	private LocalizedMethod readText(String file, Resource resource, String language, Structure structure,
			Map<String, Integer> guidingQuestionCounts) {
		Map<String, Object> root = mapping(load(file, resource), file, null);
		allowOnly(root, file, null, "language", "phases", "buildingBlocks", "preconditionSteps", "preconditionOutputs",
				"continuationDimensions", "scale", "questions", "suggestions");
		if (!language.equals(string(root, "language", file, null))) {
			throw new InvalidMethodData(file, "language", "must be " + language);
		}
		String version = structureVersion(file);
		TextSection phases = section(root, "phases", file, keysOf(structure.phases(), Keyed::key));
		List<PhaseDescription> phaseTexts = new ArrayList<>();
		for (Keyed item : structure.phases()) {
			Map<String, Object> t = phases.entry(item.key(), "name", "aim", "explanation", "attention");
			Phase phase = Phase.fromKey(item.key());
			phaseTexts.add(new PhaseDescription(phase, phase.ordinal() + 1, phases.text(t, item.key(), "name"),
					phases.text(t, item.key(), "aim"), phases.text(t, item.key(), "explanation"),
					phases.text(t, item.key(), "attention"), item.source()));
		}
		TextSection blocks = section(root, "buildingBlocks", file, keysOf(structure.blocks(), Keyed::key));
		List<BuildingBlockDescription> blockTexts = new ArrayList<>();
		for (Keyed item : structure.blocks()) {
			Map<String, Object> t = blocks.entry(item.key(), "name", "purpose", "withoutIt");
			blockTexts.add(new BuildingBlockDescription(BuildingBlock.fromKey(item.key()),
					blocks.text(t, item.key(), "name"), blocks.text(t, item.key(), "purpose"),
					blocks.text(t, item.key(), "withoutIt"), item.source()));
		}
		TextSection steps = section(root, "preconditionSteps", file, keysOf(structure.steps(), StepItem::key));
		List<PreconditionStep> stepTexts = new ArrayList<>();
		for (StepItem item : structure.steps()) {
			Map<String, Object> t = steps.entry(item.key(), "name", "description", "guidingQuestions");
			List<String> guiding = steps.texts(t, item.key(), "guidingQuestions");
			Integer english = guidingQuestionCounts.putIfAbsent(item.key(), guiding.size());
			if (english != null && english != guiding.size()) {
				throw new InvalidMethodData(file, "preconditionSteps › " + item.key() + " › guidingQuestions",
						"has " + guiding.size() + " questions but text-en.yaml has " + english);
			}
			stepTexts.add(new PreconditionStep(item.key(), item.number(), steps.text(t, item.key(), "name"),
					steps.text(t, item.key(), "description"), guiding, item.source()));
		}
		TextSection outputs = section(root, "preconditionOutputs", file, keysOf(structure.outputs(), OutputItem::key));
		List<PreconditionOutput> outputTexts = new ArrayList<>();
		for (OutputItem item : structure.outputs()) {
			Map<String, Object> t = outputs.entry(item.key(), "name", "description");
			outputTexts.add(new PreconditionOutput(item.key(), item.step(), outputs.text(t, item.key(), "name"),
					outputs.text(t, item.key(), "description"), item.source()));
		}
		TextSection dimensions = section(root, "continuationDimensions", file,
				keysOf(structure.dimensions(), Keyed::key));
		List<ContinuationDimension> dimensionTexts = new ArrayList<>();
		for (Keyed item : structure.dimensions()) {
			Map<String, Object> t = dimensions.entry(item.key(), "name", "explanation");
			dimensionTexts.add(new ContinuationDimension(item.key(), dimensions.text(t, item.key(), "name"),
					dimensions.text(t, item.key(), "explanation"), item.source()));
		}
		Map<String, Object> scale = mapping(root.get("scale"), file, "scale");
		allowOnly(scale, file, "scale", "score", "confidence");
		List<ScaleLevel> scores = levels(scale, "score", SCORES, file);
		List<ScaleLevel> confidences = levels(scale, "confidence", CONFIDENCES, file);

		TextSection questions = section(root, "questions", file, keysOf(structure.questions(), QuestionItem::key));
		List<Question> questionTexts = structure.questions().stream()
			.map(q -> new Question(q.key(), q.phase(), q.block(), q.step(), q.dimension(), questions.line(q.key()),
					q.source()))
			.toList();
		TextSection suggestions = section(root, "suggestions", file,
				keysOf(structure.suggestions(), SuggestionItem::key));
		List<Suggestion> suggestionTexts = structure.suggestions().stream()
			.map(s -> new Suggestion(s.key(), s.phase(), s.block(), suggestions.line(s.key()), s.source()))
			.toList();
		return new LocalizedMethod(version, Locale.of(language), phaseTexts, blockTexts, stepTexts, outputTexts,
				dimensionTexts, scores, confidences, questionTexts, suggestionTexts);
	}

	private static String structureVersion(String file) {
		String dir = file.substring(0, file.lastIndexOf('/'));
		return dir.substring(dir.lastIndexOf('/') + 1);
	}

	private static List<ScaleLevel> levels(Map<String, Object> scale, String name, List<Integer> values, String file) {
		TextSection section = section(scale, name, file, values.stream().map(String::valueOf).toList(), "scale › " + name);
		return values.stream().map(v -> {
			String key = String.valueOf(v);
			Map<String, Object> t = section.entry(key, "name", "description");
			return new ScaleLevel(v, section.text(t, key, "name"), section.text(t, key, "description"));
		}).toList();
	}

	private static <T> List<String> keysOf(List<T> items, Function<T, String> key) {
		return items.stream().map(key).toList();
	}

	private static TextSection section(Map<String, Object> root, String name, String file, List<String> expected) {
		return section(root, name, file, expected, name);
	}

	private static TextSection section(Map<String, Object> root, String name, String file, List<String> expected,
			String path) {
		Map<String, Object> entries = mapping(root.get(name), file, path);
		for (String key : entries.keySet()) {
			if (!expected.contains(key)) {
				throw new InvalidMethodData(file, path + " › " + key, "no such item in " + STRUCTURE);
			}
		}
		return new TextSection(file, path, entries);
	}

	/** One section of a text file (phases, questions, ...): every item of the structure must have its text here. */
	private record TextSection(String file, String path, Map<String, Object> entries) {

		private String entryName(String key) {
			return path + " › " + key;
		}

		private Object present(String key) {
			Object value = entries.get(key);
			if (value == null) {
				throw new InvalidMethodData(file, entryName(key), "text is missing");
			}
			return value;
		}

		/** An item with several fields, such as a phase's name, aim and explanation. */
		Map<String, Object> entry(String key, String... fields) {
			Map<String, Object> map = mapping(present(key), file, entryName(key));
			allowOnly(map, file, entryName(key), fields);
			return map;
		}

		String text(Map<String, Object> entry, String key, String field) {
			return string(entry, field, file, entryName(key));
		}

		List<String> texts(Map<String, Object> entry, String key, String field) {
			if (!(entry.get(field) instanceof List<?> list) || list.isEmpty()) {
				throw new InvalidMethodData(file, entryName(key) + " › " + field, "must be a non-empty list of texts");
			}
			List<String> result = new ArrayList<>();
			for (Object item : list) {
				if (!(item instanceof String s) || s.isBlank()) {
					throw new InvalidMethodData(file, entryName(key) + " › " + field, "contains an empty text");
				}
				result.add(s.strip());
			}
			return result;
		}

		/** An item whose text is a single line, such as a question. */
		String line(String key) {
			if (!(present(key) instanceof String s) || s.isBlank()) {
				throw new InvalidMethodData(file, entryName(key), "text is missing or not a text");
			}
			return s.strip();
		}
	}

	// ---------------------------------------------------------------- YAML access

	private static Object load(String file, Resource resource) {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			Object document = new Yaml(new SafeConstructor(options)).load(reader);
			if (document == null) {
				throw new InvalidMethodData(file, null, "is empty");
			}
			return document;
		}
		catch (MarkedYAMLException e) {
			var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String where = mark == null ? null : "line " + (mark.getLine() + 1);
			throw new InvalidMethodData(file, where, String.valueOf(e.getProblem()), e);
		}
		catch (YAMLException e) {
			throw new InvalidMethodData(file, null, "not valid YAML: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new InvalidMethodData(file, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** A YAML mapping with its keys as text (YAML reads {@code 0:} as a number). */
	private static Map<String, Object> mapping(@Nullable Object value, String file, @Nullable String entry) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidMethodData(file, entry, value == null ? "is missing" : "must be a mapping of names to values");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(String.valueOf(k), v));
		return result;
	}

	private static void allowOnly(Map<String, Object> map, String file, @Nullable String entry, String... fields) {
		List<String> allowed = List.of(fields);
		for (String field : map.keySet()) {
			if (!allowed.contains(field)) {
				throw new InvalidMethodData(file, entry, "unknown field '" + field + "' (expected one of "
						+ String.join(", ", allowed) + ")");
			}
		}
	}

	private static String string(Map<String, Object> map, String field, String file, @Nullable String entry) {
		Object value = map.get(field);
		if (!(value instanceof String s) || s.isBlank()) {
			String where = entry == null ? field : entry + " › " + field;
			throw new InvalidMethodData(file, where, value == null ? "is missing" : "must be a non-empty text");
		}
		return s.strip();
	}

	private static int number(Map<String, Object> map, String field, String file, String entry) {
		if (!(map.get(field) instanceof Integer n) || n < 1) {
			throw new InvalidMethodData(file, entry + " › " + field, "must be a whole number from 1");
		}
		return n;
	}
}
