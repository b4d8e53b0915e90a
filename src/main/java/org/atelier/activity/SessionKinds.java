package org.atelier.activity;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.method.MethodCatalogue;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The kinds of session, read from {@code session-types.yaml} beside the current method version's
 * other data, so that an installation extends the list without a code change.
 */
@Component
public class SessionKinds {

	static final String FILE = "session-types.yaml";

	private final Map<String, Map<String, String>> labels;

	SessionKinds(MethodCatalogue method) {
		this.labels = read("method/" + method.currentVersion().id() + "/" + FILE);
	}

	/** The keys, in the file's order. */
	public List<String> keys() {
		return List.copyOf(labels.keySet());
	}

	public boolean contains(String key) {
		return key != null && labels.containsKey(key);
	}

	/** The label in the language asked for, English when that language is missing, the key when unknown. */
	public String label(String key, Locale locale) {
		Map<String, String> byLanguage = labels.get(key);
		if (byLanguage == null) {
			return key;
		}
		return byLanguage.getOrDefault(locale.getLanguage(), byLanguage.getOrDefault("en", key));
	}

	/** Key to label, for pick lists. */
	public Map<String, String> options(Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		labels.keySet().forEach(k -> options.put(k, label(k, locale)));
		return options;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Map<String, String>> read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, Map<String, String>> result = new LinkedHashMap<>();
			for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("sessionTypes")) {
				String key = String.valueOf(entry.get("key"));
				Map<String, String> label = new LinkedHashMap<>();
				((Map<String, Object>) entry.get("label")).forEach((k, v) -> label.put(k, String.valueOf(v)));
				if (!key.matches("[a-z][a-z0-9-]{0,39}") || !label.containsKey("en")) {
					throw new IllegalStateException(path + ": session type '" + key + "' needs a lower-case key and an English label");
				}
				if (result.put(key, Map.copyOf(label)) != null) {
					throw new IllegalStateException(path + ": session type '" + key + "' appears twice");
				}
			}
			return result;
		}
		catch (IOException | ClassCastException | NullPointerException e) {
			throw new IllegalStateException("Cannot read the session types in " + path, e);
		}
	}
}
