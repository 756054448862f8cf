package org.shopfront.shared;

/**
 * A request that is valid in itself but clashes with the current state: an illegal
 * transition, a stale version, no stock left. Rendered as 409 with a message from the
 * bundles, never the exception text.
 */
public abstract class Conflict extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected Conflict(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
