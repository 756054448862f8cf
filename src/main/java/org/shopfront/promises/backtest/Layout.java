package org.shopfront.promises.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a ticket's facts are in an input file: the case id column; the opening time from
 * a column of the case's first row, or else from its first event (of the opening
 * activities, when given); the resolution from the first non-empty of some columns of its
 * last row, or else from its last event (of the resolving activities, when given); the
 * segment columns, read from the case's first row.
 *
 * @param id the column holding the case (ticket) id
 * @param opened the column holding the opening time, or null to take it from events
 * @param resolved columns holding the resolution time, tried in order; empty to take it
 * from events
 * @param eventTime the column holding each row's time, for event logs
 * @param activity the column naming each row's activity, for event logs
 * @param openedActivities activities that open a case; empty: its first event opens it
 * @param resolvedActivities activities that resolve a case (the last one counts); empty:
 * its last event
 * @param segments segment columns, most specific first; {@code A+B} combines two
 * @param datePattern a {@code java.time} pattern, or null for ISO-8601
 */
record Layout(String id, String opened, List<String> resolved, String eventTime, String activity,
		Set<String> openedActivities, Set<String> resolvedActivities, List<String> segments, String datePattern) {

	/** Whether the opening or the resolution comes from the times of events. */
	boolean readsEvents() {
		return this.opened == null || this.resolved.isEmpty();
	}

	/** The columns a file must have for this layout, in the order they are checked. */
	List<String> requiredColumns() {
		List<String> needed = new ArrayList<>();
		needed.add(this.id);
		needed.add((this.opened != null) ? this.opened : this.eventTime);
		if (this.resolved.isEmpty()) {
			needed.add(this.eventTime);
		}
		else {
			needed.add(this.resolved.get(0));
		}
		if (!this.openedActivities.isEmpty() || !this.resolvedActivities.isEmpty()) {
			needed.add(this.activity);
		}
		for (String segment : this.segments) {
			needed.addAll(List.of(segment.split("\\+")));
		}
		return needed;
	}

}
