package org.atelier.archive;

import java.util.List;

/**
 * The atelier an import or replication created, and the people of the archive the installation
 * has no account for (by e-mail), with the role or column they had; they are never created.
 */
public record ImportResult(long atelierId, String name, List<SkippedPerson> skipped) {

	/** Serializable: the import page hands the list to the next page through the session's flash. */
	public record SkippedPerson(String email, String as) implements java.io.Serializable {
	}
}
