package org.shopfront.scoreboard;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.initiatives.InitiativePromiseClosed;
import org.shopfront.ordering.OrderId;
import org.shopfront.people.UnitId;
import org.shopfront.promises.ClosedPromise;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseId;
import org.shopfront.promises.PromiseStatus;

/**
 * A promise as the scoreboard counts it: its subject in every dimension, the week its
 * outcome became known, how late it was (broken promises delivered late) and how long
 * before its due time the customer was warned (promises that did not hold).
 */
record Scored(PromiseId promiseId, OrderId orderId, UUID initiativeId, String what, PromiseStatus outcome,
		Map<ScoreDimension, UUID> subjects, Instant due, Instant warnedAt, Instant closedAt, LocalDate week,
		Double lateHours, Double warningHours) {

	/** A promise as its event tells it closed. */
	static Scored of(PromiseClosed closed, ZoneId zone) {
		return of(closed.promiseId(), closed.orderId(), null, closed.what(), closed.outcome(),
				subjects(closed.offeringId(), closed.needId(), closed.providerId(), closed.customerUnit(),
						closed.fulfillerUnit()),
				closed.due(), closed.warnedAt(), closed.closedAt(), zone);
	}

	/**
	 * A promise as the promises module records it, with the units of its customer and of
	 * the fulfiller who took its order as they are now.
	 */
	static Scored of(ClosedPromise promise, UnitId customerUnit, UnitId fulfillerUnit, ZoneId zone) {
		return of(promise.id(), promise.orderId(), null, promise.what(), promise.outcome(),
				subjects(promise.offeringId(), promise.needId(), promise.providerId(), customerUnit, fulfillerUnit),
				promise.due(), promise.warnedAt(), promise.closedAt(), zone);
	}

	private static Scored of(PromiseId id, OrderId order, UUID initiative, String what, PromiseStatus outcome,
			Map<ScoreDimension, UUID> subjects, Instant due, Instant warnedAt, Instant closedAt, ZoneId zone) {
		LocalDate week = closedAt.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Double late = null;
		if (outcome == PromiseStatus.BROKEN && closedAt.isAfter(due)) {
			late = hours(due, closedAt);
		}
		Double warning = null;
		if (!held(outcome) && warnedAt != null && warnedAt.isBefore(due)) {
			warning = hours(warnedAt, due);
		}
		return new Scored(id, order, initiative, what, outcome, subjects, due, warnedAt, closedAt, week, late, warning);
	}

	/**
	 * An initiative's promise as its event tells it closed: counted only in the
	 * initiatives' dimension, under its measure, so that the figures of orders stay what
	 * they were (a re-plan counts as renegotiated, a stop before any warning as
	 * cancelled).
	 */
	static Scored of(InitiativePromiseClosed closed, ZoneId zone) {
		Map<ScoreDimension, UUID> subjects = new EnumMap<>(ScoreDimension.class);
		subjects.put(ScoreDimension.INITIATIVE, ScoreDimension.initiativeSubject(closed.measure()));
		return of(new PromiseId(closed.promiseId().value()), null, closed.initiativeId().value(), closed.title(),
				PromiseStatus.valueOf(closed.outcome().name()), subjects, closed.due(), closed.warnedAt(),
				closed.closedAt(), zone);
	}

	/** The subjects of an order's promise; a unit it has none in is left out. */
	private static Map<ScoreDimension, UUID> subjects(OfferingId offering, NeedId need, ProviderId provider,
			UnitId customerUnit, UnitId fulfillerUnit) {
		Map<ScoreDimension, UUID> subjects = ScoreDimension.subjects();
		subjects.put(ScoreDimension.OFFERING, offering.value());
		subjects.put(ScoreDimension.NEED, need.value());
		subjects.put(ScoreDimension.PROVIDER, provider.value());
		if (customerUnit != null) {
			subjects.put(ScoreDimension.UNIT, customerUnit.value());
		}
		if (fulfillerUnit != null) {
			subjects.put(ScoreDimension.TEAM, fulfillerUnit.value());
		}
		return subjects;
	}

	/** Whether the outcome counts as a promise that held, or is not counted at all. */
	static boolean held(PromiseStatus outcome) {
		return outcome == PromiseStatus.KEPT || outcome == PromiseStatus.CANCELLED;
	}

	/** Warned before the due time, among promises that did not hold. */
	boolean warned() {
		return this.warningHours != null;
	}

	private static double hours(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() / 3600.0;
	}

}
