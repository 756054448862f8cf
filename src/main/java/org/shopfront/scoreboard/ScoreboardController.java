package org.shopfront.scoreboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.shopfront.feedback.TrustScores;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shadowit.MovedSpend;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * IT's track record for the whole company, read-only: the company's figures and weekly
 * trend, every provider, need, offering, business unit and fulfilment team, the trust
 * pulse, and from any figure the promises behind it. Every signed-in person may read it;
 * anonymous visitors when {@code shopfront.public-pages} is on.
 */
@Controller
class ScoreboardController {

	static final int PAGE_SIZE = 50;

	private final Scoreboard scoreboard;

	private final TrustScores trust;

	private final MovedSpend moved;

	ScoreboardController(Scoreboard scoreboard, TrustScores trust, MovedSpend moved) {
		this.scoreboard = scoreboard;
		this.trust = trust;
		this.moved = moved;
	}

	@GetMapping("/scoreboard")
	String board(@RequestParam(defaultValue = "provider") String by,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks, Model model) {
		ScoreDimension dimension = ScoreDimension.ofPath(by)
			.filter((d) -> d != ScoreDimension.COMPANY)
			.orElse(ScoreDimension.PROVIDER);
		ScoreWindow window = this.scoreboard.window(weeks);
		model.addAttribute("window", window);
		model.addAttribute("company", this.scoreboard.company(window));
		model.addAttribute("trend",
				this.scoreboard.trend(ScoreDimension.COMPANY, ScoreDimension.COMPANY_SUBJECT, window));
		model.addAttribute("by", dimension);
		model.addAttribute("dimensions", List.of(ScoreDimension.PROVIDER, ScoreDimension.NEED, ScoreDimension.OFFERING,
				ScoreDimension.UNIT, ScoreDimension.TEAM, ScoreDimension.INITIATIVE));
		model.addAttribute("subjects", this.scoreboard.subjects(dimension, window));
		model.addAttribute("trust", this.trust.byUnit(this.trust.windowStart()));
		model.addAttribute("trustSince", this.trust.windowStart());
		return "scoreboard/scoreboard";
	}

	@GetMapping("/scoreboard/{dimension}/{id}")
	String subject(@PathVariable String dimension, @PathVariable String id,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks, Model model) {
		ScoreSubjects.Subject subject = ScoreSubjects.parse(dimension, id);
		ScoreWindow window = this.scoreboard.window(weeks);
		model.addAttribute("window", window);
		model.addAttribute("subject", this.scoreboard.subject(subject.dimension(), subject.id(), window)
			.orElseThrow(() -> ScoreSubjectNotFound.forId(id)));
		model.addAttribute("path", subject.path());
		List<WeekFigures> trend = this.scoreboard.trend(subject.dimension(), subject.id(), window);
		model.addAttribute("trend", trend);
		List<WeekFigures> recent = new ArrayList<>(trend.stream().filter((w) -> w.promises() > 0).toList());
		Collections.reverse(recent);
		model.addAttribute("recent", recent);
		if (subject.dimension() == ScoreDimension.COMPANY) {
			model.addAttribute("moved", this.moved.figures());
		}
		return "scoreboard/subject";
	}

	@GetMapping("/scoreboard/{dimension}/{id}/promises")
	String promises(@PathVariable String dimension, @PathVariable String id,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal ShopfrontUser me, Model model) {
		ScoreSubjects.Subject subject = ScoreSubjects.parse(dimension, id);
		ScoreWindow window = this.scoreboard.window(weeks);
		String filter = lenient(outcome);
		int current = Math.max(0, page);
		List<ScoredPromiseView> promises = this.scoreboard.promises(subject.dimension(), subject.id(), window, filter,
				week, current * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("window", window);
		model.addAttribute("subject", this.scoreboard.subject(subject.dimension(), subject.id(), window)
			.orElseThrow(() -> ScoreSubjectNotFound.forId(id)));
		model.addAttribute("path", subject.path());
		model.addAttribute("outcome", filter);
		model.addAttribute("week", (week != null && window.holds(week)) ? week : null);
		model.addAttribute("promises",
				ScoredPromiseView.forReader(promises.subList(0, Math.min(PAGE_SIZE, promises.size())), me));
		model.addAttribute("page", current);
		model.addAttribute("more", promises.size() > PAGE_SIZE);
		return "scoreboard/promises";
	}

	/**
	 * An outcome filter from a link; one that a person edited into nonsense shows all.
	 */
	private static String lenient(String outcome) {
		try {
			return ScoreSubjects.outcome(outcome);
		}
		catch (UnknownOutcome ex) {
			return null;
		}
	}

}
