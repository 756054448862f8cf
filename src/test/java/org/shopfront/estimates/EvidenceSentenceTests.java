package org.shopfront.estimates;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one sentence of evidence, as the message bundle words it. */
class EvidenceSentenceTests {

	final ResourceBundleMessageSource messages = bundle();

	@Test
	void aWidenedBudgetSaysHowManyComparableProjectsStayedWithinWhatUplift() {
		WidenedEstimate budget = new WidenedEstimate(Measure.COST, new BigDecimal("181818"), new BigDecimal("240000"),
				new BigDecimal("0.3200"), 0.8, 37, "all", 0.81, true);

		assertThat(budget.sentence("€240,000").in(this.messages, Locale.ENGLISH)).isEqualTo(
				"Budget €240,000: 8 in 10 of the 37 comparable projects stayed within their estimate plus 32 %.");
	}

	@Test
	void aDateSaysPlannedTime() {
		WidenedEstimate date = new WidenedEstimate(Measure.DURATION, new BigDecimal("100"), new BigDecimal("118"),
				new BigDecimal("0.18"), 0.8, 22, "kind build", 0.8, true);

		assertThat(date.sentence("14 May 2027").in(this.messages, Locale.ENGLISH)).isEqualTo(
				"Date 14 May 2027: 8 in 10 of the 22 comparable projects finished within their planned time plus 18 %.");
	}

	@Test
	void aBudgetWidenedByEffortSaysSo() {
		WidenedEstimate budget = new WidenedEstimate(Measure.COST, new BigDecimal("1000"), new BigDecimal("1250"),
				new BigDecimal("0.25"), 0.8, 40, "all", 0.8, true, Measure.EFFORT);

		assertThat(budget.sentence("€1,250").in(this.messages, Locale.ENGLISH))
			.contains("no cost record yet, so it follows effort")
			.contains("40 comparable projects stayed within their estimated effort plus 25 %");
	}

	@Test
	void withoutEvidenceTheEstimateStandsAndTheSentenceSaysWhy() {
		WidenedEstimate none = new WidenedEstimate(Measure.COST, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, 0.8,
				0, "all", 0, false);
		WidenedEstimate few = new WidenedEstimate(Measure.DURATION, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
				0.8, 3, "all", 0, false);

		assertThat(none.sentence("€10").in(this.messages, Locale.ENGLISH))
			.isEqualTo("Budget €10, as estimated: no comparable projects are on record yet.");
		assertThat(few.sentence("1 June 2027").in(this.messages, Locale.ENGLISH)).isEqualTo(
				"Date 1 June 2027, as planned: only 3 comparable projects are on record, too few to widen it at 80 % confidence.");
	}

	@Test
	void tenInTenOnlyWhenEveryProjectStayedWithin() {
		assertThat(share(0.97).tenths()).isEqualTo(9);
		assertThat(share(1.0).tenths()).isEqualTo(10);
		assertThat(share(0.04).tenths()).isZero();
	}

	private static WidenedEstimate share(double within) {
		return new WidenedEstimate(Measure.EFFORT, BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ONE, 0.9, 50, "all",
				within, true);
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
