package org.shopfront.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.estimates.Estimates;
import org.shopfront.estimates.Measure;
import org.shopfront.estimates.WidenedEstimate;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An option's promise is its estimate widened by the evidence of comparable projects,
 * never below the estimate, and the raw figures stay as IT gave them.
 */
class WideningTests {

	static final Instant WRITTEN = Instant.parse("2026-06-01T09:00:00Z");

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** A stand-in for the estimates module: costs overrun by 30 %, durations by 50 %. */
	static final Estimates OVERRUNS = question -> {
		BigDecimal uplift = (question.measure() == Measure.DURATION) ? new BigDecimal("0.5") : new BigDecimal("0.3");
		BigDecimal widened = question.estimate().multiply(BigDecimal.ONE.add(uplift));
		return new WidenedEstimate(question.measure(), question.estimate(), widened, uplift, question.confidence(), 37,
				"all", 0.8, true);
	};

	/** Past projects that all came in under their estimates. */
	static final Estimates UNDERRUNS = question -> new WidenedEstimate(question.measure(), question.estimate(),
			question.estimate().multiply(new BigDecimal("0.8")), new BigDecimal("-0.2"), question.confidence(), 12,
			"kind build", 0.8, true);

	@Test
	void widensTheBudgetByCostHistoryAndTheDateByDurationHistory() {
		WidenedFigures figures = widening(OVERRUNS).of(proposal(), option(OptionKind.BUILD_INSIDE));

		assertThat(figures.budget()).isEqualTo(Money.of("130000", "EUR"));
		assertThat(figures.budgetEvidence().comparable()).isEqualTo(37);
		// 100 days from the day it was proposed, widened by half.
		assertThat(figures.due()).isEqualTo(LocalDate.of(2026, 6, 1).plusDays(150));
		assertThat(figures.dueEvidence().evidence()).isTrue();
	}

	@Test
	void neverPromisesLessThanItsOwnEstimate() {
		WidenedFigures figures = widening(UNDERRUNS).of(proposal(), option(OptionKind.BUILD_INSIDE));

		assertThat(figures.budget()).isEqualTo(Money.of("100000", "EUR"));
		assertThat(figures.due()).isEqualTo(LocalDate.of(2026, 6, 1).plusDays(100));
	}

	@Test
	void withoutEstimatesTheFiguresStandAsEstimatedAndSaySo() {
		WidenedFigures figures = widening(null).of(proposal(), option(OptionKind.BUY_SERVICE));

		assertThat(figures.budget()).isEqualTo(Money.of("100000", "EUR"));
		assertThat(figures.budgetEvidence().evidence()).isFalse();
		assertThat(figures.due()).isEqualTo(LocalDate.of(2026, 6, 1).plusDays(100));
	}

	@Test
	void doingNothingHasNoDateToWiden() {
		WidenedFigures figures = widening(OVERRUNS).of(proposal(), option(OptionKind.DO_NOTHING));

		assertThat(figures.due()).isNull();
		assertThat(figures.budgetEvidence().evidence()).isFalse();
	}

	private static Widening widening(Estimates estimates) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (estimates != null) {
			beans.addBean("estimates", estimates);
		}
		return new Widening(beans.getBeanProvider(Estimates.class), ZONE);
	}

	private static Proposal proposal() {
		return new Proposal(ProposalId.random(), new DemandId(UUID.randomUUID()), 1,
				new Actor(new UserId(UUID.randomUUID()), "Ira"), WRITTEN, null, null,
				java.util.Currency.getInstance("EUR"), new OptionId(UUID.randomUUID()), "Why", List.of());
	}

	private static ProposalOption option(OptionKind kind) {
		boolean nothing = kind == OptionKind.DO_NOTHING;
		return new ProposalOption(new OptionId(UUID.randomUUID()), 0, kind, "Option", null, null, null,
				Money.of(nothing ? "0" : "100000", "EUR"), Money.of("0", "EUR"), BigDecimal.TEN,
				nothing ? null : LocalDate.of(2026, 6, 1).plusDays(100), "Risks");
	}

}
