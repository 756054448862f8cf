package org.shopfront.promises;

import java.time.Instant;
import java.util.ArrayList;
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
 * {@code offering:…, need:…, provider:…, everything}. The outcome of each promised order
 * recalibrates later quotes at every confidence, and the chance the watch asks for (see
 * {@link Calibration}). Quoting reads only in-memory per-segment counts; all methods are
 * thread-safe.
 */
public final class Forecaster {

	private final BusinessCalendar calendar;

	private final ForecastSettings settings;

	private final Map<String, Segment> segments = new HashMap<>();

	private final Map<Object, TrackedOrder> open = new HashMap<>();

	private final Scoring scoring;

	private final Calibration calibration;

	private final PromisesUnderWay underWay;

	/** Orders opened before this instant have left the window. */
	private Instant oldest = Instant.MIN;

	public Forecaster(BusinessCalendar calendar, ForecastSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
		this.scoring = new Scoring(calendar, settings.dueTime());
		this.calibration = new Calibration(settings.calibrated(), settings.calibrateBySegment(),
				settings.minimumSample());
		this.underWay = new PromisesUnderWay(this.scoring);
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
			double hours = this.calendar.position(at) - tracked.start;
			tracked.recount(() -> {
				tracked.bin = LeadTimeBins.of(hours);
				if (tracked.quantiles != null) {
					tracked.timeScore = Scoring.timeScore(tracked.quantiles, hours);
					tracked.promiseScore = this.scoring.promiseScore(tracked.quantiles, tracked.start,
							this.scoring.after(at));
					tracked.quantiles = null;
				}
			});
			for (int i = 0; i < tracked.segments.length; i++) {
				tracked.segments[i].finish(tracked, i);
			}
		}
	}

	/**
	 * Records that an open order was cancelled: it leaves the open orders without a lead
	 * time, and its promises teach calibration nothing.
	 */
	public synchronized void cancelled(Object order, Instant at) {
		advance(at);
		TrackedOrder tracked = this.open.remove(order);
		if (tracked != null) {
			tracked.recount(() -> tracked.quantiles = null);
			for (int i = 0; i < tracked.segments.length; i++) {
				tracked.segments[i].cancel(tracked, i);
			}
		}
	}

	/**
	 * Registers the promise made for an open order, so that its outcome calibrates later
	 * quotes from its segment: the segment's curve as it is now gives the lead time at
	 * every level, and once the order finishes they say at which levels a promise would
	 * have held. Only an order's first promise from evidence counts.
	 */
	public synchronized void promised(Object order, Quote quote) {
		TrackedOrder tracked = this.open.get(order);
		if (!quote.evidence() || tracked == null || tracked.quotedFrom >= 0) {
			return;
		}
		for (int i = 0; i < tracked.segments.length; i++) {
			if (tracked.segments[i].key().equals(quote.segment())) {
				SurvivalCurve curve = tracked.segments[i].curve(tracked.start);
				int from = i;
				tracked.recount(() -> {
					tracked.quantiles = Levels.quantiles(curve);
					tracked.reached = Levels.reached(curve);
					tracked.quotedFrom = from;
				});
				this.underWay.add(tracked);
				return;
			}
		}
	}

	/**
	 * Quotes a promise for an order starting at {@code at}: the lead time at the level
	 * whose promises have been kept as often as the confidence says.
	 * @param fallbackHours the offering's configured estimate, used without evidence
	 */
	public synchronized Quote quote(List<String> segmentKeys, Instant at, double confidence, double fallbackHours) {
		checkConfidence(confidence);
		advance(at);
		double position = this.calendar.position(at);
		int index = mostSpecific(segmentKeys, position);
		if (index < 0) {
			return new Quote(fallbackHours, due(at, fallbackHours, at), confidence, 0, "", false, confidence);
		}
		Segment segment = this.segments.get(segmentKeys.get(index));
		double level = calibration(segmentKeys, index).promiseLevel(confidence);
		double hours = segment.curve(position).quantile(level);
		return new Quote(hours, due(at, hours, at), confidence, segment.sample(), segment.key(), true, level);
	}

	/**
	 * A new promise for an order that opened at {@code openedAt} and is still open at
	 * {@code now}, conditioned on the time it has already taken: the lead time by which,
	 * calibrated, it is done with the stated confidence.
	 */
	public synchronized Quote requote(List<String> segmentKeys, Instant openedAt, Instant now, double confidence,
			double fallbackHours) {
		checkConfidence(confidence);
		advance(now);
		double position = this.calendar.position(now);
		double elapsed = Math.max(0, position - this.calendar.position(openedAt));
		int index = mostSpecific(segmentKeys, position);
		if (index < 0) {
			double hours = Math.max(elapsed, fallbackHours);
			return new Quote(hours, due(openedAt, hours, now), confidence, 0, "", false, confidence);
		}
		Segment segment = this.segments.get(segmentKeys.get(index));
		SurvivalCurve curve = segment.curve(position);
		CalibrationMap map = calibration(segmentKeys, index);
		double done = 1 - curve.survivalBefore(elapsed);
		double heldSoFar = map.timeHeld(done);
		double level = map.timeLevel(heldSoFar + confidence * (1 - heldSoFar));
		double hours = curve.quantileAfter(elapsed, (done < 1) ? Math.max(0, (level - done) / (1 - done)) : 1);
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
		int index = mostSpecific(segmentKeys, position);
		if (index < 0) {
			return (quotedHours > 0) ? Math.max(0, 1 - elapsed / quotedHours) : 1;
		}
		SurvivalCurve curve = this.segments.get(segmentKeys.get(index)).curve(position);
		CalibrationMap map = calibration(segmentKeys, index);
		double doneSoFar = map.timeHeld(1 - curve.survivalBefore(elapsed));
		double doneByDue = map.timeHeld(1 - curve.survival(this.calendar.position(due) - start));
		return (doneSoFar < 1) ? Math.max(0, (doneByDue - doneSoFar) / (1 - doneSoFar)) : 0;
	}

	/** The segment with the given key, for tests. */
	synchronized Segment segment(String key) {
		return this.segments.get(key);
	}

	/**
	 * The promised time: the lead time from the opening rounded up to a close of day (or
	 * full hour); when that has passed already, the next one from now.
	 */
	private Instant due(Instant openedAt, double hours, Instant now) {
		DueTime dueTime = this.settings.dueTime();
		Instant due = dueTime.due(this.calendar, openedAt, hours);
		return due.isBefore(now) ? dueTime.due(this.calendar, now, 0) : due;
	}

	/** Index of the most specific segment with enough history; -1 if there is none. */
	private int mostSpecific(List<String> segmentKeys, double position) {
		for (int i = 0; i < segmentKeys.size(); i++) {
			Segment segment = this.segments.get(segmentKeys.get(i));
			if (segment != null) {
				segment.expire(this.oldest);
				if (segment.sample() >= this.settings.minimumSample() && segment.finishedCount() > 0) {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * The calibration of a quote from the segment at {@code index}, its parents after it.
	 */
	private CalibrationMap calibration(List<String> segmentKeys, int index) {
		List<Segment> chain = new ArrayList<>(segmentKeys.size() - index);
		for (int i = index; i < segmentKeys.size(); i++) {
			Segment segment = this.segments.get(segmentKeys.get(i));
			if (segment != null) {
				chain.add(segment);
			}
		}
		return this.calibration.map(chain);
	}

	private void advance(Instant now) {
		this.oldest = now.minus(this.settings.window());
		this.underWay.advance(this.calendar.position(now), this.scoring.after(now));
	}

	private static void checkConfidence(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
		}
	}

}
