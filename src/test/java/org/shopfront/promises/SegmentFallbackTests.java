package org.shopfront.promises;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.shopfront.promises.ForecasterTests.hours;
import static org.shopfront.promises.ForecasterTests.uncalibrated;

/**
 * A quote falls back from the offering to its need, then to its provider, then to
 * everything, taking the first segment with enough history (30 orders here).
 */
class SegmentFallbackTests {

	static final ProviderId VENDOR = new ProviderId(UUID.randomUUID());

	static final List<String> DOCKING_STATION = Forecasts.segments(new OfferingId(UUID.randomUUID()),
			new NeedId(UUID.randomUUID()), VENDOR);

	static final List<String> HEADSET = Forecasts.segments(new OfferingId(UUID.randomUUID()),
			new NeedId(UUID.randomUUID()), VENDOR);

	static final List<String> ELSEWHERE = Forecasts.segments(new OfferingId(UUID.randomUUID()),
			new NeedId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()));

	@Test
	void theSegmentsRunFromTheOfferingToEverything() {
		assertThat(DOCKING_STATION).hasSize(4);
		assertThat(DOCKING_STATION.get(0)).startsWith("offering:");
		assertThat(DOCKING_STATION.get(1)).startsWith("need:");
		assertThat(DOCKING_STATION.get(2)).isEqualTo("provider:" + VENDOR.value());
		assertThat(DOCKING_STATION.get(3)).isEqualTo("everything");
	}

	@Test
	void aProvidersHistoryServesItsNewOfferingsOfOtherNeeds() {
		Forecaster forecaster = uncalibrated();
		finished(forecaster, "dock", DOCKING_STATION, 20, 30);
		finished(forecaster, "headset", HEADSET, 15, 30);

		Quote quote = forecaster.quote(HEADSET, hours(500), 0.85, 80);

		assertThat(quote.evidence()).isTrue();
		assertThat(quote.segment()).isEqualTo("provider:" + VENDOR.value());
		assertThat(quote.sampleSize()).isEqualTo(35);
		assertThat(quote.hours()).isCloseTo(30, within(1.0));
	}

	@Test
	void withTooLittleHistoryAnywhereButInTotalTheQuoteComesFromEverything() {
		Forecaster forecaster = uncalibrated();
		finished(forecaster, "dock", DOCKING_STATION, 20, 50);
		finished(forecaster, "other", ELSEWHERE, 20, 50);

		Quote quote = forecaster.quote(HEADSET, hours(500), 0.85, 80);

		assertThat(quote.evidence()).isTrue();
		assertThat(quote.segment()).isEqualTo("everything");
		assertThat(quote.sampleSize()).isEqualTo(40);
		assertThat(quote.hours()).isCloseTo(50, within(1.0));
	}

	/** So many orders of the segments, each taking the same number of hours. */
	private static void finished(Forecaster forecaster, String name, List<String> segments, int count,
			double leadHours) {
		for (int i = 0; i < count; i++) {
			Instant opened = hours(i);
			forecaster.opened(name + "-" + i, segments, opened);
			forecaster.finished(name + "-" + i, hours(i + leadHours));
		}
	}

}
