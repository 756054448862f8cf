package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

import org.shopfront.shared.Money;

/**
 * An initiative: what was decided, where it stands, what it has cost so far and how much
 * of the work first planned is still in scope. Its promises are
 * {@link InitiativePromise}s of their own; the rules here are about the initiative as a
 * whole.
 *
 * @param spent the spend reported so far, in the initiative's currency
 * @param scope the share of the work first planned that is still in scope (1 until the
 * sponsor re-scopes)
 * @param deliveredOn the day its final milestone was done, or null
 * @param endNote the sponsor's reason for stopping it, or their note on the value
 */
record Initiative(InitiativeId id, Decision decision, InitiativeStatus status, BigDecimal spent, BigDecimal scope,
		LocalDate deliveredOn, Instant closedAt, String endNote, int version) {

	/** The initiative a decision starts. */
	static Initiative start(Decision decision) {
		return new Initiative(InitiativeId.random(), decision, InitiativeStatus.RUNNING, BigDecimal.ZERO,
				BigDecimal.ONE, null, null, null, 0);
	}

	Currency currency() {
		return this.decision.oneOffCost().currency();
	}

	Money spentMoney() {
		return Money.of(this.spent, currency());
	}

	/**
	 * Spend reported by an owner; only a running initiative takes it (a delivered one's
	 * budget promise is settled).
	 */
	Initiative spend(Money amount) {
		require(InitiativeStatus.RUNNING, "spend");
		return with(this.status, this.spent.add(amount.amount()), this.scope, this.deliveredOn, this.closedAt,
				this.endNote);
	}

	/** The sponsor cut {@code share} of the remaining work. */
	Initiative rescoped(BigDecimal share) {
		require(InitiativeStatus.RUNNING, "rescope");
		BigDecimal kept = this.scope.multiply(BigDecimal.ONE.subtract(share)).setScale(6, RoundingMode.HALF_EVEN);
		return with(this.status, this.spent, kept, this.deliveredOn, this.closedAt, this.endNote);
	}

	/** Its final milestone was done: the date and budget promises get their outcome. */
	Initiative delivered(LocalDate on) {
		require(InitiativeStatus.RUNNING, "deliver");
		return with(InitiativeStatus.DELIVERED, this.spent, this.scope, on, this.closedAt, this.endNote);
	}

	/** The sponsor confirmed the value realised (or that it was not): the end. */
	Initiative valueConfirmed(Instant at, String note) {
		if (this.status == InitiativeStatus.CLOSED) {
			throw InitiativeConflict.valueAlreadyConfirmed();
		}
		require(InitiativeStatus.DELIVERED, "confirm");
		return with(InitiativeStatus.CLOSED, this.spent, this.scope, this.deliveredOn, at, note);
	}

	/** The sponsor stopped it before delivery. */
	Initiative stopped(Instant at, String reason) {
		require(InitiativeStatus.RUNNING, "stop");
		return with(InitiativeStatus.STOPPED, this.spent, this.scope, this.deliveredOn, at, reason);
	}

	/** Whether promises can still be re-planned: the value until it is confirmed. */
	void requireReplannable(PromiseMeasure measure) {
		if (measure == PromiseMeasure.VALUE && this.status == InitiativeStatus.DELIVERED) {
			return;
		}
		require(InitiativeStatus.RUNNING, "replan");
	}

	/** Milestones are added and done while it runs. */
	void requireRunning(String action) {
		require(InitiativeStatus.RUNNING, action);
	}

	private void require(InitiativeStatus expected, String action) {
		if (this.status != expected) {
			throw InitiativeConflict.notRunning(action, this.status);
		}
	}

	private Initiative with(InitiativeStatus status, BigDecimal spent, BigDecimal scope, LocalDate deliveredOn,
			Instant closedAt, String endNote) {
		return new Initiative(this.id, this.decision, status, spent, scope, deliveredOn, closedAt, endNote,
				this.version);
	}

}
