package org.shopfront.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shopfront.shared.Money;

/**
 * An initiative in a list: where it and each of its promises stand now.
 *
 * @param budget the budget promised now, or null for readers who may not see its money
 * @param spent the spend so far, or null likewise
 * @param due the date promised now
 */
record InitiativeSummary(UUID id, String title, String unit, InitiativeStatus status,
		InitiativePromiseStatus budgetStatus, InitiativePromiseStatus dateStatus, InitiativePromiseStatus valueStatus,
		Instant startedAt, LocalDate due, Money budget, Money spent) {

	public boolean atRisk() {
		return this.budgetStatus == InitiativePromiseStatus.AT_RISK
				|| this.dateStatus == InitiativePromiseStatus.AT_RISK;
	}

}
