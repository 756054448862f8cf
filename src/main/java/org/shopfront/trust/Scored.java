package org.shopfront.trust;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;

import org.shopfront.promises.ClosedPromise;
import org.shopfront.promises.PromiseStatus;

/**
 * A promise as the scoreboard counts it: its subjects in every dimension, the week its
 * outcome became known, how late it was (broken promises delivered late) and how long
 * before its due time the customer was warned (promises that did not hold).
 *
 * @param unit the customer's business unit, or null
 * @param team the business unit of the fulfiller who took the order, or null
 */
record Scored(ClosedPromise promise, UUID unit, UUID team, LocalDate week, Double lateHours, Double warningHours) {

	static Scored of(ClosedPromise promise, UUID unit, UUID team, ZoneId zone) {
		LocalDate week = promise.closedAt()
			.atZone(zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Double late = null;
		if (promise.outcome() == PromiseStatus.BROKEN && promise.closedAt().isAfter(promise.due())) {
			late = hours(promise.due(), promise.closedAt());
		}
		Double warning = null;
		if (!held(promise.outcome()) && promise.warnedAt() != null && promise.warnedAt().isBefore(promise.due())) {
			warning = hours(promise.warnedAt(), promise.due());
		}
		return new Scored(promise, unit, team, week, late, warning);
	}

	/** Whether the outcome counts as a promise that held, or is not counted at all. */
	static boolean held(PromiseStatus outcome) {
		return outcome == PromiseStatus.KEPT || outcome == PromiseStatus.CANCELLED;
	}

	/** Warned before the due time, among promises that did not hold. */
	boolean warned() {
		return this.warningHours != null;
	}

	/** The subject in each dimension; a dimension without one is left out. */
	Map<ScoreDimension, UUID> subjects() {
		return ScoreDimension.subjects(this.unit, this.team, this.promise.providerId().value(),
				this.promise.needId().value(), this.promise.offeringId().value());
	}

	private static double hours(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() / 3600.0;
	}

}
