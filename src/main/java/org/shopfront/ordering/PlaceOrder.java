package org.shopfront.ordering;

import java.util.List;
import java.util.UUID;

/** A customer's order: which offering, how many, and answers to the offering's fields. */
record PlaceOrder(UUID offeringId, int quantity, List<String> answers) {

	PlaceOrder {
		answers = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.trim()).toList();
	}

}
