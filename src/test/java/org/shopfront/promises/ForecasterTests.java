package org.shopfront.promises;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Quotes from history: the most specific segment with enough evidence, censoring, the
 * fallback without history, the chance of keeping an open promise (from history, or from
 * its estimate without history) and a new date for a late order. Time runs on a calendar
 * that works around the clock, so business hours are plain hours here (the calendar has
 * its own tests).
 */
class ForecasterTests {

	static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneId.of("UTC"), EnumSet.allOf(DayOfWeek.class),
			LocalTime.MIN, LocalTime.of(23, 59, 59, 999_999_999), List.of());

	static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

	static final List<String> LAPTOP = List.of("offering:laptop", "need:new-starter", "everything");

	static final List<String> PHONE = List.of("offering:phone", "need:new-starter", "everything");

	static Instant hours(double hours) {
		return START.plusMillis(Math.round(hours * 3_600_000));
	}

	static Forecaster uncalibrated() {
		return new Forecaster(ALWAYS,
				new ForecastSettings(30, Duration.ofDays(365), false, false, DueTime.CLOSE_OF_DAY));
	}

	@Test
	void quotesFromTheMostSpecificSegmentWithEnoughHistory() {
		Forecaster forecaster = uncalibrated();
		for (int i = 0; i < 40; i++) {
			forecaster.opened("laptop-" + i, LAPTOP, hours(i));
			forecaster.finished("laptop-" + i, hours(i + 10));
		}
		for (int i = 0; i < 10; i++) {
			forecaster.opened("phone-" + i, PHONE, hours(i));
			forecaster.finished("phone-" + i, hours(i + 100));
		}

		Quote laptop = forecaster.quote(LAPTOP, hours(200), 0.85, 40);
		Quote phone = forecaster.quote(PHONE, hours(200), 0.85, 40);

		assertThat(laptop.evidence()).isTrue();
		assertThat(laptop.segment()).isEqualTo("offering:laptop");
		assertThat(laptop.sampleSize()).isEqualTo(40);
		assertThat(laptop.hours()).isCloseTo(10, within(0.25));
		assertThat(phone.segment()).isEqualTo("need:new-starter");
		assertThat(phone.sampleSize()).isEqualTo(50);
		assertThat(phone.hours()).isCloseTo(100, within(2.0));
	}

	@Test
	void fallsBackToTheConfiguredEstimateWithoutEvidence() {
		Forecaster forecaster = uncalibrated();
		forecaster.opened("laptop-1", LAPTOP, hours(0));
		forecaster.finished("laptop-1", hours(5));

		Quote quote = forecaster.quote(LAPTOP, Instant.parse("2026-01-07T10:00:00Z"), 0.85, 24);

		assertThat(quote.evidence()).isFalse();
		assertThat(quote.sampleSize()).isZero();
		assertThat(quote.hours()).isEqualTo(24);
		assertThat(quote.due()).isEqualTo(Instant.parse("2026-01-08T23:59:59.999999999Z"));
	}

	@Test
	void forgetsCancelledOrders() {
		Forecaster forecaster = uncalibrated();
		for (int i = 0; i < 40; i++) {
			forecaster.opened("laptop-" + i, LAPTOP, hours(i));
			forecaster.finished("laptop-" + i, hours(i + 10));
		}
		for (int i = 0; i < 40; i++) {
			forecaster.opened("cancelled-" + i, LAPTOP, hours(50));
			forecaster.cancelled("cancelled-" + i, hours(51));
		}

		Quote quote = forecaster.quote(LAPTOP, hours(200), 0.85, 40);

		assertThat(quote.sampleSize()).isEqualTo(40);
		assertThat(quote.hours()).isCloseTo(10, within(0.25));
	}

	@Test
	void forgetsOrdersOutsideTheWindow() {
		Forecaster forecaster = new Forecaster(ALWAYS,
				new ForecastSettings(30, Duration.ofDays(10), false, false, DueTime.CLOSE_OF_DAY));
		for (int i = 0; i < 40; i++) {
			forecaster.opened("old-" + i, LAPTOP, hours(i));
			forecaster.finished("old-" + i, hours(i + 1));
		}

		assertThat(forecaster.quote(LAPTOP, hours(24 * 20), 0.85, 77).evidence()).isFalse();
	}

	@Test
	void countsOpenOrdersSoThatSlowOrdersDoNotMakePromisesTooEarly() {
		// a cohort of 100 orders: half finish after 5 h, half after 50 h; at 20 h only
		// the fast
		// half has finished
		Forecaster forecaster = uncalibrated();
		for (int i = 0; i < 100; i++) {
			forecaster.opened("order-" + i, LAPTOP, hours(0));
		}
		for (int i = 0; i < 50; i++) {
			forecaster.finished("order-" + i, hours(5));
		}
		Segment laptops = segmentOf(forecaster, hours(20));

		double finishedOnly = laptops.finishedOnlyCurve().quantile(0.85);
		double kaplanMeier = laptops.curve(ALWAYS.position(hours(20))).quantile(0.85);

		assertThat(finishedOnly).isCloseTo(5, within(0.25));
		assertThat(kaplanMeier).isGreaterThanOrEqualTo(20);
		assertThat(forecaster.quote(LAPTOP, hours(20), 0.85, 1).hours()).isGreaterThanOrEqualTo(20);
	}

	@Test
	void givesTheChanceThatAnOpenOrderIsDeliveredByItsDueTime() {
		Forecaster forecaster = uncalibrated();
		for (int i = 0; i < 60; i++) {
			forecaster.opened("order-" + i, LAPTOP, hours(i));
			forecaster.finished("order-" + i, hours(i + ((i % 2 == 0) ? 1 : 20)));
		}
		Instant opened = hours(100);

		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, hours(105), hours(100), 5)).isCloseTo(0.5, within(0.01));
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, hours(105), hours(102), 5)).isCloseTo(0, within(0.01));
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, hours(125), hours(102), 5)).isCloseTo(1, within(0.01));
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, hours(105), hours(105), 5)).isZero();
	}

	@Test
	void withoutEvidenceTheChanceIsTheShareOfTheQuotedEstimateStillLeft() {
		Forecaster forecaster = uncalibrated();
		forecaster.opened("laptop-1", LAPTOP, hours(0));
		forecaster.finished("laptop-1", hours(5));
		Instant opened = hours(100);
		Instant due = hours(148);

		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, due, hours(100), 40)).isEqualTo(1);
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, due, hours(110), 40)).isCloseTo(0.75, within(1e-4));
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, due, hours(130), 40)).as("below 0.35 before the due time")
			.isCloseTo(0.25, within(1e-4));
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, due, hours(145), 40)).isZero();
		assertThat(forecaster.chanceOfKeeping(LAPTOP, opened, due, hours(148), 40)).isZero();
	}

	@Test
	void requotesFromTheTimeAlreadySpent() {
		Forecaster forecaster = uncalibrated();
		for (int i = 0; i < 60; i++) {
			forecaster.opened("order-" + i, LAPTOP, hours(i));
			forecaster.finished("order-" + i, hours(i + ((i % 2 == 0) ? 1 : 20)));
		}

		Quote fresh = forecaster.quote(LAPTOP, hours(100), 0.4, 1);
		Quote late = forecaster.requote(LAPTOP, hours(100), hours(103), 0.4, 1);

		assertThat(fresh.hours()).isCloseTo(1, within(0.05));
		assertThat(late.hours()).isCloseTo(20, within(0.5));
	}

	@Test
	void calibrationKeepsTheHitRateAtTheStatedConfidenceWhenLeadTimesDrift() {
		Random random = new Random(7);
		Forecaster calibrated = new Forecaster(ALWAYS,
				new ForecastSettings(30, Duration.ofDays(30), true, true, DueTime.CLOSE_OF_DAY));
		Forecaster plain = uncalibrated();
		int kept = 0;
		int keptPlain = 0;
		int scored = 0;
		List<String> segments = List.of("everything");
		int orders = 6000;
		double[] due = new double[orders];
		double[] duePlain = new double[orders];
		double[] lead = new double[orders];
		PriorityQueue<double[]> finishing = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		for (int i = 0; i < orders; i++) {
			double now = i;
			while (!finishing.isEmpty() && finishing.peek()[0] <= now) {
				double[] done = finishing.poll();
				calibrated.finished((int) done[1], hours(done[0]));
				plain.finished((int) done[1], hours(done[0]));
			}
			// lead times grow threefold over the stream: yesterday's quantile breaks
			// promises
			double scale = 10 * (1 + 2.0 * i / orders);
			lead[i] = -scale * Math.log(1 - random.nextDouble());
			Quote quote = calibrated.quote(segments, hours(now), 0.85, 10);
			Quote quotePlain = plain.quote(segments, hours(now), 0.85, 10);
			calibrated.opened(i, segments, hours(now));
			calibrated.promised(i, quote);
			plain.opened(i, segments, hours(now));
			due[i] = ALWAYS.hoursBetween(START, quote.due());
			duePlain[i] = ALWAYS.hoursBetween(START, quotePlain.due());
			finishing.add(new double[] { now + lead[i], i });
			if (i >= orders / 2) {
				scored++;
				kept += (now + lead[i] <= due[i]) ? 1 : 0;
				keptPlain += (now + lead[i] <= duePlain[i]) ? 1 : 0;
			}
		}

		assertThat((double) kept / scored).isCloseTo(0.85, within(0.02));
		assertThat((double) keptPlain / scored).isLessThan((double) kept / scored);
	}

	@Test
	void staysConsistentWhenSeveralThreadsTellAndQuoteAtOnce() throws Exception {
		Forecaster forecaster = uncalibrated();
		AtomicLong clock = new AtomicLong();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			int first = thread * 1000;
			work.add(threads.submit(() -> {
				for (int i = first; i < first + 1000; i++) {
					forecaster.opened(i, LAPTOP, hours(clock.incrementAndGet() / 1000.0));
					forecaster.quote(LAPTOP, hours(clock.get() / 1000.0), 0.85, 10);
					forecaster.finished(i, hours(clock.incrementAndGet() / 1000.0));
				}
			}));
			work.add(threads.submit(() -> {
				for (int i = 0; i < 1000; i++) {
					forecaster.quote(PHONE, hours(clock.get() / 1000.0), 0.7, 10);
				}
			}));
		}
		for (Future<?> each : work) {
			each.get();
		}
		threads.shutdown();

		Quote quote = forecaster.quote(LAPTOP, hours(clock.get() / 1000.0), 0.85, 10);
		assertThat(quote.sampleSize()).isEqualTo(4000);
		assertThat(quote.segment()).isEqualTo("offering:laptop");
	}

	private static Segment segmentOf(Forecaster forecaster, Instant now) {
		forecaster.quote(LAPTOP, now, 0.85, 1);
		return forecaster.segment("offering:laptop");
	}

}
