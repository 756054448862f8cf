package org.shopfront.shared;

/**
 * Input that passed the form's own checks but breaks a business rule tied to one field
 * ("only 3 left in stock" on quantity). Pages show it beside the field; the API answers
 * 400 with a problem detail naming the field.
 */
public abstract class InvalidInput extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	protected InvalidInput(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
