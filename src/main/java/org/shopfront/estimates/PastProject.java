package org.shopfront.estimates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.shopfront.catalog.ProviderId;
import org.shopfront.shared.Money;

/**
 * A piece of work that is over, with what was estimated when it started and what it took:
 * effort, cost and time, each only where known. Reference-class forecasting learns from
 * the estimates as first made (never from figures already widened). Made with
 * {@link #finished} and the figures added one measure at a time:
 *
 * <pre>
 * PastProject.finished(origin, "New CRM", "buy", providerId, "Acme", decidedOn)
 * 	.effort(new BigDecimal("120"), new BigDecimal("150"), EffortUnit.DAYS)
 * 	.cost(Money.of("240000", "EUR"), Money.of("262000", "EUR"))
 * 	.schedule(Schedule.dates(start, plannedEnd, actualEnd));
 * </pre>
 *
 * @param workKind the kind of work ("build", "buy", "extend"…), or null
 * @param provider who did the work, if it is a provider of the store, or null
 * @param providerName who did the work, as named in the file or the store, or null
 * @param estimatedOn the day the estimate was made, or null (then its start counts)
 */
public record PastProject(Origin origin, String name, String workKind, ProviderId provider, String providerName,
		LocalDate estimatedOn, Effort effort, Cost cost, Schedule schedule) {

	public PastProject {
		Objects.requireNonNull(origin, "A past project needs an origin");
		Objects.requireNonNull(name, "A past project needs a name");
	}

	/** A project that is over, before any of its figures are added. */
	public static PastProject finished(Origin origin, String name, String workKind, ProviderId provider,
			String providerName, LocalDate estimatedOn) {
		return new PastProject(origin, name, workKind, provider, providerName, estimatedOn, null, null, null);
	}

	/** The same project with its estimated and actual effort. */
	public PastProject effort(BigDecimal estimated, BigDecimal actual, EffortUnit unit) {
		return new PastProject(this.origin, this.name, this.workKind, this.provider, this.providerName,
				this.estimatedOn, new Effort(estimated, actual, unit), this.cost, this.schedule);
	}

	/** The same project with its estimated and actual cost. */
	public PastProject cost(Money estimated, Money actual) {
		return new PastProject(this.origin, this.name, this.workKind, this.provider, this.providerName,
				this.estimatedOn, this.effort, new Cost(estimated, actual), this.schedule);
	}

	/** The same project with its planned and actual time. */
	public PastProject schedule(Schedule schedule) {
		return new PastProject(this.origin, this.name, this.workKind, this.provider, this.providerName,
				this.estimatedOn, this.effort, this.cost, schedule);
	}

	/**
	 * Where a project's record comes from.
	 *
	 * @param reference what recorded it, unique, so that recording it again changes
	 * nothing ("initiative 3f2c…"), or null for a row of an imported file
	 * @param source the history it belongs to ("initiatives", or the source an import
	 * named)
	 * @param recordedBy who recorded or imported it
	 */
	public record Origin(String reference, String source, String recordedBy) {

		public Origin {
			Objects.requireNonNull(source, "A past project comes from a source");
		}

	}

	/** Effort as estimated and as spent, in one unit. */
	public record Effort(BigDecimal estimated, BigDecimal actual, EffortUnit unit) {

		public Effort {
			Objects.requireNonNull(unit, "Effort needs a unit");
		}

	}

	/** Cost as estimated and as spent. */
	public record Cost(Money estimated, Money actual) {

		public Cost {
			if (estimated != null && actual != null && !estimated.currency().equals(actual.currency())) {
				throw new IllegalArgumentException("A project's estimated and actual cost need one currency");
			}
		}

	}

	/**
	 * Time as planned and as taken, in calendar days, with the dates where known.
	 *
	 * @param estimatedDays from the start to the planned end
	 * @param actualDays from the start to the actual end
	 */
	public record Schedule(LocalDate start, LocalDate plannedEnd, LocalDate actualEnd, BigDecimal estimatedDays,
			BigDecimal actualDays) {

		/** The days counted from the dates, where both ends of a span are known. */
		public static Schedule dates(LocalDate start, LocalDate plannedEnd, LocalDate actualEnd) {
			return new Schedule(start, plannedEnd, actualEnd, days(start, plannedEnd), days(start, actualEnd));
		}

		/** Planned and actual days given as such, with the start if known. */
		public static Schedule days(LocalDate start, BigDecimal estimatedDays, BigDecimal actualDays) {
			return new Schedule(start, null, null, estimatedDays, actualDays);
		}

		private static BigDecimal days(LocalDate from, LocalDate to) {
			return (from == null || to == null) ? null : BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
		}

	}

}
