package org.atelier.archive.web;

import org.jspecify.annotations.Nullable;

/** The form "Start a new atelier from this one": where the new atelier works. */
record ReplicaForm(@Nullable String name, @Nullable String city, @Nullable String district, @Nullable String theme) {
}
