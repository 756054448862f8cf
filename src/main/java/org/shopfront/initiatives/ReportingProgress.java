package org.shopfront.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IT owner and service owners report how a running initiative goes: spend (money, a
 * day, a note) and milestones (planned, then done). Doing the final milestone delivers it
 * ({@link ClosingInitiative#deliver}).
 */
@Service
class ReportingProgress {

	private final Initiatives initiatives;

	private final Spends spends;

	private final Milestones milestones;

	private final VisibleInitiatives visible;

	private final ClosingInitiative closing;

	private final Projector projector;

	private final InitiativeNotices notices;

	private final Clock clock;

	ReportingProgress(Initiatives initiatives, Spends spends, Milestones milestones, VisibleInitiatives visible,
			ClosingInitiative closing, Projector projector, InitiativeNotices notices, Clock clock) {
		this.initiatives = initiatives;
		this.spends = spends;
		this.milestones = milestones;
		this.visible = visible;
		this.closing = closing;
		this.projector = projector;
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional
	public void spend(Reader reader, InitiativeId id, SpendForm form) {
		Initiative initiative = owned(reader, id);
		Currency currency = initiative.currency();
		if (form.currency() != null && !form.currency().isBlank()
				&& !form.currency().strip().equalsIgnoreCase(currency.getCurrencyCode())) {
			throw InvalidInitiativeInput.of("currency", "currency", currency.getCurrencyCode());
		}
		Instant now = this.clock.instant();
		requireWithin("spentOn", form.spentOn(), initiative, now);
		Money amount = Money.of(form.amount(), currency);
		Initiative spent = initiative.spend(amount);
		if (!this.initiatives.update(spent)) {
			throw InitiativeConflict.changedMeanwhile();
		}
		this.spends.insert(Spend.reported(id, amount, form.spentOn(), form.note().strip(), reader.id(), now));
	}

	@Transactional
	public void plan(Reader reader, InitiativeId id, MilestoneForm form) {
		Initiative initiative = owned(reader, id);
		initiative.requireRunning("milestone");
		if (form.plannedOn().isBefore(startDay(initiative))) {
			throw InvalidInitiativeInput.of("plannedOn", "beforeStart");
		}
		this.milestones
			.insert(Milestone.planned(id, form.name().strip(), form.plannedOn(), false, this.clock.instant()));
	}

	@Transactional
	public void done(Reader reader, InitiativeId id, UUID milestoneId, DoneForm form) {
		Initiative initiative = owned(reader, id);
		initiative.requireRunning("milestone");
		Milestone milestone = this.milestones.find(id, milestoneId)
			.orElseThrow(() -> InitiativeNotFound.forId(milestoneId));
		requireWithin("doneOn", form.doneOn(), initiative, this.clock.instant());
		if (!this.milestones.update(milestone.done(form.doneOn()))) {
			throw InitiativeConflict.changedMeanwhile();
		}
		if (milestone.isFinal()) {
			this.notices.delivered(this.closing.deliver(initiative, form.doneOn(), this.clock.instant()));
		}
	}

	private Initiative owned(Reader reader, InitiativeId id) {
		Initiative initiative = this.visible.require(reader, id);
		VisibleInitiatives.allow(reader.reports(initiative.decision()),
				"Only the IT owner and service owners report progress");
		return initiative;
	}

	/** A day that happened: not after today, not before the initiative started. */
	private void requireWithin(String field, LocalDate day, Initiative initiative, Instant now) {
		if (day.isAfter(this.projector.today(now))) {
			throw InvalidInitiativeInput.of(field, "future");
		}
		if (day.isBefore(startDay(initiative))) {
			throw InvalidInitiativeInput.of(field, "beforeStart");
		}
	}

	private LocalDate startDay(Initiative initiative) {
		return this.projector.today(initiative.decision().startedAt());
	}

}
