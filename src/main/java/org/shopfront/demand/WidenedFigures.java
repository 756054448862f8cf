package org.shopfront.demand;

import java.time.LocalDate;

import org.shopfront.estimates.WidenedEstimate;
import org.shopfront.shared.Money;

/**
 * An option's budget and date as promised: its one-off cost and delivery date widened
 * from how far comparable past projects overran theirs, with that evidence.
 *
 * @param due the date promised, or null for doing nothing
 * @param dueEvidence the widening of the planned duration in days, or null for doing
 * nothing
 */
record WidenedFigures(Money budget, WidenedEstimate budgetEvidence, LocalDate due, WidenedEstimate dueEvidence) {
}
