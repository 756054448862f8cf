package org.shopfront.promises;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.people.ShopfrontUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The customer's side of the retailer call (in the app, or from the links in the mail,
 * which need no sign-in). A link is only read by GET; the answer is given by POST from
 * the page it opens, so mail scanners that fetch links change nothing.
 */
@Controller
class RetailerCallController {

	private final RetailerCalls calls;

	private final AnsweringCall answering;

	private final AnswerLinks links;

	private final MessageSource messages;

	RetailerCallController(RetailerCalls calls, AnsweringCall answering, AnswerLinks links, MessageSource messages) {
		this.calls = calls;
		this.answering = answering;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/answers/{token}")
	String link(@PathVariable String token, Model model, HttpServletResponse response, Locale locale) {
		Optional<AnswerLinks.Link> link = this.links.read(token);
		Optional<RetailerCalls.Call> call = link.flatMap(l -> this.calls.call(l.promise()));
		if (link.isEmpty()) {
			return linkInvalid(model, response, locale);
		}
		if (call.isEmpty()) {
			return problem(PromiseProblem.alreadyAnswered(), model, response, locale);
		}
		model.addAttribute("call", call.get());
		model.addAttribute("link", link.get());
		model.addAttribute("token", token);
		model.addAttribute("alternative",
				call.get()
					.alternatives()
					.stream()
					.filter(a -> a.offeringId().equals(link.get().alternative()))
					.findFirst()
					.orElse(null));
		return "promises/answer-link";
	}

	@PostMapping("/answers/{token}")
	String answerByLink(@PathVariable String token, Model model, HttpServletResponse response, Locale locale) {
		Optional<AnswerLinks.Link> link = this.links.read(token);
		if (link.isEmpty()) {
			return linkInvalid(model, response, locale);
		}
		try {
			OrderId order = this.answering.answer(link.get().promise(), link.get().answer(), link.get().alternative());
			model.addAttribute("answer", link.get().answer());
			model.addAttribute("orderId", order);
			return "promises/answered";
		}
		catch (PromiseProblem ex) {
			return problem(ex, model, response, locale);
		}
	}

	@GetMapping("/promises/{id}/call")
	String call(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, Model model,
			HttpServletResponse response, Locale locale) {
		PromiseId promise = new PromiseId(id);
		requireCustomer(promise, me);
		RetailerCalls.Call call = this.calls.call(promise).orElse(null);
		if (call == null) {
			return problem(PromiseProblem.alreadyAnswered(), model, response, locale);
		}
		model.addAttribute("call", call);
		return "promises/call";
	}

	@PostMapping("/promises/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam Answer answer, @RequestParam(required = false) UUID alternative,
			@AuthenticationPrincipal ShopfrontUser me, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		PromiseId promise = new PromiseId(id);
		requireCustomer(promise, me);
		try {
			OrderId order = this.answering.answer(promise, answer,
					(alternative == null) ? null : new OfferingId(alternative));
			redirect.addFlashAttribute("flashSuccess",
					this.messages.getMessage("answer.done." + answer.name(), null, locale));
			return "redirect:/orders/" + order.value();
		}
		catch (PromiseProblem ex) {
			return problem(ex, model, response, locale);
		}
	}

	/** The link was tampered with or has expired: 410, nothing changed. */
	private String linkInvalid(Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("heading", this.messages.getMessage("answer.link.heading", null, locale));
		model.addAttribute("problem", this.messages.getMessage("answer.link.invalid", null, locale));
		return "promises/answer-problem";
	}

	/**
	 * The answer could not be applied (already answered, not offered, or the switch was
	 * refused): 409 with the reason, and the answer changed nothing.
	 */
	private String problem(PromiseProblem problem, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("heading", this.messages.getMessage("answer.problem.heading", null, locale));
		model.addAttribute("problem", this.messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		return "promises/answer-problem";
	}

	private void requireCustomer(PromiseId promise, ShopfrontUser me) {
		if (!this.calls.customerOf(promise).map(me.id()::equals).orElse(false)) {
			throw PromiseNotFound.forId(promise);
		}
	}

}
