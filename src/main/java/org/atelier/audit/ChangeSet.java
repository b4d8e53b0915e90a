package org.atelier.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Collects the fields that really changed between two states of a record. Unchanged fields are
 * left out, values are written as text (enum names, ISO dates) and cut to what the history keeps.
 */
public final class ChangeSet {

	/** The longest value the history keeps per field. */
	public static final int MAX_VALUE_LENGTH = 4000;

	private final List<FieldChange> changes = new ArrayList<>();

	/** Adds the field when its value differs; returns this set for chaining. */
	public ChangeSet field(String field, @Nullable Object oldValue, @Nullable Object newValue) {
		String before = text(oldValue);
		String after = text(newValue);
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
		return this;
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public List<FieldChange> changes() {
		return List.copyOf(changes);
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = switch (value) {
			case Enum<?> e -> e.name();
			case TemporalAccessor t -> t.toString();
			default -> value.toString();
		};
		if (text.isEmpty()) {
			return null;
		}
		return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) : text;
	}
}
