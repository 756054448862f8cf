package org.shopfront.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shopfront.promises.BusinessCalendar;
import org.shopfront.promises.ForecastSettings;
import org.shopfront.promises.Forecaster;
import org.shopfront.promises.Quote;

/**
 * Latency of quoting a promise with one million past orders in the forecaster: 2,000
 * offerings of 200 needs from 50 providers, opened over 170 days, lead times
 * log-normal in business hours, about one in fifty orders still open. Every order was
 * promised when it opened, so its outcome calibrates later quotes. Each quote moves the
 * clock on by a few seconds, so the survival curve is recomputed as in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx3g" })
public class QuoteBenchmark {

	static final int ORDERS = 1_000_000;

	static final int OFFERINGS = 2_000;

	final Random random = new Random(42);

	Forecaster forecaster;

	List<List<String>> segmentsOfOffering;

	Instant now;

	@Setup(Level.Trial)
	public void fill() {
		BusinessCalendar calendar = BusinessCalendar.weekdays(ZoneId.of("Europe/Berlin"));
		this.forecaster = new Forecaster(calendar, ForecastSettings.DEFAULTS);
		this.segmentsOfOffering = new ArrayList<>();
		for (int offering = 0; offering < OFFERINGS; offering++) {
			int need = offering % 200;
			this.segmentsOfOffering.add(List.of("offering:" + offering, "need:" + need, "provider:" + (need % 50),
					"everything"));
		}
		Instant start = Instant.parse("2026-01-05T08:00:00Z");
		long spacing = Duration.ofDays(170).toMillis() / ORDERS;
		PriorityQueue<long[]> finishing = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
		for (int order = 0; order < ORDERS; order++) {
			Instant opened = start.plusMillis(order * spacing);
			while (!finishing.isEmpty() && finishing.peek()[0] <= opened.toEpochMilli()) {
				long[] done = finishing.poll();
				this.forecaster.finished(done[1], Instant.ofEpochMilli(done[0]));
			}
			int offering = this.random.nextInt(OFFERINGS);
			List<String> segments = this.segmentsOfOffering.get(offering);
			Quote quote = this.forecaster.quote(segments, opened, 0.85, 40);
			this.forecaster.opened((long) order, segments, opened);
			this.forecaster.promised((long) order, quote);
			double hours = Math.exp(2 + 1.2 * this.random.nextGaussian() + (offering % 7) * 0.2);
			finishing.add(new long[] { calendar.plusHours(opened, hours).toEpochMilli(), order });
		}
		this.now = start.plusMillis(ORDERS * spacing);
	}

	@Benchmark
	public Quote quoteForAnOffering() {
		this.now = this.now.plusSeconds(3);
		return this.forecaster.quote(this.segmentsOfOffering.get(this.random.nextInt(OFFERINGS)), this.now, 0.85, 40);
	}

	@Benchmark
	public Quote quoteFromEverything() {
		this.now = this.now.plusSeconds(3);
		return this.forecaster.quote(List.of("offering:new", "everything"), this.now, 0.85, 40);
	}

}
