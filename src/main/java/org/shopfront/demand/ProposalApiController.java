package org.shopfront.demand;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.shopfront.demand.DemandJson.DecisionJson;
import org.shopfront.demand.DemandJson.MessageJson;
import org.shopfront.demand.DemandJson.ProposalJson;
import org.shopfront.demand.DemandJson.VersionView;
import org.shopfront.people.ShopfrontUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A demand's proposals (every version), its thread and its decision, for machine clients,
 * under the same rules as the pages.
 */
@RestController
@RequestMapping("/api/demands/{id}")
@Tag(name = "Demands")
class ProposalApiController {

	private final DemandViewers viewers;

	private final AnsweringDemand answering;

	private final DecidingDemand deciding;

	private final DemandConversation conversation;

	private final DemandPages pages;

	ProposalApiController(DemandViewers viewers, AnsweringDemand answering, DecidingDemand deciding,
			DemandConversation conversation, DemandPages pages) {
		this.viewers = viewers;
		this.answering = answering;
		this.deciding = deciding;
		this.conversation = conversation;
		this.pages = pages;
	}

	record DecisionRequest(@NotNull UUID optionId) {
	}

	@GetMapping("/proposals")
	@Operation(summary = "Every version of the demand's proposal, the newest first")
	List<VersionView> versions(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		ProposalView newest = this.pages.proposal(this.viewers.of(me), new DemandId(id), null);
		return (newest == null) ? List.of() : newest.versions().stream().map(VersionView::of).toList();
	}

	@GetMapping("/proposals/{version}")
	@Operation(summary = "One version of the proposal: its options side by side, with widened budgets and dates")
	ProposalJson proposal(@PathVariable UUID id, @PathVariable int version, @AuthenticationPrincipal ShopfrontUser me) {
		return json(this.viewers.of(me), new DemandId(id), version);
	}

	@PostMapping("/proposals")
	@Operation(summary = "Propose options, or a new version of them (service owners and admins); "
			+ "options[i].kind is BUILD_INSIDE, BUY_SERVICE, EXTEND_EXISTING or DO_NOTHING, recommended the index "
			+ "of the recommended option")
	ResponseEntity<ProposalJson> propose(@PathVariable UUID id, @Valid @RequestBody ProposalForm request,
			BindingResult errors, @AuthenticationPrincipal ShopfrontUser me) throws BindException {
		DemandViewer viewer = this.viewers.of(me);
		Proposal proposal = errors.hasErrors() ? null
				: this.answering.propose(viewer, new DemandId(id), request, errors);
		if (proposal == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/demands/" + id + "/proposals/" + proposal.version()))
			.body(json(viewer, new DemandId(id), proposal.version()));
	}

	@GetMapping("/questions")
	@Operation(summary = "The demand's thread: the business's questions and IT's answers, oldest first")
	List<MessageJson> thread(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return this.conversation.thread(this.viewers.of(me), new DemandId(id)).stream().map(MessageJson::of).toList();
	}

	@PostMapping("/questions")
	@Operation(summary = "Write in the thread: a question, or (IT) an answer")
	ResponseEntity<MessageJson> write(@PathVariable UUID id, @Valid @RequestBody TextForm request,
			@AuthenticationPrincipal ShopfrontUser me) {
		ThreadMessage message = this.conversation.write(this.viewers.of(me), new DemandId(id), request.text());
		return ResponseEntity.created(URI.create("/api/demands/" + id + "/questions")).body(MessageJson.of(message));
	}

	@PostMapping("/decision")
	@Operation(summary = "Choose an option of the newest proposal (the unit's leaders); its widened budget and "
			+ "date become the initiative's promises")
	ResponseEntity<DecisionJson> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
			@AuthenticationPrincipal ShopfrontUser me) {
		DemandViewer viewer = this.viewers.of(me);
		Decision decision = this.deciding.decide(viewer, new DemandId(id), new OptionId(request.optionId()));
		return ResponseEntity.created(URI.create("/api/demands/" + id + "/decision"))
			.body(DecisionJson.of(decision, this.pages.page(viewer, new DemandId(id), null).seesMoney()));
	}

	@GetMapping("/decision")
	@Operation(summary = "The decision, once made")
	DecisionJson decision(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		DemandPage page = this.pages.page(this.viewers.of(me), new DemandId(id), null);
		if (page.decision() == null) {
			throw DemandNotFound.forId(id + " decision");
		}
		return DecisionJson.of(page.decision(), page.seesMoney());
	}

	private ProposalJson json(DemandViewer viewer, DemandId id, int version) {
		DemandPage page = this.pages.page(viewer, id, version);
		return ProposalJson.of(page.proposal(), page.seesMoney());
	}

}
