package org.atelier.shared.archive;

import java.util.List;
import java.util.Map;

/**
 * A module's share of an atelier archive: one section of {@code atelier.json}, named
 * {@link #name()}, holding the rows of {@link #tables()} that belong to one atelier.
 * <p>
 * Rows carry archive-local references ({@code "decision#3"}: the third decision of the archive)
 * instead of database ids, accounts by e-mail, and binary columns as attachment files, so that
 * the same content always gives the same document. Parts are written in ascending
 * {@link #order()}; a part refers only to tables of its own or of parts with a lower order, except
 * through soft references (columns without a foreign key), which are resolved after all rows exist.
 */
public interface ArchivePart {

	/** The section's name in {@code atelier.json}, stable across versions (usually the module's name). */
	String name();

	/** Parts are written and imported in ascending order. */
	int order();

	/** The tables of this part, parents before children. */
	List<ArchiveTable> tables();

	/**
	 * Link kinds of the shared link contracts ({@code "decision"}, {@code "session"}, ...) whose
	 * targets live in tables of this part: kind to table name.
	 */
	default Map<String, String> linkKinds() {
		return Map.of();
	}

	/**
	 * Further checks of an archive's rows before anything is written, for rules the table
	 * description cannot express (e.g. the content type of attached documents).
	 */
	default void check(ArchiveSection section, ArchiveProblems problems) {
	}

	/** Called once the rows of an imported or replicated atelier are written, in the same transaction. */
	default void afterImport(long atelierId) {
	}

	/**
	 * Called after a replica's rows are written, in the same transaction, as the replicating person:
	 * for links from the replica to records of its source that stay where they are.
	 */
	default void afterReplicate(long sourceAtelierId, long replicaId) {
	}
}
