package org.shopfront.catalog;

import org.shopfront.shared.Conflict;

/** A physical good has fewer items left than were ordered. */
public final class OutOfStock extends Conflict {

	private OutOfStock(String title, int wanted) {
		super("error.offering.outOfStock", title, wanted);
	}

	public static OutOfStock forOffering(String title, int wanted) {
		return new OutOfStock(title, wanted);
	}

}
