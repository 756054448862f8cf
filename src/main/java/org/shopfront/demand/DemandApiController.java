package org.shopfront.demand;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.shopfront.demand.DemandJson.DemandView;
import org.shopfront.people.ShopfrontUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demands for machine clients, under the same rules as the pages: list, submit, read,
 * take in review, ask for changes, decline. Proposals, the thread and the decision are in
 * {@link ProposalApiController}.
 */
@RestController
@RequestMapping("/api/demands")
@Tag(name = "Demands", description = "Submit demands and follow them to a decision")
class DemandApiController {

	private final DemandViewers viewers;

	private final DemandQueries queries;

	private final SubmittingDemand submitting;

	private final AnsweringDemand answering;

	private final DecidingDemand deciding;

	private final DemandPages pages;

	private final SpringValidatorAdapter validator;

	DemandApiController(DemandViewers viewers, DemandQueries queries, SubmittingDemand submitting,
			AnsweringDemand answering, DecidingDemand deciding, DemandPages pages, Validator validator) {
		this.viewers = viewers;
		this.queries = queries;
		this.submitting = submitting;
		this.answering = answering;
		this.deciding = deciding;
		this.pages = pages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** A demand as submitted through the API: the form's fields, links as a list. */
	record DemandRequest(String title, String problem, String outcome, BigDecimal valuePerYear, String currency,
			String target, String targetUnit, BigDecimal targetToday, BigDecimal targetWanted, LocalDate neededBy,
			String neededByWhy, String affected, List<String> links, UUID leaderId) {

		DemandForm form() {
			String lines = (this.links == null) ? "" : String.join("\n", this.links);
			return new DemandForm(this.title, this.problem, this.outcome, this.valuePerYear, this.currency, this.target,
					this.targetUnit, this.targetToday, this.targetWanted, this.neededBy, this.neededByWhy,
					this.affected, lines, this.leaderId);
		}

	}

	@GetMapping
	@Operation(summary = "Demands I may see (IT: all), newest first, optionally in one status")
	List<DemandSummary> list(@RequestParam(required = false) DemandStatus status,
			@AuthenticationPrincipal ShopfrontUser me) {
		return this.queries.list(this.viewers.of(me), status);
	}

	@PostMapping
	@Operation(summary = "Submit a demand for my business unit (for one of its leaders)")
	ResponseEntity<DemandView> submit(@RequestBody DemandRequest request, @AuthenticationPrincipal ShopfrontUser me)
			throws BindException {
		DemandViewer viewer = this.viewers.of(me);
		DemandForm form = request.form();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "request");
		this.validator.validate(form, errors);
		Demand demand = errors.hasErrors() ? null : this.submitting.submit(viewer, form, errors);
		if (demand == null) {
			throw new BindException(errors);
		}
		return ResponseEntity.created(URI.create("/api/demands/" + demand.id())).body(view(viewer, demand.id()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A demand with its timeline, the versions of its proposal and the decision")
	DemandView demand(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.viewers.of(me), new DemandId(id));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "Take a submitted demand in review (service owners and admins)")
	DemandView review(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		DemandViewer viewer = this.viewers.of(me);
		this.answering.review(viewer, new DemandId(id));
		return view(viewer, new DemandId(id));
	}

	@PostMapping("/{id}/changes")
	@Operation(summary = "Ask IT for a new version of the proposal (the unit's leaders)")
	DemandView changes(@PathVariable UUID id, @Valid @RequestBody TextForm request,
			@AuthenticationPrincipal ShopfrontUser me) {
		DemandViewer viewer = this.viewers.of(me);
		this.deciding.requestChanges(viewer, new DemandId(id), request.text());
		return view(viewer, new DemandId(id));
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "Decline every option, with a reason; the demand closes (the unit's leaders)")
	DemandView decline(@PathVariable UUID id, @Valid @RequestBody TextForm request,
			@AuthenticationPrincipal ShopfrontUser me) {
		DemandViewer viewer = this.viewers.of(me);
		this.deciding.decline(viewer, new DemandId(id), request.text());
		return view(viewer, new DemandId(id));
	}

	private DemandView view(DemandViewer viewer, DemandId id) {
		return DemandView.of(this.pages.page(viewer, id, null));
	}

}
