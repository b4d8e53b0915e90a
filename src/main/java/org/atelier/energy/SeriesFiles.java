package org.atelier.energy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the series files a scenario names ({@code file} fields). The command line resolves them
 * relative to the scenario file; callers without files use {@link #NONE}.
 */
@FunctionalInterface
public interface SeriesFiles {

	Reader open(String name) throws IOException;

	/** Refuses every file reference. */
	SeriesFiles NONE = name -> {
		throw new IOException("file references are not available here; give the values inline");
	};

	/** Files relative to a directory (absolute names are taken as they are). */
	static SeriesFiles relativeTo(Path directory) {
		return name -> Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8);
	}
}
