package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Demands for tests, made the way the pages make them: a business unit with its leader
 * and a member, a demand submitted by the member, IT's proposal of three options (build
 * inside, buy a service from an outside provider, which IT recommends, and do nothing),
 * and the leader's decision.
 */
public final class DemandFixture {

	/** A business unit: its head leads it, the member only works in it. */
	public record BusinessUnit(UnitId id, Someone leader, Someone member) {
	}

	private final PeopleFixture people;

	private final DemandViewers viewers;

	private final SubmittingDemand submitting;

	private final AnsweringDemand answering;

	private final DecidingDemand deciding;

	private final Proposals proposals;

	public DemandFixture(ApplicationContext context) {
		this.people = new PeopleFixture(context);
		this.viewers = context.getBean(DemandViewers.class);
		this.submitting = context.getBean(SubmittingDemand.class);
		this.answering = context.getBean(AnsweringDemand.class);
		this.deciding = context.getBean(DecidingDemand.class);
		this.proposals = context.getBean(Proposals.class);
	}

	public BusinessUnit unit(String name) {
		Someone leader = this.people.someone(name + " Leader", Role.BUSINESS_LEADER);
		UnitId unit = this.people.unit(name, leader);
		Someone member = this.people.someone(name + " Member");
		this.people.joinUnit(leader, unit);
		this.people.joinUnit(member, unit);
		return new BusinessUnit(unit, leader, member);
	}

	/** A demand worth €120,000 a year, submitted by the unit's member for its leader. */
	public DemandId submit(BusinessUnit unit, String title) {
		DemandForm form = new DemandForm(title, "Invoices are keyed in by hand", "Invoices read automatically",
				new BigDecimal("120000"), "EUR", "Invoices keyed by hand", "per month", new BigDecimal("4000"),
				new BigDecimal("400"), LocalDate.now().plusMonths(6), "The audit starts then", "Accounts payable",
				"https://wiki.example.org/invoices", null);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Demand demand = this.submitting.submit(viewer(unit.member()), form, errors);
		if (demand == null) {
			throw new IllegalStateException("Fixture demand rejected: " + errors);
		}
		return demand.id();
	}

	/**
	 * IT's proposal of three options; the outside provider's (the second) is recommended.
	 * @param provider the store's provider of the bought service, or null for one outside
	 * the store
	 */
	public ProposalId propose(Someone it, DemandId demand, ProviderId provider) {
		ProposalForm form = new ProposalForm("Three ways to stop keying invoices", "EUR", threeOptions(provider), 1,
				"The outside service is proven and cheaper than building", "");
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Proposal proposal = this.answering.propose(viewer(it), demand, form, errors);
		if (proposal == null) {
			throw new IllegalStateException("Fixture proposal rejected: " + errors);
		}
		return proposal.id();
	}

	static List<OptionForm> threeOptions(ProviderId provider) {
		LocalDate inFourMonths = LocalDate.now().plusMonths(4);
		return List.of(
				new OptionForm(OptionKind.BUILD_INSIDE, "Build it in-house", "Our own reader", null, "",
						new BigDecimal("80000"), new BigDecimal("12000"), new BigDecimal("120"), inFourMonths,
						"Nobody here has built one"),
				new OptionForm(OptionKind.BUY_SERVICE, "Buy a reading service", "A proven service", uuid(provider),
						(provider == null) ? "Scan & Co" : "", new BigDecimal("20000"), new BigDecimal("30000"),
						new BigDecimal("30"), LocalDate.now().plusMonths(2), "Depends on the vendor"),
				new OptionForm(OptionKind.DO_NOTHING, "Keep keying by hand", "", null, "", null, null, null, null,
						"The audit finds the backlog"));
	}

	/** The option at the given place in the demand's newest proposal. */
	public OptionId option(DemandId demand, int index) {
		return this.proposals.latest(demand).orElseThrow().options().get(index).id();
	}

	public void review(Someone it, DemandId demand) {
		this.answering.review(viewer(it), demand);
	}

	public void decide(Someone leader, DemandId demand, OptionId option) {
		this.deciding.decide(viewer(leader), demand, option);
	}

	public void decline(Someone leader, DemandId demand) {
		this.deciding.decline(viewer(leader), demand, "Not this year");
	}

	DemandViewer viewer(Someone someone) {
		return this.viewers.of(this.people.principal(someone));
	}

	private static UUID uuid(ProviderId provider) {
		return (provider == null) ? null : provider.value();
	}

}
