package org.atelier.shared.links;

import java.util.List;
import java.util.Optional;

/**
 * Contributed as a Spring bean by the module that owns one kind of linkable record. Both methods
 * run inside the caller's transaction, after the caller has checked that the current user may see
 * the atelier; they must look only inside that atelier and must not write.
 */
public interface LinkTargetSource {

	/** The kind answered, lower-case with dashes: {@code session}, {@code decision}, {@code hypothesis}, … */
	String kind();

	/** The record with this id in this atelier, or empty when there is none (also when it belongs to another atelier). */
	Optional<LinkTarget> find(long atelierId, long id);

	/** The records of this kind in the atelier that a link may point at, newest first, for pick lists. */
	List<LinkTarget> candidates(long atelierId);
}
