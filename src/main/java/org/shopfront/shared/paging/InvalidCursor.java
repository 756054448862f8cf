package org.shopfront.shared.paging;

import org.shopfront.shared.InvalidInput;

/**
 * A cursor that is not a position in this list for this person: made up, changed, too
 * old, or made for another list or another person. Answered 400; it reveals nothing.
 */
public final class InvalidCursor extends InvalidInput {

	private InvalidCursor() {
		super("cursor", "paging.cursor.invalid");
	}

	public static InvalidCursor forList() {
		return new InvalidCursor();
	}

}
