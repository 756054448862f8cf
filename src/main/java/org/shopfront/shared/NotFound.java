package org.shopfront.shared;

/**
 * Something a user asked for does not exist, or is not theirs to see (which must look the
 * same from outside). Rendered as 404; the message key comes from the message bundles.
 */
public abstract class NotFound extends RuntimeException {

	private final String messageKey;

	protected NotFound(String messageKey, Object id) {
		super(messageKey + ": " + id);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
