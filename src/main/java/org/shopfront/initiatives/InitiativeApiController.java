package org.shopfront.initiatives;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives and the portfolio for machine clients, under the same rules as the pages:
 * money only for those who may see it, 404 for an initiative the caller may not see, 403
 * for a move that is not theirs, 409 for one the initiative cannot make now, 400 naming
 * the field at fault.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Initiatives", description = "Initiatives' budget, date and value promises, and the portfolio")
class InitiativeApiController {

	private final Readers readers;

	private final InitiativeQueries queries;

	private final InitiativeDetails details;

	private final ReportingProgress reporting;

	private final Replanning replanning;

	private final ClosingInitiative closing;

	private final AnsweringInitiativeCall answering;

	private final Portfolio portfolio;

	InitiativeApiController(Readers readers, InitiativeQueries queries, InitiativeDetails details,
			ReportingProgress reporting, Replanning replanning, ClosingInitiative closing,
			AnsweringInitiativeCall answering, Portfolio portfolio) {
		this.readers = readers;
		this.queries = queries;
		this.details = details;
		this.reporting = reporting;
		this.replanning = replanning;
		this.closing = closing;
		this.answering = answering;
		this.portfolio = portfolio;
	}

	@GetMapping("/initiatives")
	@Operation(summary = "The initiatives the caller may see, newest first, 50 a page",
			description = "status: RUNNING, DELIVERED, CLOSED or STOPPED; atRisk: only those with a promise at risk")
	List<InitiativeSummary> list(@RequestParam(required = false) InitiativeStatus status,
			@RequestParam(defaultValue = "false") boolean atRisk, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal ShopfrontUser me) {
		List<InitiativeSummary> found = this.queries.page(this.readers.of(me), status, atRisk, page);
		return found.subList(0, Math.min(found.size(), InitiativeQueries.PAGE_SIZE));
	}

	@GetMapping("/initiatives/{id}")
	@Operation(summary = "One initiative: its promises first to current, milestones, spend, calls, where it heads")
	InitiativeDetail detail(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return this.details.detail(this.readers.of(me), new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/spend")
	@Operation(summary = "Report spend (the IT owner, service owners); only while it runs")
	InitiativeDetail spend(@PathVariable UUID id, @Valid @RequestBody SpendForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.reporting.spend(reader, new InitiativeId(id), form);
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/milestones")
	@Operation(summary = "Plan a milestone (the IT owner, service owners)")
	InitiativeDetail milestone(@PathVariable UUID id, @Valid @RequestBody MilestoneForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.reporting.plan(reader, new InitiativeId(id), form);
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/milestones/{milestone}/done")
	@Operation(summary = "Mark a milestone done; the final one delivers the initiative")
	InitiativeDetail done(@PathVariable UUID id, @PathVariable UUID milestone, @Valid @RequestBody DoneForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.reporting.done(reader, new InitiativeId(id), milestone, form);
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/replan")
	@Operation(summary = "Re-plan a promise with a reason (the sponsor, the IT owner, service owners)",
			description = "The promise it replaces stays, closed as renegotiated")
	InitiativeDetail replan(@PathVariable UUID id, @Valid @RequestBody ReplanForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.replanning.replan(reader, new InitiativeId(id), form);
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/value")
	@Operation(summary = "Confirm the value realised, or that it was not (the sponsor, once delivered)")
	InitiativeDetail value(@PathVariable UUID id, @Valid @RequestBody ValueForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.closing.confirmValue(reader, new InitiativeId(id), form.confirmation());
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/stop")
	@Operation(summary = "Stop the initiative, with the reason (the sponsor)")
	InitiativeDetail stop(@PathVariable UUID id, @Valid @RequestBody StopForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.closing.stop(reader, new InitiativeId(id), form.reason().strip());
		return this.details.detail(reader, new InitiativeId(id));
	}

	@PostMapping("/initiatives/{id}/call")
	@Operation(summary = "Answer the retailer call (the sponsor)",
			description = "RESCOPE (whatGoes, share of the remaining work in %), MORE_TIME (newDate), "
					+ "MORE_MONEY (extra), STOP; a note (why) except for RESCOPE")
	InitiativeDetail answer(@PathVariable UUID id, @Valid @RequestBody CallForm form,
			@AuthenticationPrincipal ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		this.answering.answer(reader, new InitiativeId(id), form);
		return this.details.detail(reader, new InitiativeId(id));
	}

	@GetMapping("/portfolio")
	@Operation(summary = "The portfolio against the 45 % / 7 % / 56 % record, per unit and quarter",
			description = "Money figures are null where the caller may not see them")
	PortfolioFigures portfolio(@AuthenticationPrincipal ShopfrontUser me) {
		return this.portfolio.figuresFor(this.readers.of(me));
	}

}
