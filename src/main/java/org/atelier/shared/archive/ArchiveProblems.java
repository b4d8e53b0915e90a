package org.atelier.shared.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in an archive, each with its location: a zip entry name, optionally followed
 * by a JSON path into it ({@code atelier.json $.parts.governance.decision[2].status}).
 */
public final class ArchiveProblems {

	/** One problem: where, and a message key with its arguments. */
	public record Problem(String location, String messageKey, Object... args) {
	}

	private final List<Problem> problems = new ArrayList<>();

	public void add(String location, String messageKey, Object... args) {
		problems.add(new Problem(location, messageKey, args));
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	public List<Problem> list() {
		return List.copyOf(problems);
	}
}
