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
 * by default Monday to Friday, 08:00 to 17:00, Europe/Berlin, no holidays.
 */
@ConfigurationProperties("shopfront.promises.calendar")
record CalendarProperties(@DefaultValue("Europe/Berlin") ZoneId zone, @DefaultValue( {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue("08:00") LocalTime opens, @DefaultValue("17:00") LocalTime closes, List<LocalDate> holidays){

	BusinessCalendar calendar() {
		return new BusinessCalendar(this.zone, this.workingDays, this.opens, this.closes,
				(this.holidays != null) ? this.holidays : List.of());
	}

}
