package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the demands of a previous tool along into a new installation: each with its
 * proposal and, when it was decided, the decision, their timeline at the times they
 * happened. Where a demand stands follows from what it has: no IT person yet is
 * submitted, an IT person without a proposal is in review, a proposal without a choice is
 * waiting for the leader. Like the other imports it publishes no events and tells nobody;
 * it returns what each decision chose, so whoever imports the initiatives those decisions
 * became can make them from it.
 */
@Service
@Transactional
public class DemandImport {

	/**
	 * A demand of the past.
	 *
	 * @param itOwner the IT person who took it, or null when nobody has yet
	 * @param proposedAt when IT proposed its options, or null when it has not yet
	 * @param recommended the place in {@code options} of the one IT recommends
	 * @param chosen the place of the option the leader chose, or null when undecided
	 */
	public record PastDemand(String title, String problem, String outcome, ExpectedValue value, LocalDate neededBy,
			String neededByWhy, String affected, UserId submittedBy, UserId leader, Instant submittedAt, UserId itOwner,
			Instant proposedAt, List<PastOption> options, int recommended, String recommendationReason, Integer chosen,
			Instant decidedAt) {

		public PastDemand {
			options = (options == null) ? List.of() : List.copyOf(options);
		}

	}

	/**
	 * One option of a past proposal.
	 *
	 * @param provider one of the store's providers, or null (then {@code providerName}
	 * may name one outside the store)
	 */
	public record PastOption(OptionKind kind, String name, String description, ProviderId provider, String providerName,
			Money oneOffCost, Money runningCostPerYear, BigDecimal effortDays, LocalDate deliveryDate, String risks) {
	}

	private final Demands demands;

	private final Proposals proposals;

	private final Decisions decisions;

	private final Widening widening;

	private final Directory directory;

	private final JdbcClient jdbc;

	DemandImport(Demands demands, Proposals proposals, Decisions decisions, Widening widening, Directory directory,
			JdbcClient jdbc) {
		this.demands = demands;
		this.proposals = proposals;
		this.decisions = decisions;
		this.widening = widening;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** Whether there is no demand yet: only then does a new installation import them. */
	@Transactional(readOnly = true)
	public boolean nothingYet() {
		return this.jdbc.sql("select count(*) from demand").query(Long.class).single() == 0;
	}

	/** Records the demands; returns what each decided one chose, oldest first. */
	public List<OptionChosen> recordPast(List<PastDemand> past) {
		List<OptionChosen> chosen = new ArrayList<>();
		for (PastDemand p : past) {
			OptionChosen decided = record(p);
			if (decided != null) {
				chosen.add(decided);
			}
		}
		return chosen;
	}

	private OptionChosen record(PastDemand p) {
		Person submitter = this.directory.require(p.submittedBy());
		Person leader = this.directory.require(p.leader());
		Person it = (p.itOwner() == null) ? null : this.directory.require(p.itOwner());
		Parties parties = new Parties(submitter.unitId(), submitter.unitName(), submitter.id(), submitter.displayName(),
				leader.id(), leader.displayName(), null, null);
		DemandContent content = new DemandContent(p.title(), p.problem(), p.outcome(), p.value(), p.neededBy(),
				p.neededByWhy(), p.affected(), List.of());
		Demand demand = Demand.submit(this.demands.nextNumber(), content, parties, p.submittedAt());
		this.demands.insert(demand);
		this.demands.addStep(demand.id(), null, DemandStatus.SUBMITTED, actor(submitter), null, p.submittedAt());
		this.demands.addParticipant(demand.id(), submitter.id());
		if (it == null) {
			return null;
		}
		Demand moved = demand.review(actor(it));
		this.demands.addStep(demand.id(), DemandStatus.SUBMITTED, DemandStatus.IN_REVIEW, actor(it), null,
				p.submittedAt());
		if (p.proposedAt() == null) {
			save(moved);
			return null;
		}
		Proposal proposal = proposal(p, demand.id(), actor(it));
		this.proposals.insert(proposal);
		moved = moved.propose(actor(it));
		this.demands.addStep(demand.id(), DemandStatus.IN_REVIEW, DemandStatus.PROPOSAL_READY, actor(it), null,
				p.proposedAt());
		if (p.chosen() == null) {
			save(moved);
			return null;
		}
		ProposalOption option = proposal.options().get(p.chosen());
		WidenedFigures promised = this.widening.of(proposal, option);
		this.decisions.insert(new Decision(demand.id(), proposal.id(), proposal.version(), option.id(), actor(leader),
				p.decidedAt(), promised.budget(), promised.due()));
		this.demands.addStep(demand.id(), DemandStatus.PROPOSAL_READY, DemandStatus.DECIDED, actor(leader),
				option.name(), p.decidedAt());
		this.demands.addParticipant(demand.id(), leader.id());
		Demand decided = save(moved.decide());
		return DecidingDemand.chosen(decided, proposal, option, promised, leader.id(), p.decidedAt());
	}

	private Demand save(Demand demand) {
		if (!this.demands.update(demand)) {
			throw DemandConflict.changedMeanwhile();
		}
		return demand.saved();
	}

	private static Proposal proposal(PastDemand p, DemandId demand, Actor it) {
		List<ProposalOption> options = new ArrayList<>();
		for (PastOption o : p.options()) {
			options.add(new ProposalOption(OptionId.random(), options.size(), o.kind(), o.name(), o.description(),
					o.provider(), o.providerName(), o.oneOffCost(), o.runningCostPerYear(), o.effortDays(),
					o.deliveryDate(), o.risks()));
		}
		return new Proposal(ProposalId.random(), demand, 1, it, p.proposedAt(), null,
				(options.size() < 2) ? "Nothing else would do" : null, options.get(0).oneOffCost().currency(),
				options.get(p.recommended()).id(), p.recommendationReason(), options);
	}

	private static Actor actor(Person person) {
		return new Actor(person.id(), person.displayName());
	}

}
