package org.atelier.lifecycle;

import java.util.Locale;
import java.util.Map;

/**
 * One readiness criterion of a transition as the method data declares it: a key, the check type
 * that answers it, the parameters handed to that check and its wording per language.
 */
public record Criterion(String key, String check, Map<String, String> parameters, Map<String, String> label,
		Map<String, String> help) {

	public Criterion {
		parameters = Map.copyOf(parameters);
		label = Map.copyOf(label);
		help = Map.copyOf(help);
	}

	public String label(Locale locale) {
		return label.getOrDefault(locale.getLanguage(), label.get("en"));
	}

	public String help(Locale locale) {
		return help.getOrDefault(locale.getLanguage(), help.get("en"));
	}
}
