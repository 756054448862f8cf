package org.shopfront.feedback;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shopfront.people.Directory;
import org.shopfront.people.Unit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The trust pulse: the question a unit head opens from their mail (the signed token is
 * the key; answering is a POST from the page), and the trust scores with the heads'
 * comments for business leaders and IT.
 */
@Controller
class PulseController {

	private final TrustPulse pulse;

	private final TrustScores scores;

	private final Directory directory;

	PulseController(TrustPulse pulse, TrustScores scores, Directory directory) {
		this.pulse = pulse;
		this.scores = scores;
		this.directory = directory;
	}

	@GetMapping("/pulse/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<PulseQuestion> question = this.pulse.byLink(token);
		if (question.isEmpty() || question.get().answered()) {
			return problem(question.isEmpty(), model, response);
		}
		return form(question.get(), PulseForm.empty(), token, model);
	}

	@PostMapping("/pulse/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute("form") PulseForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		Optional<PulseQuestion> question = this.pulse.byLink(token);
		if (question.isEmpty()) {
			return problem(true, model, response);
		}
		if (errors.hasErrors()) {
			return form(question.get(), form, token, model);
		}
		if (this.pulse.answer(question.get(), question.get().headId(), form.score(),
				form.trimmedComment()) == TrustPulse.Outcome.ALREADY_ANSWERED) {
			return problem(false, model, response);
		}
		model.addAttribute("comment", form.trimmedComment());
		return "feedback/thanks";
	}

	@GetMapping("/feedback/trust")
	String trust(Model model) {
		Instant since = this.scores.windowStart();
		model.addAttribute("since", since);
		model.addAttribute("company", this.scores.company(since));
		model.addAttribute("units", this.scores.byUnit(since));
		model.addAttribute("comments", this.scores.comments(since));
		return "feedback/trust";
	}

	private String form(PulseQuestion question, PulseForm form, String token, Model model) {
		model.addAttribute("unitName",
				this.directory.units()
					.stream()
					.filter(unit -> unit.id().equals(question.unitId()))
					.map(Unit::name)
					.findFirst()
					.orElse(""));
		model.addAttribute("form", form);
		model.addAttribute("token", token);
		return "feedback/pulse";
	}

	private static String problem(boolean invalid, Model model, HttpServletResponse response) {
		response.setStatus(invalid ? HttpStatus.GONE.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("problem", invalid ? "feedback.link.invalid" : "feedback.pulse.used");
		return "feedback/link-problem";
	}

}
