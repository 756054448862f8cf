package org.shopfront.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Without delivery history the store counts the offering's configured business days. */
class DeliveryEstimatesTests {

	private static final Instant FRIDAY_MORNING = Instant.parse("2026-03-13T10:00:00Z");

	private static final BigDecimal THRESHOLD = new BigDecimal("1000");

	private final DeliveryEstimates estimates = new DeliveryEstimates(
			new StaticListableBeanFactory().getBeanProvider(DeliveryQuotes.class),
			Clock.fixed(FRIDAY_MORNING, ZoneOffset.UTC), THRESHOLD);

	@Test
	void countsBusinessDaysOverTheWeekendAndEndsAtTheCloseOfDay() {
		DeliveryQuote quote = quote(1, FRIDAY_MORNING);
		assertThat(quote.due()).isEqualTo(Instant.parse("2026-03-16T17:00:00Z"));
		assertThat(quote.evidence()).isFalse();
		assertThat(quote.sampleSize()).isZero();
	}

	@Test
	void sameDayOrderedOnASaturdayIsMonday() {
		assertThat(quote(0, Instant.parse("2026-03-14T12:00:00Z")).due())
			.isEqualTo(Instant.parse("2026-03-16T17:00:00Z"));
	}

	@Test
	void asksTheEvidenceWhenThereIsSome() {
		DeliveryQuote fromHistory = new DeliveryQuote(FRIDAY_MORNING, 9, 0.85, 212, "offering", true);
		List<QuoteRequest> asked = new ArrayList<>();
		DeliveryEstimates withEvidence = withEvidence((request) -> {
			asked.add(request);
			return fromHistory;
		});
		assertThat(withEvidence.quote(offering(5, 24, null, "799"), FRIDAY_MORNING)).isEqualTo(fromHistory);
		assertThat(asked).singleElement().satisfies((request) -> {
			assertThat(request.outOfStock()).isFalse();
			assertThat(request.needsApproval()).isFalse();
		});
	}

	@Test
	void cannotPromiseAnOfferingOutOfStockWithoutARestockTime() {
		DeliveryEstimates withEvidence = withEvidence((request) -> {
			throw new AssertionError("no date to ask for");
		});
		DeliveryQuote quote = withEvidence.quote(offering(5, 0, null, "799"), FRIDAY_MORNING);
		assertThat(quote.promisable()).isFalse();
		assertThat(quote.due()).isNull();
	}

	@Test
	void countsTheRestockTimeOfAnOfferingOutOfStock() {
		DeliveryQuote quote = this.estimates.quote(offering(1, 0, 5, "799"), FRIDAY_MORNING);
		assertThat(quote.due()).as("five business days to restock, then one")
			.isEqualTo(Instant.parse("2026-03-23T17:00:00Z"));
		assertThat(quote.restockDays()).isEqualTo(5);
	}

	@Test
	void tellsTheEvidenceWhenAnOrderWillWaitForApproval() {
		List<QuoteRequest> asked = new ArrayList<>();
		withEvidence((request) -> {
			asked.add(request);
			return new DeliveryQuote(FRIDAY_MORNING, 9, 0.85, 212, "offering", true);
		}).quote(offering(5, 6, null, "1890"), FRIDAY_MORNING);
		assertThat(asked).singleElement().satisfies((request) -> assertThat(request.needsApproval()).isTrue());
	}

	private static DeliveryEstimates withEvidence(DeliveryQuotes quotes) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("quotes", quotes);
		return new DeliveryEstimates(beans.getBeanProvider(DeliveryQuotes.class), Clock.systemUTC(), THRESHOLD);
	}

	private DeliveryQuote quote(int days, Instant at) {
		return this.estimates.quote(offering(days, null, null, "10"), at);
	}

	private static Offering offering(int days, Integer stock, Integer restockDays, String price) {
		return new Offering(OfferingId.random(), NeedId.random(), ProviderId.random(), "Laptop", "A laptop",
				new BigDecimal(price), BigDecimal.ZERO, days, stock != null, stock, restockDays, "Mon–Fri", "", "",
				false, null, "", true, 0);
	}

}
