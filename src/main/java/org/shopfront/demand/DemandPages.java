package org.shopfront.demand;

import java.util.List;
import java.util.Map;

import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.ProviderRecord;
import org.shopfront.catalog.ProviderRecords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a demand's page together for a viewer: the demand, its timeline, a version of the
 * proposal with each option's promised budget and date and its provider's record, the
 * thread and the decision. The API reads the same.
 */
@Component
@Transactional(readOnly = true)
class DemandPages {

	private final DemandQueries queries;

	private final Demands demands;

	private final Proposals proposals;

	private final Decisions decisions;

	private final ThreadMessages messages;

	private final Widening widening;

	private final EvidenceSentences sentences;

	private final ObjectProvider<ProviderRecords> records;

	DemandPages(DemandQueries queries, Demands demands, Proposals proposals, Decisions decisions,
			ThreadMessages messages, Widening widening, EvidenceSentences sentences,
			ObjectProvider<ProviderRecords> records) {
		this.queries = queries;
		this.demands = demands;
		this.proposals = proposals;
		this.decisions = decisions;
		this.messages = messages;
		this.widening = widening;
		this.sentences = sentences;
		this.records = records;
	}

	/**
	 * The page with the newest proposal, or with an earlier version.
	 * @param version the proposal's version to show, or null for the newest
	 */
	DemandPage page(DemandViewer viewer, DemandId id, Integer version) {
		Demand demand = this.queries.visible(viewer, id);
		ProposalView proposal = proposal(viewer, id, version);
		Decision decision = this.decisions.of(id).orElse(null);
		OptionView chosen = (decision == null) ? null : chosen(decision);
		return new DemandPage(demand, this.demands.timeline(id), proposal, this.messages.of(id), decision, chosen,
				viewer.seesMoneyOf(demand), viewer.leads(demand), viewer.answers());
	}

	/**
	 * One version of the proposal, or the newest; null when IT has proposed nothing yet.
	 */
	ProposalView proposal(DemandViewer viewer, DemandId id, Integer version) {
		this.queries.visible(viewer, id);
		List<Proposals.Version> versions = this.proposals.versions(id);
		if (versions.isEmpty() && version == null) {
			return null;
		}
		Proposal proposal = ((version == null) ? this.proposals.latest(id) : this.proposals.version(id, version))
			.orElseThrow(() -> DemandNotFound.forId(id + " version " + version));
		Map<ProviderId, ProviderRecord> known = providerRecords();
		List<OptionView> options = proposal.options().stream().map(o -> view(proposal, o, known)).toList();
		return new ProposalView(proposal, options, versions, proposal.version() == versions.get(0).version());
	}

	private OptionView chosen(Decision decision) {
		Proposal proposal = this.proposals.find(decision.proposalId()).orElseThrow();
		ProposalOption option = proposal.option(decision.optionId()).orElseThrow();
		return view(proposal, option, providerRecords());
	}

	private OptionView view(Proposal proposal, ProposalOption option, Map<ProviderId, ProviderRecord> known) {
		WidenedFigures promised = this.widening.of(proposal, option);
		ProviderRecord record = (option.providerId() == null) ? null : known.get(option.providerId());
		return new OptionView(option, proposal.recommends(option), promised, this.sentences.budget(promised),
				this.sentences.date(promised), record);
	}

	private Map<ProviderId, ProviderRecord> providerRecords() {
		ProviderRecords provider = this.records.getIfAvailable();
		return (provider == null) ? Map.of() : provider.all();
	}

}
