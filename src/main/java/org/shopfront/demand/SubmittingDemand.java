package org.shopfront.demand;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.shared.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Submits a demand for the submitter's business unit, for one of its leaders (the
 * submitter themselves when they lead it), tells IT and publishes
 * {@link DemandSubmitted}, in one transaction.
 */
@Service
@Transactional
class SubmittingDemand {

	private final Demands demands;

	private final Directory directory;

	private final UnitLeaders leaders;

	private final DemandNotices notices;

	private final ApplicationEventPublisher events;

	private final Formats formats;

	private final Clock clock;

	SubmittingDemand(Demands demands, Directory directory, UnitLeaders leaders, DemandNotices notices,
			ApplicationEventPublisher events, Formats formats, Clock clock) {
		this.demands = demands;
		this.directory = directory;
		this.leaders = leaders;
		this.notices = notices;
		this.events = events;
		this.formats = formats;
		this.clock = clock;
	}

	/** The demand, or null when the form broke a rule (written into errors). */
	Demand submit(DemandViewer viewer, DemandForm form, Errors errors) {
		Person me = this.directory.require(viewer.id());
		Instant now = this.clock.instant();
		DemandContent content = DemandRules.check(form, LocalDate.ofInstant(now, this.formats.zone()), errors);
		Person leader = leader(me, form, errors);
		if (content == null || leader == null || errors.hasErrors()) {
			return null;
		}
		Parties parties = new Parties(me.unitId(), me.unitName(), me.id(), me.displayName(), leader.id(),
				leader.displayName(), null, null);
		Demand demand = Demand.submit(this.demands.nextNumber(), content, parties, now);
		this.demands.insert(demand);
		this.demands.addStep(demand.id(), null, DemandStatus.SUBMITTED, viewer.actor(), null, now);
		this.demands.addParticipant(demand.id(), me.id());
		this.events.publishEvent(new DemandSubmitted(demand.id(), demand.number(), demand.title(), me.unitId(), me.id(),
				leader.id(), now));
		this.notices.submitted(demand);
		return demand;
	}

	/** The leaders the submitter may submit for: their unit's. */
	@Transactional(readOnly = true)
	List<Person> leadersFor(DemandViewer viewer) {
		return (viewer.unit() == null) ? List.of() : this.leaders.of(viewer.unit());
	}

	private Person leader(Person me, DemandForm form, Errors errors) {
		if (me.unitId() == null) {
			errors.rejectValue("leaderId", "demand.unit.none");
			return null;
		}
		List<Person> unitLeaders = this.leaders.of(me.unitId());
		Optional<Person> chosen;
		if (form.leaderId() != null) {
			chosen = unitLeaders.stream().filter(l -> l.id().value().equals(form.leaderId())).findFirst();
			if (chosen.isEmpty()) {
				errors.rejectValue("leaderId", "demand.leader.unknown");
			}
		}
		else {
			chosen = unitLeaders.stream().filter(l -> l.id().equals(me.id())).findFirst();
			chosen = chosen.or(() -> unitLeaders.stream().findFirst());
			if (chosen.isEmpty()) {
				errors.rejectValue("leaderId", "demand.leader.none");
			}
		}
		return chosen.orElse(null);
	}

}
