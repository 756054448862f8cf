package org.shopfront.scoreboard;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shopfront.people.ShopfrontUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scoreboard as JSON: the same figures, trends and promises as its pages. */
@RestController
@RequestMapping("/api/scoreboard")
@Tag(name = "Scoreboard", description = "IT's track record: promises kept, lateness, early warnings, satisfaction")
class ScoreboardApiController {

	/** The company's figures and trend, and every subject of one dimension. */
	record Board(ScoreWindow window, Figures company, List<WeekFigures> trend, ScoreDimension by,
			List<SubjectFigures> subjects) {
	}

	/** One subject's figures and weekly trend. */
	record Subject(ScoreWindow window, SubjectFigures subject, List<WeekFigures> trend) {
	}

	/** A page of the promises behind a figure. */
	record Promises(ScoreWindow window, int page, boolean more, List<ScoredPromiseView> promises) {
	}

	private final Scoreboard scoreboard;

	ScoreboardApiController(Scoreboard scoreboard) {
		this.scoreboard = scoreboard;
	}

	@GetMapping
	@Operation(summary = "The company's record and every provider's, need's, offering's, unit's or team's",
			description = "by: provider (default), need, offering, unit or team; weeks: 4, 13, 26 or 52 (default)")
	Board board(@RequestParam(defaultValue = "provider") String by,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks) {
		ScoreDimension dimension = ScoreDimension.ofPath(by)
			.filter((d) -> d != ScoreDimension.COMPANY)
			.orElseThrow(() -> new UnknownDimension(by));
		ScoreWindow window = this.scoreboard.window(weeks);
		return new Board(window, this.scoreboard.company(window),
				this.scoreboard.trend(ScoreDimension.COMPANY, ScoreDimension.COMPANY_SUBJECT, window), dimension,
				this.scoreboard.subjects(dimension, window));
	}

	@GetMapping("/{dimension}/{id}")
	@Operation(summary = "One subject's record and weekly trend", description = "company/all for the whole company")
	Subject subject(@PathVariable String dimension, @PathVariable String id,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks) {
		ScoreSubjects.Subject subject = ScoreSubjects.parse(dimension, id);
		ScoreWindow window = this.scoreboard.window(weeks);
		return new Subject(window,
				this.scoreboard.subject(subject.dimension(), subject.id(), window)
					.orElseThrow(() -> ScoreSubjectNotFound.forId(id)),
				this.scoreboard.trend(subject.dimension(), subject.id(), window));
	}

	@GetMapping("/{dimension}/{id}/promises")
	@Operation(summary = "The promises behind a subject's figures, newest outcome first",
			description = "outcome: kept, broken, renegotiated or cancelled; week: a Monday of the window. "
					+ "Order and promise ids and the customer's answers only for IT staff")
	Promises promises(@PathVariable String dimension, @PathVariable String id,
			@RequestParam(defaultValue = "" + ScoreWindow.DEFAULT_WEEKS) int weeks,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal ShopfrontUser me) {
		ScoreSubjects.Subject subject = ScoreSubjects.parse(dimension, id);
		ScoreWindow window = this.scoreboard.window(weeks);
		if (this.scoreboard.subject(subject.dimension(), subject.id(), window).isEmpty()) {
			throw ScoreSubjectNotFound.forId(id);
		}
		int current = Math.max(0, page);
		int size = ScoreboardController.PAGE_SIZE;
		List<ScoredPromiseView> promises = this.scoreboard.promises(subject.dimension(), subject.id(), window,
				ScoreSubjects.outcome(outcome), week, current * size, size + 1);
		return new Promises(window, current, promises.size() > size,
				ScoredPromiseView.forReader(promises.subList(0, Math.min(size, promises.size())), me));
	}

}
