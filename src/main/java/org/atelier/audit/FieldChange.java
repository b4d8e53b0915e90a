package org.atelier.audit;

import org.jspecify.annotations.Nullable;

/** One field of a record going from an old to a new value, both as text (null = empty). */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}
