package org.atelier.lifecycle.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atelier.lifecycle.Criterion;
import org.atelier.method.MethodCatalogue;
import org.atelier.method.Phase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The readiness criteria of the current method version, read from {@code readiness.yaml} in its
 * version directory and checked at start-up: every transition names a phase that has a next
 * one, keys are unique per transition, keys and check types are lower-case words joined by
 * hyphens, parameters are plain values, and label and help exist in English, Dutch and Spanish.
 * A broken file stops the start with a message naming the file and the entry.
 */
@Component
public class ReadinessData {

	public static final String FILE = "readiness.yaml";
	static final List<String> LANGUAGES = List.of("en", "nl", "es");
	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Map<Phase, List<Criterion>> byPhase;

	ReadinessData(@Value("${atelier.method.location:classpath:method/}") String location, MethodCatalogue catalogue,
			ResourceLoader resources) {
		String base = location.endsWith("/") ? location : location + "/";
		String path = base + catalogue.currentVersion().id() + "/" + FILE;
		Resource file = resources.getResource(path);
		if (!file.exists()) {
			throw new IllegalStateException(path + ": the readiness criteria of the current method version are missing");
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			this.byPhase = parse(path, new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
		}
		catch (IOException | YAMLException e) {
			throw new IllegalStateException(path + ": cannot be read: " + e.getMessage(), e);
		}
	}

	/** The criteria for leaving a phase, in the file's order; empty when none are declared. */
	public List<Criterion> criteria(Phase from) {
		return byPhase.getOrDefault(from, List.of());
	}

	/** Reads and checks the file's content (a YAML document already loaded into maps and lists). */
	static Map<Phase, List<Criterion>> parse(String file, Object document) {
		Map<?, ?> root = map(file, "the document", document);
		Map<?, ?> transitions = map(file, "transitions", root.get("transitions"));
		Map<Phase, List<Criterion>> result = new EnumMap<>(Phase.class);
		for (Map.Entry<?, ?> t : transitions.entrySet()) {
			String from = String.valueOf(t.getKey());
			Phase phase;
			try {
				phase = Phase.fromKey(from);
			}
			catch (IllegalArgumentException e) {
				throw fail(file, from, "is not a phase");
			}
			if (phase.next().isEmpty()) {
				throw fail(file, from, "is the last phase; there is no transition out of it");
			}
			if (!(t.getValue() instanceof List<?> items)) {
				throw fail(file, from, "must be a list of criteria");
			}
			List<Criterion> criteria = new ArrayList<>();
			Set<String> keys = new HashSet<>();
			for (Object item : items) {
				Map<?, ?> c = map(file, from, item);
				String key = word(file, from, "key", c.get("key"));
				String where = from + "/" + key;
				if (!keys.add(key)) {
					throw fail(file, where, "is declared twice");
				}
				String check = word(file, where, "check", c.get("check"));
				Map<String, String> parameters = new LinkedHashMap<>();
				if (c.get("parameters") != null) {
					for (Map.Entry<?, ?> p : map(file, where + " parameters", c.get("parameters")).entrySet()) {
						if (p.getValue() == null || p.getValue() instanceof Map || p.getValue() instanceof List) {
							throw fail(file, where, "parameter " + p.getKey() + " must be a plain value");
						}
						parameters.put(String.valueOf(p.getKey()), String.valueOf(p.getValue()));
					}
				}
				criteria.add(new Criterion(key, check, parameters, texts(file, where, "label", c.get("label")),
						texts(file, where, "help", c.get("help"))));
			}
			result.put(phase, List.copyOf(criteria));
		}
		return Map.copyOf(result);
	}

	private static Map<String, String> texts(String file, String where, String field, Object value) {
		Map<?, ?> byLanguage = map(file, where + " " + field, value);
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Object text = byLanguage.get(language);
			if (text == null || String.valueOf(text).isBlank()) {
				throw fail(file, where, field + " has no text in " + language);
			}
			texts.put(language, String.valueOf(text).strip());
		}
		return texts;
	}

	private static String word(String file, String where, String field, Object value) {
		if (value == null || !KEY.matcher(String.valueOf(value)).matches()) {
			throw fail(file, where, field + " must be lower-case words joined by hyphens, not " + value);
		}
		return String.valueOf(value);
	}

	private static Map<?, ?> map(String file, String where, Object value) {
		if (!(value instanceof Map<?, ?> m)) {
			throw fail(file, where, "must be a mapping");
		}
		return m;
	}

	private static IllegalStateException fail(String file, String where, String problem) {
		return new IllegalStateException(file + ": " + where + " " + problem);
	}
}
