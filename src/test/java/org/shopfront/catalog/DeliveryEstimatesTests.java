package org.shopfront.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Without delivery history the store counts the offering's configured business days. */
class DeliveryEstimatesTests {

	private static final Instant FRIDAY_MORNING = Instant.parse("2026-03-13T10:00:00Z");

	private final DeliveryEstimates estimates = new DeliveryEstimates(
			new StaticListableBeanFactory().getBeanProvider(DeliveryQuotes.class),
			Clock.fixed(FRIDAY_MORNING, ZoneOffset.UTC));

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
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("quotes", (DeliveryQuotes) (offering, need, provider, days, at) -> fromHistory);
		DeliveryEstimates withEvidence = new DeliveryEstimates(beans.getBeanProvider(DeliveryQuotes.class),
				Clock.systemUTC());
		assertThat(withEvidence.quote(id(OfferingId::new), id(NeedId::new), id(ProviderId::new), 5, FRIDAY_MORNING))
			.isEqualTo(fromHistory);
	}

	private DeliveryQuote quote(int days, Instant at) {
		return this.estimates.quote(id(OfferingId::new), id(NeedId::new), id(ProviderId::new), days, at);
	}

	private static <T> T id(java.util.function.Function<UUID, T> make) {
		return make.apply(UUID.randomUUID());
	}

}
