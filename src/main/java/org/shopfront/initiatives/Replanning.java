package org.shopfront.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A re-plan: a promise of an initiative gets a new figure and a reason. The promise it
 * replaces is closed as renegotiated and stays on the record; a new date moves the final
 * milestone with it. IT's re-plans are told to the sponsor.
 */
@Service
class Replanning {

	private final InitiativePromises promises;

	private final Milestones milestones;

	private final Promising promising;

	private final VisibleInitiatives visible;

	private final InitiativeNotices notices;

	private final Projector projector;

	private final Directory directory;

	private final Clock clock;

	Replanning(InitiativePromises promises, Milestones milestones, Promising promising, VisibleInitiatives visible,
			InitiativeNotices notices, Projector projector, Directory directory, Clock clock) {
		this.promises = promises;
		this.milestones = milestones;
		this.promising = promising;
		this.visible = visible;
		this.notices = notices;
		this.projector = projector;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public InitiativePromise replan(Reader reader, InitiativeId id, ReplanForm form) {
		Initiative initiative = this.visible.require(reader, id);
		VisibleInitiatives.allow(reader.replans(initiative.decision()),
				"Only the sponsor, the IT owner and service owners re-plan");
		initiative.requireReplannable(form.measure());
		InitiativePromise current = current(initiative, form.measure());
		InitiativePromise renewed = replace(initiative, current, figure(initiative, current, form),
				this.clock.instant(), reader.id(), form.reason().strip());
		if (!reader.isSponsor(initiative.decision())) {
			String by = this.directory.find(reader.id()).map(Person::displayName).orElse("IT");
			this.notices.replanned(initiative, current, renewed, by);
		}
		return renewed;
	}

	/** The measure's promise that is still open. */
	@Transactional(propagation = Propagation.MANDATORY)
	InitiativePromise current(Initiative initiative, PromiseMeasure measure) {
		return this.promises.of(initiative.id())
			.stream()
			.filter((p) -> p.isOpen() && p.measure() == measure)
			.findFirst()
			.orElseThrow(() -> InitiativeConflict.notRunning("replan", initiative.status()));
	}

	/**
	 * Replaces the promise by one with the new figure, made at {@code at}; a new date
	 * also moves the final milestone.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	InitiativePromise replace(Initiative initiative, InitiativePromise current, InitiativeFigure figure, Instant at,
			UserId by, String reason) {
		InitiativePromise renewed = this.promising.replace(initiative, current, figure, at, by, reason);
		if (current.measure() == PromiseMeasure.DATE) {
			this.milestones.of(initiative.id()).stream().filter((m) -> m.isFinal() && !m.isDone()).forEach((m) -> {
				if (!this.milestones.update(m.plannedFor(figure.date()))) {
					throw InitiativeConflict.changedMeanwhile();
				}
			});
		}
		return renewed;
	}

	/** The new figure the form asks for, checked against the current promise. */
	private InitiativeFigure figure(Initiative initiative, InitiativePromise current, ReplanForm form) {
		return switch (form.measure()) {
			case BUDGET -> {
				if (form.amount() == null) {
					throw InvalidInitiativeInput.of("amount", "required");
				}
				yield InitiativeFigure.money(Money.of(form.amount(), initiative.currency()));
			}
			case DATE -> {
				LocalDate today = this.projector.today(this.clock.instant());
				if (form.date() == null) {
					throw InvalidInitiativeInput.of("date", "required");
				}
				if (form.date().isBefore(today)) {
					throw InvalidInitiativeInput.of("date", "past");
				}
				yield InitiativeFigure.day(form.date());
			}
			case VALUE -> {
				InitiativeFigure promised = current.promised();
				if (form.valuePerYear() == null && form.targetFigure() == null) {
					throw InvalidInitiativeInput.of("valuePerYear", "valueRequired");
				}
				Money perYear = (form.valuePerYear() != null) ? Money.of(form.valuePerYear(), initiative.currency())
						: null;
				yield InitiativeFigure.value(perYear, promised.target(), form.targetFigure(), promised.unit());
			}
		};
	}

}
