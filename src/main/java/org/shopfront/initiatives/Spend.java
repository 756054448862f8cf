package org.shopfront.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

/**
 * Money an owner reports spent on an initiative, on a day, with a note saying on what.
 */
record Spend(UUID id, InitiativeId initiativeId, Money amount, LocalDate spentOn, String note, UserId reportedBy,
		Instant reportedAt) {

	static Spend reported(InitiativeId initiative, Money amount, LocalDate on, String note, UserId by, Instant at) {
		return new Spend(UUID.randomUUID(), initiative, amount, on, note, by, at);
	}

}
