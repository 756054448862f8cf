package org.shopfront.painpoints;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.shopfront.shared.HoursHistogram;

/**
 * Changes to a run's rollups from tickets placed (+1) or taken out (-1), summed in memory
 * so that a batch of tickets writes each row once. The maps are sorted, so every writer
 * touches rows in the same order.
 */
final class PainPointTally {

	static final String UNIT = "UNIT";

	static final String LOCATION = "LOCATION";

	final Map<UUID, Added> points = new TreeMap<>();

	final Map<Week, Long> weeks = new TreeMap<>(Week.ORDER);

	final Map<Place, Long> places = new TreeMap<>(Place.ORDER);

	private final ZoneId zone;

	PainPointTally(ZoneId zone) {
		this.zone = zone;
	}

	boolean isEmpty() {
		return this.points.isEmpty();
	}

	/** Counts the ticket in the pain point ({@code sign} 1) or takes it out (-1). */
	void add(TicketFacts ticket, UUID point, int sign) {
		Added added = this.points.computeIfAbsent(point, (p) -> new Added());
		added.tickets += sign;
		if (ticket.reopenCount() != null) {
			added.told += sign;
			added.reopened += (ticket.reopenCount() > 0) ? sign : 0;
		}
		if (ticket.openedAt() != null && ticket.resolvedAt() != null) {
			double hours = Duration.between(ticket.openedAt(), ticket.resolvedAt()).toMillis() / 3_600_000.0;
			added.hours.add(HoursHistogram.bucket(hours), sign);
		}
		if (ticket.openedAt() != null) {
			LocalDate day = LocalDate.ofInstant(ticket.openedAt(), this.zone);
			this.weeks.merge(new Week(point, PainPointBoardQueries.monday(day)), (long) sign, Long::sum);
		}
		if (ticket.businessUnit() != null) {
			this.places.merge(new Place(point, UNIT, ticket.businessUnit()), (long) sign, Long::sum);
		}
		if (ticket.location() != null) {
			this.places.merge(new Place(point, LOCATION, ticket.location()), (long) sign, Long::sum);
		}
	}

	/** What a pain point's figures row gains. */
	static final class Added {

		long tickets;

		long reopened;

		long told;

		final HoursHistogram hours = new HoursHistogram();

	}

	record Week(UUID point, LocalDate week) {

		static final Comparator<Week> ORDER = Comparator.comparing(Week::point).thenComparing(Week::week);

	}

	record Place(UUID point, String kind, String place) {

		static final Comparator<Place> ORDER = Comparator.comparing(Place::point)
			.thenComparing(Place::kind)
			.thenComparing(Place::place);

	}

}
