package org.atelier.shared;

/**
 * Thrown when a record does not exist or the current user may not know that it exists. Both
 * cases answer 404 so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
