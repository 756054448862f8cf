package org.shopfront.promises;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business calendar promises are measured in ({@code shopfront.promises.calendar.*}):
 * by default Monday to Friday, 08:00 to 17:00, no holidays, in the application's time
 * zone ({@code shopfront.time-zone}, the zone dates are shown in) unless {@code zone}
 * sets one of its own.
 *
 * @param zone the calendar's own time zone, or null for the application's
 */
@ConfigurationProperties("shopfront.promises.calendar")
record CalendarProperties(ZoneId zone, @DefaultValue( {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue("08:00") LocalTime opens, @DefaultValue("17:00") LocalTime closes, List<LocalDate> holidays){

	/** The calendar, in its own zone if it has one, else in the application's. */
	BusinessCalendar calendar(ZoneId applicationZone) {
		return new BusinessCalendar((this.zone != null) ? this.zone : applicationZone, this.workingDays, this.opens,
				this.closes, (this.holidays != null) ? this.holidays : List.of());
	}

}
