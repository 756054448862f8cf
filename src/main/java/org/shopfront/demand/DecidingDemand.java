package org.shopfront.demand;

import java.time.Clock;
import java.time.Instant;

import org.shopfront.people.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's side of a proposal (a leader of the demand's unit): ask for changes,
 * choose an option, or decline them all. Choosing records the decision with the widened
 * budget and date the leader saw and publishes {@link OptionChosen} in the same
 * transaction, so the initiative it becomes is never lost; choosing to do nothing closes
 * the demand instead.
 */
@Service
@Transactional
class DecidingDemand {

	private final DemandQueries queries;

	private final Demands demands;

	private final Proposals proposals;

	private final Decisions decisions;

	private final Widening widening;

	private final Moves moves;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DecidingDemand(DemandQueries queries, Demands demands, Proposals proposals, Decisions decisions, Widening widening,
			Moves moves, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.demands = demands;
		this.proposals = proposals;
		this.decisions = decisions;
		this.widening = widening;
		this.moves = moves;
		this.events = events;
		this.clock = clock;
	}

	Demand requestChanges(DemandViewer viewer, DemandId id, String changes) {
		Demand demand = leadersDemand(viewer, id);
		return this.moves.save(demand, demand.requestChanges(), viewer.actor(), changes.strip());
	}

	Decision decide(DemandViewer viewer, DemandId id, OptionId optionId) {
		Demand demand = leadersDemand(viewer, id);
		Demand decided = demand.decide();
		Proposal proposal = this.proposals.latest(id).orElseThrow(InvalidDecision::unknownOption);
		ProposalOption option = proposal.option(optionId).orElseThrow(InvalidDecision::unknownOption);
		WidenedFigures promised = this.widening.of(proposal, option);
		Instant now = this.clock.instant();
		Decision decision = new Decision(id, proposal.id(), proposal.version(), option.id(), viewer.actor(), now,
				promised.budget(), promised.due());
		Demand saved = this.moves.save(demand, decided, viewer.actor(), option.name());
		this.decisions.insert(decision);
		this.demands.addParticipant(id, viewer.id());
		if (option.doesNothing()) {
			this.moves.save(saved, saved.close(option.name(), now), viewer.actor(), option.name());
		}
		else {
			this.events.publishEvent(chosen(saved, proposal, option, promised, viewer.id(), now));
		}
		return decision;
	}

	Demand decline(DemandViewer viewer, DemandId id, String reason) {
		Demand demand = leadersDemand(viewer, id);
		Demand declined = this.moves.save(demand, demand.decline(reason.strip(), this.clock.instant()), viewer.actor(),
				reason.strip());
		this.demands.addParticipant(id, viewer.id());
		return declined;
	}

	private Demand leadersDemand(DemandViewer viewer, DemandId id) {
		Demand demand = this.queries.visible(viewer, id);
		if (!viewer.leads(demand)) {
			throw new AccessDeniedException("Only the unit's leaders decide its demands");
		}
		return demand;
	}

	/** What the decision chose, with the widened budget and date promised. */
	static OptionChosen chosen(Demand demand, Proposal proposal, ProposalOption option, WidenedFigures promised,
			UserId sponsor, Instant at) {
		return new OptionChosen(demand.id(), proposal.id(), proposal.version(), option.id(), demand.title(),
				option.name(), option.kind(), option.providerId(), option.providerName(), demand.parties().unitId(),
				sponsor, proposal.writer().id(), option.oneOffCost(), option.runningCostPerYear(), promised.budget(),
				option.effortDays(), promised.due(), demand.content().value(), option.workKind(), at);
	}

}
