package org.shopfront.feedback;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.people.UserId;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery survey, from the mail's links or in the app for the signed-in customer. A
 * link names the survey and its customer, and works only for that customer signed in: a
 * visitor who is not signed in is asked to sign in first (and comes back to the survey),
 * anyone else signed in finds nothing (404), so a forwarded or guessed link never records
 * an answer in the customer's name. A link only opens the survey with the clicked answer
 * chosen; the answer is given by POST from that page, so mail scanners that fetch every
 * link change nothing.
 */
@Controller
class SurveyController {

	private final AnsweringSurvey answering;

	private final FeedbackLinks links;

	private final MessageSource messages;

	SurveyController(AnsweringSurvey answering, FeedbackLinks links, MessageSource messages) {
		this.answering = answering;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping("/survey/{token}")
	String open(@PathVariable String token, @RequestParam(required = false) Boolean kept,
			@RequestParam(required = false) Integer satisfaction, @AuthenticationPrincipal ShopfrontUser me,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<FeedbackLinks.Opened> opened = this.links.readSurvey(token);
		if (opened.isEmpty()) {
			return problem(true, model, response);
		}
		if (me == null) {
			return signInFirst(request, response);
		}
		Survey survey = forLink(opened.get(), me);
		if (survey.answered()) {
			return problem(false, model, response);
		}
		return form(survey, SurveyForm.preselected(kept, satisfaction), "/survey/" + token, model);
	}

	@PostMapping("/survey/{token}")
	String answerByLink(@PathVariable String token, @Valid @ModelAttribute("form") SurveyForm form,
			BindingResult errors, @AuthenticationPrincipal ShopfrontUser me, Model model,
			HttpServletResponse response) {
		Optional<FeedbackLinks.Opened> opened = this.links.readSurvey(token);
		if (opened.isEmpty()) {
			return problem(true, model, response);
		}
		if (me == null) {
			// Back to the link's page, which asks to sign in; nothing is recorded.
			return "redirect:/survey/" + token;
		}
		Survey survey = forLink(opened.get(), me);
		if (invalid(form, errors)) {
			return form(survey, form, "/survey/" + token, model);
		}
		if (this.answering.answer(survey.id(), me.id(), form) == AnsweringSurvey.Outcome.ALREADY_ANSWERED) {
			return problem(false, model, response);
		}
		model.addAttribute("survey", survey);
		model.addAttribute("comment", form.trimmedComment());
		return "feedback/thanks";
	}

	@GetMapping("/feedback/{id}")
	String inApp(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, Model model) {
		Survey survey = mine(id, me.id());
		if (survey.answered()) {
			model.addAttribute("survey", survey);
			return "feedback/answered";
		}
		return form(survey, SurveyForm.preselected(null, null), "/feedback/" + id, model);
	}

	@PostMapping("/feedback/{id}")
	String answerInApp(@PathVariable UUID id, @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		Survey survey = mine(id, me.id());
		if (invalid(form, errors)) {
			return form(survey, form, "/feedback/" + id, model);
		}
		AnsweringSurvey.Outcome outcome = this.answering.answer(survey.id(), me.id(), form);
		redirect.addFlashAttribute(outcome == AnsweringSurvey.Outcome.ANSWERED ? "flashSuccess" : "flashError",
				this.messages.getMessage(
						outcome == AnsweringSurvey.Outcome.ANSWERED ? "feedback.thanks" : "feedback.link.used", null,
						locale));
		return "redirect:/feedback/" + id;
	}

	/** The link's survey when the signed-in person is the one it was sent to. */
	private Survey forLink(FeedbackLinks.Opened opened, ShopfrontUser me) {
		if (!opened.person().equals(me.id())) {
			throw SurveyNotFound.forId(opened.question());
		}
		return mine(opened.question(), me.id());
	}

	/** Sends a visitor to sign in, then back to this link. */
	private static String signInFirst(HttpServletRequest request, HttpServletResponse response) {
		new HttpSessionRequestCache().saveRequest(request, response);
		return "redirect:/login";
	}

	private Survey mine(UUID id, UserId me) {
		return this.answering.surveyFor(new SurveyId(id), me).orElseThrow(() -> SurveyNotFound.forId(id));
	}

	private static boolean invalid(SurveyForm form, BindingResult errors) {
		if (form.empty()) {
			errors.reject("feedback.survey.empty");
		}
		return errors.hasErrors();
	}

	private static String form(Survey survey, SurveyForm form, String action, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		return "feedback/survey";
	}

	private static String problem(boolean invalid, Model model, HttpServletResponse response) {
		response.setStatus(invalid ? HttpStatus.GONE.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("problem", invalid ? "feedback.link.invalid" : "feedback.link.used");
		return "feedback/link-problem";
	}

}
