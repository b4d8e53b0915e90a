package org.atelier.method;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atelier.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The method catalogue: every version of the method found under {@code atelier.method.location}
 * (default {@code classpath:method/}), read and checked once at start-up. A version directory
 * holds {@code structure.yaml} and one text file per language. Malformed data stops the
 * application with a message naming the file and the entry. The newest version is the current
 * one; older ones stay readable so that old assessments keep their wording.
 */
@Service
public class MethodCatalogue {

	private final Map<String, MethodVersion> versions;
	private final MethodVersion current;

	MethodCatalogue(@Value("${atelier.method.location:classpath:method/}") String location,
			ResourcePatternResolver resources) {
		this.versions = new MethodFiles(resources).read(location);
		this.current = versions.get(versions.keySet().stream().max(MethodVersion.ORDER).orElseThrow());
	}

	/** The version new assessments use. */
	public MethodVersion currentVersion() {
		return current;
	}

	/** The current version in a language (English when the language is not supported). */
	public LocalizedMethod current(Locale locale) {
		return current.in(locale);
	}

	/** A version by its id; unknown → {@link NotFoundException}. */
	public MethodVersion version(String id) {
		return findVersion(id).orElseThrow(() -> new NotFoundException("Method version " + id));
	}

	public Optional<MethodVersion> findVersion(String id) {
		return Optional.ofNullable(versions.get(id));
	}

	/** The ids of all available versions, oldest first. */
	public List<String> versions() {
		return versions.keySet().stream().sorted(MethodVersion.ORDER).toList();
	}
}
