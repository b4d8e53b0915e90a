package org.atelier.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one form or JSON body while reading its raw values, and reports them all at once. */
final class Fields {

	private final List<FieldProblem.Violation> problems = new ArrayList<>();

	static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}

	void add(String field, String key, Object... args) {
		problems.add(new FieldProblem.Violation(field, key, args));
	}

	boolean has(String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

	@Nullable String text(String field, @Nullable String raw, boolean required, int max) {
		String t = trim(raw);
		if (t == null && required) {
			add(field, "capacity." + field + ".required");
		}
		else if (t != null && t.length() > max) {
			add(field, "capacity.tooLong", max);
		}
		return t;
	}

	@Nullable LocalDate date(String field, @Nullable String raw, boolean required) {
		String t = trim(raw);
		if (t == null) {
			if (required) {
				add(field, "capacity." + field + ".required");
			}
			return null;
		}
		try {
			return LocalDate.parse(t);
		}
		catch (DateTimeParseException e) {
			add(field, "capacity.date.invalid");
			return null;
		}
	}

	/** A decimal number between {@code min} and {@code max} with at most {@code scale} decimals. */
	@Nullable BigDecimal number(String field, @Nullable String raw, BigDecimal min, BigDecimal max, int scale) {
		String t = trim(raw);
		if (t == null) {
			add(field, "capacity." + field + ".required");
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(t.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			add(field, "capacity.number.invalid");
			return null;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			add(field, "capacity.number.range", min.toPlainString(), max.toPlainString());
			return null;
		}
		if (value.stripTrailingZeros().scale() > scale) {
			add(field, "capacity.number.decimals", scale);
			return null;
		}
		return value.setScale(scale);
	}

	/** An end date must not lie before the start date. */
	void endNotBeforeStart(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			add("end", "capacity.end.beforeStart");
		}
	}

	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new FieldProblem(List.copyOf(problems));
		}
	}
}
