package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shopfront.people.UserId;

/**
 * The retailer call about one promise that turned at risk, and the sponsor's answer once
 * given: what goes and how much of the remaining work (re-scope), the new date (more
 * time), how much more money, or stop, with a note.
 */
record Call(UUID id, InitiativeId initiativeId, InitiativePromiseId promiseId, Instant madeAt, CallAnswer answer,
		Instant answeredAt, UserId answeredBy, String whatGoes, BigDecimal scopeCut, LocalDate newDueOn,
		BigDecimal extraAmount, String note) {

	static Call made(InitiativePromise atRisk) {
		return new Call(UUID.randomUUID(), atRisk.initiativeId(), atRisk.id(), atRisk.atRiskAt(), null, null, null,
				null, null, null, null, null);
	}

	boolean isOpen() {
		return this.answeredAt == null;
	}

}
