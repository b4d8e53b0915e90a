package org.atelier.shared.web;

/** An API write arrived without the {@code If-Match} header it needs (answers 428). */
public class PreconditionRequiredException extends RuntimeException {

	public PreconditionRequiredException() {
		super("If-Match required");
	}
}
