package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.shopfront.shared.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the portfolio's read model: when the last promise of a measure closes, one row
 * judging the initiative on that measure against its first promise (a re-plan does not
 * move the baseline, as the 45/7/56 record does not), in the same transaction. Written
 * once per initiative and measure; writing it again changes nothing.
 */
@Repository
class PortfolioEntries {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	PortfolioEntries(JdbcClient jdbc, Formats formats) {
		this.jdbc = jdbc;
		this.zone = formats.zone();
	}

	/**
	 * Records the measure's outcome from its chain of promises (first to last, the last
	 * one closed).
	 */
	void record(Initiative initiative, List<InitiativePromise> chain) {
		List<InitiativePromise> ordered = chain.stream()
			.sorted(Comparator.comparingInt(InitiativePromise::seq))
			.toList();
		InitiativePromise first = ordered.get(0);
		InitiativePromise last = ordered.get(ordered.size() - 1);
		LocalDate start = LocalDate.ofInstant(initiative.decision().startedAt(), this.zone);
		LocalDate closedOn = LocalDate.ofInstant(last.closedAt(), this.zone);
		BigDecimal overrun = Outcomes.overrun(last.measure(), first.promised(), first.targetToday(), last.actual(),
				start);
		boolean counted = last.status() != InitiativePromiseStatus.CANCELLED;
		boolean missed = (overrun != null) ? overrun.signum() > 0 : last.status() == InitiativePromiseStatus.BROKEN;
		boolean replanned = ordered.size() > 1;
		boolean slipped = replanned || last.status() == InitiativePromiseStatus.BROKEN;
		boolean warned = ordered.stream().anyMatch((p) -> p.atRiskAt() != null);
		InitiativeFigure actual = last.actual();
		this.jdbc
			.sql("""
					insert into portfolio_entry (initiative_id, measure, unit_id, closed_on, quarter, outcome, counted, missed,
					    overrun, replanned, slipped, warned, currency, promised_amount, actual_amount)
					values (:initiative, :measure, :unit, :closedOn, :quarter, :outcome, :counted, :missed, :overrun,
					    :replanned, :slipped, :warned, :currency, :promised, :actual)
					on conflict do nothing
					""")
			.param("initiative", initiative.id().value())
			.param("measure", last.measure().name())
			.param("unit", initiative.decision().unit().value())
			.param("closedOn", closedOn)
			.param("quarter", Quarters.first(closedOn))
			.param("outcome", last.status().name())
			.param("counted", counted)
			.param("missed", counted && missed)
			.param("overrun", overrun)
			.param("replanned", replanned)
			.param("slipped", slipped)
			.param("warned", warned)
			.param("currency", (first.promised().money() != null) ? initiative.currency().getCurrencyCode() : null)
			.param("promised", (first.promised().money() != null) ? first.promised().money().amount() : null)
			.param("actual", (actual != null && actual.money() != null) ? actual.money().amount() : null)
			.update();
	}

}
