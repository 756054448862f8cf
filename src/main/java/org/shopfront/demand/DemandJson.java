package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shopfront.catalog.ProviderRecord;
import org.shopfront.shared.Money;

/**
 * What the API answers about demands: the same as the pages, money figures left out
 * (null) for a reader who may not see the unit's.
 */
final class DemandJson {

	private DemandJson() {
	}

	record DemandView(UUID id, long number, String title, String problem, String outcome, ValueView value,
			LocalDate neededBy, String neededByWhy, String affected, List<String> links, String unit,
			String submittedBy, String leader, String itOwner, DemandStatus status, Instant submittedAt,
			Instant closedAt, String closedReason, UUID initiativeId, List<StepView> timeline,
			List<VersionView> proposals, DecisionJson decision) {

		static DemandView of(DemandPage page) {
			Demand d = page.demand();
			DemandContent c = d.content();
			Parties p = d.parties();
			List<VersionView> versions = (page.proposal() == null) ? List.of()
					: page.proposal().versions().stream().map(VersionView::of).toList();
			DecisionJson decision = (page.decision() == null) ? null
					: DecisionJson.of(page.decision(), page.seesMoney());
			return new DemandView(d.id().value(), d.number(), c.title(), c.problem(), c.outcome(),
					ValueView.of(c.value(), page.seesMoney()), c.neededBy(), c.neededByWhy(), c.affected(), c.links(),
					p.unitName(), p.submitterName(), p.leaderName(), p.itOwnerName(), d.status(), d.submittedAt(),
					d.closedAt(), d.closedReason(), d.initiativeId(),
					page.timeline().stream().map(StepView::of).toList(), versions, decision);
		}

	}

	/** What a demand is worth; {@code perYear} and {@code currency} null when hidden. */
	record ValueView(BigDecimal perYear, String currency, String target, String unit, BigDecimal today,
			BigDecimal wanted) {

		static ValueView of(ExpectedValue v, boolean money) {
			Money perYear = money ? v.perYear() : null;
			return new ValueView(amount(perYear), currencyCode(perYear), v.target(), v.unit(), v.today(), v.wanted());
		}

	}

	record StepView(DemandStatus from, DemandStatus to, String actor, String note, Instant at) {

		static StepView of(DemandStep s) {
			return new StepView(s.from(), s.to(), s.actorName(), s.note(), s.at());
		}

	}

	record VersionView(int version, String writtenBy, Instant writtenAt) {

		static VersionView of(Proposals.Version v) {
			return new VersionView(v.version(), v.writerName(), v.writtenAt());
		}

	}

	record ProposalJson(UUID id, int version, String writtenBy, Instant writtenAt, String summary,
			String fewerOptionsReason, String currency, UUID recommendedOptionId, String recommendationReason,
			boolean latest, List<OptionJson> options) {

		static ProposalJson of(ProposalView view, boolean money) {
			Proposal p = view.proposal();
			return new ProposalJson(p.id().value(), p.version(), p.writer().name(), p.writtenAt(), p.summary(),
					p.fewerOptionsReason(), p.currency().getCurrencyCode(), p.recommended().value(),
					p.recommendationReason(), view.latest(),
					view.options().stream().map(o -> OptionJson.of(o, money)).toList());
		}

	}

	/**
	 * An option: the estimates as IT gave them and the budget and date promised, widened
	 * from the evidence the sentences name.
	 */
	record OptionJson(UUID id, OptionKind kind, String name, String description, UUID providerId, String providerName,
			RecordJson providerRecord, BigDecimal oneOffCost, BigDecimal runningCostPerYear, BigDecimal budget,
			String budgetEvidence, BigDecimal effortDays, LocalDate deliveryDate, LocalDate due, String dateEvidence,
			String risks, boolean recommended) {

		static OptionJson of(OptionView v, boolean money) {
			ProposalOption o = v.option();
			return new OptionJson(o.id().value(), o.kind(), o.name(), o.description(),
					(o.providerId() == null) ? null : o.providerId().value(), o.providerName(),
					RecordJson.of(v.record()), money ? amount(o.oneOffCost()) : null,
					money ? amount(o.runningCostPerYear()) : null, money ? amount(v.promised().budget()) : null,
					money ? v.budgetSentence() : null, o.effortDays(), o.deliveryDate(), v.promised().due(),
					v.dateSentence(), o.risks(), v.recommended());
		}

	}

	/** A provider's track record, each figure with the count behind it. */
	record RecordJson(int promises, Integer keptPercent, int didNotHold, Integer toldEarlyPercent,
			int satisfactionAnswers, Double satisfaction) {

		static RecordJson of(ProviderRecord r) {
			return (r == null) ? null : new RecordJson(r.promises(), r.keptPercent(), r.didNotHold(), r.warnedPercent(),
					r.satisfactionAnswers(), r.satisfaction());
		}

	}

	record MessageJson(UUID id, String author, boolean fromIt, String text, Instant postedAt) {

		static MessageJson of(ThreadMessage m) {
			return new MessageJson(m.id(), m.author().name(), m.fromIt(), m.text(), m.postedAt());
		}

	}

	record DecisionJson(UUID optionId, UUID proposalId, int proposalVersion, String decidedBy, Instant decidedAt,
			BigDecimal budget, String currency, LocalDate due) {

		static DecisionJson of(Decision d, boolean money) {
			return new DecisionJson(d.optionId().value(), d.proposalId().value(), d.proposalVersion(),
					d.decidedBy().name(), d.decidedAt(), money ? amount(d.budget()) : null,
					money ? currencyCode(d.budget()) : null, d.due());
		}

	}

	private static BigDecimal amount(Money money) {
		return (money == null) ? null : money.amount();
	}

	private static String currencyCode(Money money) {
		return (money == null) ? null : money.currency().getCurrencyCode();
	}

}
