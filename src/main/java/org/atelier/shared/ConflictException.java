package org.atelier.shared;

/**
 * A request that is well formed but collides with the current state (a duplicate name, a
 * member already present). Answers 409 with a localized message.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;
	private final Object[] args;

	public ConflictException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
