package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sponsor's answer to the retailer call, recorded on the calls still open (one
 * answer: a second finds none open) and followed by the re-plan it asks for: re-scoping
 * replaces each promise at risk by the same figure with what goes as the reason (and
 * lowers the remaining work by the share given), more time replaces the date, more money
 * the budget, and stopping stops the initiative.
 */
@Service
class AnsweringInitiativeCall {

	private final Initiatives initiatives;

	private final InitiativePromises promises;

	private final Calls calls;

	private final VisibleInitiatives visible;

	private final Replanning replanning;

	private final ClosingInitiative closing;

	private final DemandSteps demand;

	private final Clock clock;

	AnsweringInitiativeCall(Initiatives initiatives, InitiativePromises promises, Calls calls,
			VisibleInitiatives visible, Replanning replanning, ClosingInitiative closing, DemandSteps demand,
			Clock clock) {
		this.initiatives = initiatives;
		this.promises = promises;
		this.calls = calls;
		this.visible = visible;
		this.replanning = replanning;
		this.closing = closing;
		this.demand = demand;
		this.clock = clock;
	}

	@Transactional
	public void answer(Reader reader, InitiativeId id, CallForm form) {
		Initiative initiative = this.visible.require(reader, id);
		VisibleInitiatives.allow(reader.isSponsor(initiative.decision()), "Only the sponsor answers the call");
		String why = requireComplete(form);
		Instant now = this.clock.instant();
		Call answer = new Call(null, id, null, null, form.answer(), now, reader.id(), clean(form.whatGoes()),
				(form.share() != null) ? BigDecimal.valueOf(form.share()).movePointLeft(2) : null, form.newDate(),
				form.extra(), clean(form.note()));
		if (this.calls.answer(id, answer) == 0) {
			throw InitiativeConflict.noOpenCall();
		}
		switch (form.answer()) {
			case RESCOPE -> rescope(initiative, answer, why, now);
			case MORE_TIME -> {
				InitiativePromise date = this.replanning.current(initiative, PromiseMeasure.DATE);
				if (!form.newDate().isAfter(date.promised().date())) {
					throw InvalidInitiativeInput.of("newDate", "notLater", date.promised().date());
				}
				this.replanning.replace(initiative, date, InitiativeFigure.day(form.newDate()), now, reader.id(), why);
			}
			case MORE_MONEY -> {
				InitiativePromise budget = this.replanning.current(initiative, PromiseMeasure.BUDGET);
				Money more = budget.promised().money().plus(Money.of(form.extra(), initiative.currency()));
				this.replanning.replace(initiative, budget, InitiativeFigure.money(more), now, reader.id(), why);
			}
			case STOP -> {
				this.closing.stopped(initiative, why, now);
				this.demand.closed(initiative.decision().demand(), why);
			}
		}
	}

	private void rescope(Initiative initiative, Call answer, String why, Instant now) {
		Initiative rescoped = initiative.rescoped(answer.scopeCut());
		if (!this.initiatives.update(rescoped)) {
			throw InitiativeConflict.changedMeanwhile();
		}
		List<InitiativePromise> atRisk = this.promises.of(initiative.id())
			.stream()
			.filter((p) -> p.status() == InitiativePromiseStatus.AT_RISK)
			.toList();
		for (InitiativePromise p : atRisk) {
			this.replanning.replace(rescoped, p, p.promised(), now, answer.answeredBy(), why);
		}
	}

	/** Each answer names what it needs; returns the reason the re-plan records. */
	private static String requireComplete(CallForm form) {
		switch (form.answer()) {
			case RESCOPE -> {
				if (clean(form.whatGoes()) == null) {
					throw InvalidInitiativeInput.of("whatGoes", "required");
				}
				if (form.share() == null) {
					throw InvalidInitiativeInput.of("share", "required");
				}
				return clean(form.whatGoes());
			}
			case MORE_TIME -> require(form.newDate(), "newDate");
			case MORE_MONEY -> require(form.extra(), "extra");
			case STOP -> {
			}
		}
		if (clean(form.note()) == null) {
			throw InvalidInitiativeInput.of("note", "required");
		}
		return clean(form.note());
	}

	private static void require(Object value, String field) {
		if (value == null) {
			throw InvalidInitiativeInput.of(field, "required");
		}
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
