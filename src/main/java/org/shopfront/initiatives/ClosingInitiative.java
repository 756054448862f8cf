package org.shopfront.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an initiative ends. Delivered (its final milestone done): the date and budget
 * promises are judged by the delivery day and the spend. Confirmed by its sponsor: the
 * value promise is judged by what was realised, and the demand is told. Stopped by its
 * sponsor: each open promise closes as broken when it was at risk (the sponsor was told,
 * which counts as told early) or the spend already passed the budget, else as cancelled
 * (left out of the kept share, as an order its customer withdraws). Each measure's
 * outcome goes into the portfolio; a closed initiative becomes a past project the next
 * estimates are widened from ({@link ProjectHistory}).
 */
@Service
class ClosingInitiative {

	private final Initiatives initiatives;

	private final InitiativePromises promises;

	private final Promising promising;

	private final PortfolioEntries portfolio;

	private final VisibleInitiatives visible;

	private final DemandSteps demand;

	private final ProjectHistory history;

	private final Clock clock;

	ClosingInitiative(Initiatives initiatives, InitiativePromises promises, Promising promising,
			PortfolioEntries portfolio, VisibleInitiatives visible, DemandSteps demand, ProjectHistory history,
			Clock clock) {
		this.history = history;
		this.initiatives = initiatives;
		this.promises = promises;
		this.promising = promising;
		this.portfolio = portfolio;
		this.visible = visible;
		this.demand = demand;
		this.clock = clock;
	}

	/**
	 * The final milestone was done on the day given (recorded at {@code at}); the caller
	 * tells the sponsor.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Initiative deliver(Initiative running, LocalDate on, Instant at) {
		Initiative delivered = save(running.delivered(on));
		for (InitiativePromise p : this.promises.of(delivered.id())) {
			if (p.isOpen() && p.measure() != PromiseMeasure.VALUE) {
				InitiativeFigure reached = (p.measure() == PromiseMeasure.DATE) ? InitiativeFigure.day(on)
						: InitiativeFigure.money(delivered.spentMoney());
				close(delivered, p, judged(p, reached), at, reached, null);
			}
		}
		return delivered;
	}

	/**
	 * The sponsor confirms what value the initiative brought, or that it brought none.
	 */
	@Transactional
	public void confirmValue(Reader reader, InitiativeId id, ValueConfirmation confirmation) {
		Initiative initiative = this.visible.require(reader, id);
		VisibleInitiatives.allow(reader.isSponsor(initiative.decision()), "Only the sponsor confirms the value");
		Initiative closed = confirmed(initiative, confirmation, this.clock.instant());
		this.demand.valueConfirmed(closed.decision().demand());
		this.demand.closed(closed.decision().demand(), confirmation.note());
	}

	/** The value promise closes by what was realised; the initiative is closed. */
	@Transactional(propagation = Propagation.MANDATORY)
	Initiative confirmed(Initiative delivered, ValueConfirmation confirmation, Instant at) {
		Initiative closed = save(delivered.valueConfirmed(at, confirmation.note()));
		InitiativePromise value = this.promises.of(delivered.id())
			.stream()
			.filter((p) -> p.isOpen() && p.measure() == PromiseMeasure.VALUE)
			.findFirst()
			.orElseThrow(InitiativeConflict::valueAlreadyConfirmed);
		requireComplete(value, confirmation);
		InitiativeFigure reached = reached(value, closed, confirmation);
		close(closed, value, judged(value, reached), at, reached, confirmation.note());
		this.history.closed(closed, this.promises.of(closed.id()));
		return closed;
	}

	/** The sponsor stops the initiative, with the reason. */
	@Transactional
	public void stop(Reader reader, InitiativeId id, String reason) {
		Initiative initiative = this.visible.require(reader, id);
		VisibleInitiatives.allow(reader.isSponsor(initiative.decision()), "Only the sponsor stops an initiative");
		stopped(initiative, reason, this.clock.instant());
		this.demand.closed(initiative.decision().demand(), reason);
	}

	/** Stops it at {@code at}: its open promises close (the caller tells the demand). */
	@Transactional(propagation = Propagation.MANDATORY)
	Initiative stopped(Initiative running, String reason, Instant at) {
		Initiative stopped = save(running.stopped(at, reason));
		Money spent = stopped.spentMoney();
		for (InitiativePromise p : this.promises.of(stopped.id())) {
			if (!p.isOpen()) {
				continue;
			}
			boolean overspent = p.measure() == PromiseMeasure.BUDGET && spent.compareTo(p.promised().money()) > 0;
			InitiativePromiseStatus outcome = (p.status() == InitiativePromiseStatus.AT_RISK || overspent)
					? InitiativePromiseStatus.BROKEN : InitiativePromiseStatus.CANCELLED;
			InitiativeFigure reached = (p.measure() == PromiseMeasure.BUDGET) ? InitiativeFigure.money(spent) : null;
			close(stopped, p, outcome, at, reached, reason);
		}
		return stopped;
	}

	private void close(Initiative initiative, InitiativePromise open, InitiativePromiseStatus outcome, Instant at,
			InitiativeFigure reached, String note) {
		this.promising.close(initiative, open.closed(outcome, at, reached, note));
		List<InitiativePromise> chain = this.promises.of(initiative.id())
			.stream()
			.filter((p) -> p.measure() == open.measure())
			.toList();
		this.portfolio.record(initiative, chain);
	}

	/**
	 * A confirmation names the figure reached for each part of the value promised, or
	 * says why nothing was realised.
	 */
	private static void requireComplete(InitiativePromise value, ValueConfirmation c) {
		if (c.notRealised()) {
			if (c.note() == null || c.note().isBlank()) {
				throw InvalidInitiativeInput.of("note", "whyNotRealised");
			}
			return;
		}
		if (value.promised().money() != null && c.realisedPerYear() == null) {
			throw InvalidInitiativeInput.of("realisedPerYear", "required");
		}
		if (c.realisedPerYear() != null && c.realisedPerYear().signum() < 0) {
			throw InvalidInitiativeInput.of("realisedPerYear", "negative");
		}
		if (value.promised().figure() != null && c.realisedFigure() == null) {
			throw InvalidInitiativeInput.of("realisedFigure", "required");
		}
	}

	private static InitiativePromiseStatus judged(InitiativePromise p, InitiativeFigure reached) {
		return Outcomes.kept(p.measure(), p.promised(), p.targetToday(), reached) ? InitiativePromiseStatus.KEPT
				: InitiativePromiseStatus.BROKEN;
	}

	private static InitiativeFigure reached(InitiativePromise value, Initiative initiative,
			ValueConfirmation confirmation) {
		if (confirmation.notRealised()) {
			return null;
		}
		InitiativeFigure promised = value.promised();
		Money perYear = (confirmation.realisedPerYear() != null)
				? Money.of(confirmation.realisedPerYear(), initiative.currency()) : null;
		return InitiativeFigure.value(perYear, promised.target(), confirmation.realisedFigure(), promised.unit());
	}

	private Initiative save(Initiative changed) {
		if (!this.initiatives.update(changed)) {
			throw InitiativeConflict.changedMeanwhile();
		}
		return new Initiative(changed.id(), changed.decision(), changed.status(), changed.spent(), changed.scope(),
				changed.deliveredOn(), changed.closedAt(), changed.endNote(), changed.version() + 1);
	}

}
