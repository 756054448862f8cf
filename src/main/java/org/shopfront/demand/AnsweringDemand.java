package org.shopfront.demand;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.ProviderSummary;
import org.shopfront.shared.Formats;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * IT's side of a demand (service owners and admins): take it in review, and answer it
 * with a proposal of options, or a new version of one. Each is one transaction that moves
 * the demand and tells its leader.
 */
@Service
@Transactional
class AnsweringDemand {

	private final DemandQueries queries;

	private final Proposals proposals;

	private final Catalog catalog;

	private final Moves moves;

	private final Formats formats;

	private final Clock clock;

	AnsweringDemand(DemandQueries queries, Proposals proposals, Catalog catalog, Moves moves, Formats formats,
			Clock clock) {
		this.queries = queries;
		this.proposals = proposals;
		this.catalog = catalog;
		this.moves = moves;
		this.formats = formats;
		this.clock = clock;
	}

	Demand review(DemandViewer viewer, DemandId id) {
		Demand demand = this.queries.visible(viewer, id);
		requireAnswerer(viewer);
		return this.moves.save(demand, demand.review(viewer.actor()), viewer.actor(), null);
	}

	/**
	 * Writes the next version of the demand's proposal.
	 * @return the proposal, or null when the form broke a rule (written into errors)
	 */
	Proposal propose(DemandViewer viewer, DemandId id, ProposalForm form, Errors errors) {
		Demand demand = this.queries.visible(viewer, id);
		requireAnswerer(viewer);
		Demand proposed = demand.propose(viewer.actor());
		Instant now = this.clock.instant();
		ProposalDraft draft = ProposalRules.check(form, LocalDate.ofInstant(now, this.formats.zone()), providers(),
				errors);
		if (draft == null) {
			return null;
		}
		Proposal proposal = draft.as(id, this.proposals.nextVersion(id), viewer.actor(), now);
		this.proposals.insert(proposal);
		this.moves.save(demand, proposed, viewer.actor(), null);
		return proposal;
	}

	/** The form for the next version: the current one to edit, or empty slots. */
	@Transactional(readOnly = true)
	ProposalForm form(DemandViewer viewer, DemandId id) {
		Demand demand = this.queries.visible(viewer, id);
		requireAnswerer(viewer);
		demand.propose(viewer.actor());
		return this.proposals.latest(id)
			.map(ProposalForm::of)
			.orElseGet(() -> ProposalForm.empty(this.formats.currency().getCurrencyCode()));
	}

	/** The store's providers an option may name, by name. */
	@Transactional(readOnly = true)
	List<ProviderSummary> providerChoices() {
		return this.catalog.providers();
	}

	private Map<ProviderId, ProviderSummary> providers() {
		return providerChoices().stream().collect(Collectors.toMap(ProviderSummary::id, Function.identity()));
	}

	private static void requireAnswerer(DemandViewer viewer) {
		if (!viewer.answers()) {
			throw new AccessDeniedException("Only service owners and admins answer demands");
		}
	}

}
