package org.shopfront.promises;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotes delivery promises from the lead times of past orders, in business hours, for the
 * most specific segment with enough recent history, and watches open orders.
 *
 * <p>
 * Callers tell it what happens: {@link #opened} when an order is placed,
 * {@link #promised} when a quote becomes a promise, {@link #finished} when the order is
 * delivered, {@link #cancelled} when it is cancelled. Every method takes the instant it
 * happens at (from the caller's {@code Clock}) and instants must not go backwards.
 * Segment keys are given most specific first, for example
 * {@code offering:…, need:…, provider:…, everything}. Quoting reads only in-memory
 * per-segment counts; all methods are thread-safe.
 */
public final class Forecaster {

	private final BusinessCalendar calendar;

	private final ForecastSettings settings;

	private final Map<String, Segment> segments = new HashMap<>();

	private final Map<Object, TrackedOrder> open = new HashMap<>();

	private final PendingPromises pending = new PendingPromises();

	private final Calibration calibration;

	/** Orders opened before this instant have left the window. */
	private Instant oldest = Instant.MIN;

	public Forecaster(BusinessCalendar calendar, ForecastSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
		this.calibration = new Calibration(settings.calibrationRate(), settings.calibrateBySegment());
	}

	public BusinessCalendar calendar() {
		return this.calendar;
	}

	/** Records a newly opened order in each of its segments. */
	public synchronized void opened(Object order, List<String> segmentKeys, Instant at) {
		advance(at);
		Segment[] of = segmentKeys.stream()
			.map((key) -> this.segments.computeIfAbsent(key, Segment::new))
			.toArray(Segment[]::new);
		TrackedOrder tracked = new TrackedOrder(order, at, this.calendar.position(at), of);
		if (this.open.putIfAbsent(order, tracked) != null) {
			throw new IllegalArgumentException("Order " + order + " is already open");
		}
		for (int i = 0; i < of.length; i++) {
			of[i].expire(this.oldest);
			of[i].open(tracked, i);
		}
	}

	/** Records that an order was delivered (or otherwise finished) at the given time. */
	public synchronized void finished(Object order, Instant at) {
		advance(at);
		TrackedOrder tracked = this.open.remove(order);
		if (tracked != null) {
			tracked.bin = LeadTimeBins.of(this.calendar.position(at) - tracked.start);
			for (int i = 0; i < tracked.segments.length; i++) {
				tracked.segments[i].finish(tracked, i);
			}
		}
		this.pending.finished(order, at, this.calibration::observe);
	}

	/**
	 * Records that an open order was cancelled: it leaves the open orders without a lead
	 * time, and its promises teach calibration nothing.
	 */
	public synchronized void cancelled(Object order, Instant at) {
		advance(at);
		TrackedOrder tracked = this.open.remove(order);
		if (tracked != null) {
			for (int i = 0; i < tracked.segments.length; i++) {
				tracked.segments[i].cancel(tracked, i);
			}
		}
		this.pending.cancelled(order);
	}

	/**
	 * Registers a quote given for the order, so that its outcome calibrates later quotes.
	 */
	public synchronized void promised(Object order, Quote quote) {
		if (quote.evidence()) {
			this.pending.add(order, quote.segment(), quote.due(), quote.confidence());
		}
	}

	/**
	 * Quotes a promise for an order starting at {@code at}.
	 * @param fallbackHours the offering's configured estimate, used without evidence
	 */
	public synchronized Quote quote(List<String> segmentKeys, Instant at, double confidence, double fallbackHours) {
		return requote(segmentKeys, at, at, confidence, fallbackHours);
	}

	/**
	 * A new promise for an order that opened at {@code openedAt} and is still open at
	 * {@code now}, conditioned on the time it has already taken.
	 */
	public synchronized Quote requote(List<String> segmentKeys, Instant openedAt, Instant now, double confidence,
			double fallbackHours) {
		checkConfidence(confidence);
		advance(now);
		double position = this.calendar.position(now);
		double elapsed = Math.max(0, position - this.calendar.position(openedAt));
		Segment segment = mostSpecific(segmentKeys, position);
		if (segment == null) {
			double hours = Math.max(elapsed, fallbackHours);
			return new Quote(hours, due(openedAt, hours, now), confidence, 0, "", false, confidence);
		}
		double level = this.calibration.level(segment.key(), confidence);
		double hours = segment.curve(position).quantileAfter(elapsed, level);
		return new Quote(hours, due(openedAt, hours, now), confidence, segment.sample(), segment.key(), true, level);
	}

	/**
	 * The probability that an order opened at {@code openedAt} and still open at
	 * {@code now} is delivered by {@code due}; 0 from the due time on.
	 *
	 * <p>
	 * Without a segment with enough history the promise rested on an estimate, and it is
	 * judged against that estimate: the chance is the share of the {@code quotedHours}
	 * (business hours) still left, so a promise without evidence is warned early too, not
	 * only once its due time has passed.
	 * @param quotedHours the business hours the promise was quoted for (for a promise
	 * without evidence, the offering's configured estimate)
	 */
	public synchronized double chanceOfKeeping(List<String> segmentKeys, Instant openedAt, Instant due, Instant now,
			double quotedHours) {
		if (!now.isBefore(due)) {
			return 0;
		}
		advance(now);
		double position = this.calendar.position(now);
		double start = this.calendar.position(openedAt);
		double elapsed = Math.max(0, position - start);
		Segment segment = mostSpecific(segmentKeys, position);
		if (segment == null) {
			return (quotedHours > 0) ? Math.max(0, 1 - elapsed / quotedHours) : 1;
		}
		return segment.curve(position).chanceToFinish(elapsed, this.calendar.position(due) - start);
	}

	/** The segment with the given key, for tests. */
	synchronized Segment segment(String key) {
		return this.segments.get(key);
	}

	private Instant due(Instant openedAt, double hours, Instant now) {
		Instant due = this.calendar.endOfBusinessDay(this.calendar.plusHours(openedAt, hours));
		return due.isBefore(now) ? this.calendar.endOfBusinessDay(now) : due;
	}

	private Segment mostSpecific(List<String> segmentKeys, double position) {
		for (String key : segmentKeys) {
			Segment segment = this.segments.get(key);
			if (segment != null) {
				segment.expire(this.oldest);
				if (segment.sample() >= this.settings.minimumSample() && segment.finishedCount() > 0) {
					return segment;
				}
			}
		}
		return null;
	}

	private void advance(Instant now) {
		this.oldest = now.minus(this.settings.window());
		this.pending.expire(now, this.calibration::observe);
	}

	private static void checkConfidence(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
		}
	}

}
