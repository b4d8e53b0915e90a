package org.atelier.energy;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads scenario (and sweep) JSON into records, turning Jackson's errors into problems that name
 * the field path, e.g. {@code members[2].load.annualKwh: must be a number}.
 */
public final class ScenarioReader {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private ScenarioReader() {
	}

	/** Scenario JSON, indented, without the fields left empty. */
	public static String write(Scenario scenario) {
		return ScenarioSimulation.toJson(scenario);
	}

	public static Scenario read(String json) {
		return read(json, Scenario.class);
	}

	static <T> T read(String json, Class<T> type) {
		if (json.isBlank()) {
			throw new InvalidScenarioException("", "the document is empty");
		}
		try {
			T value = MAPPER.readValue(json, type);
			if (value == null) {
				throw new InvalidScenarioException("", "expected a JSON object");
			}
			return value;
		} catch (JacksonException e) {
			throw new InvalidScenarioException(List.of(problemOf(e)));
		}
	}

	static ScenarioProblem problemOf(JacksonException e) {
		String path = pathOf(e);
		if (e instanceof UnrecognizedPropertyException u) {
			String field = u.getPropertyName();
			String parent = path.endsWith("." + field) ? path.substring(0, path.length() - field.length() - 1)
				: path.equals(field) ? "" : path;
			return new ScenarioProblem(parent.isEmpty() ? field : parent + "." + field,
				"unknown field (known: " + u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList() + ")");
		}
		if (e instanceof InvalidFormatException f) {
			return new ScenarioProblem(path, "must be " + describe(f.getTargetType()) + ", found " + quote(f.getValue()));
		}
		if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
			return new ScenarioProblem(path, "must be " + describe(m.getTargetType()));
		}
		if (e instanceof StreamReadException) {
			TokenStreamLocation loc = e.getLocation();
			String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
			return new ScenarioProblem("", "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
		}
		return new ScenarioProblem(path, firstLine(e.getOriginalMessage()));
	}

	private static String pathOf(JacksonException e) {
		StringBuilder sb = new StringBuilder();
		for (JacksonException.Reference r : e.getPath()) {
			if (r.getPropertyName() != null) {
				if (!sb.isEmpty()) {
					sb.append('.');
				}
				sb.append(r.getPropertyName());
			} else if (r.getIndex() >= 0) {
				sb.append('[').append(r.getIndex()).append(']');
			}
		}
		return sb.toString();
	}

	private static String describe(Class<?> type) {
		if (type == Double.class || type == double.class || type == Integer.class || type == int.class
				|| type == Long.class || type == long.class) {
			return type == Integer.class || type == int.class ? "a whole number" : "a number";
		}
		if (type == String.class) {
			return "a text";
		}
		if (type.isArray() || List.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}

	private static String quote(Object value) {
		return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
	}

	private static String firstLine(String s) {
		if (s == null) {
			return "unreadable";
		}
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}
}
