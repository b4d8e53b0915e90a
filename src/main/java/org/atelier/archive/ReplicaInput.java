package org.atelier.archive;

import org.jspecify.annotations.Nullable;

/** Where the new atelier started from another one works: its name, city, district and theme. */
public record ReplicaInput(@Nullable String name, @Nullable String city, @Nullable String district,
		@Nullable String theme) {
}
