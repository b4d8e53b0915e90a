package org.atelier.atelier;

import java.util.Collection;
import java.util.Map;

/**
 * A count that asks for attention, shown on an atelier's overview and beside it in the list of
 * ateliers (the portfolio): for example the follow-up actions past their due date. A module
 * contributes one as a Spring bean; counts of zero are not shown.
 */
public interface AtelierSignal {

	/** A stable key, used in the page markup. */
	String key();

	/** The message key of the text; it receives the count as its first argument. */
	String labelKey();

	/**
	 * The counts per atelier for the given ids, which the caller has already checked the viewer may
	 * see; ateliers with nothing to report may be left out.
	 */
	Map<Long, Long> counts(Collection<Long> atelierIds);

	/** The page where the counted records are listed. */
	String path(long atelierId);
}
