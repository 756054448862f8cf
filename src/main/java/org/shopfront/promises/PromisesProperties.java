package org.shopfront.promises;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How promises are quoted and watched ({@code shopfront.promises.*}).
 *
 * @param confidence the stated share of promises that are kept
 * @param minimumSample past orders a segment needs before its history is used
 * @param window how far back history counts
 * @param calibrationRate step of the online correction per promise outcome (0: off)
 * @param atRiskBelow a promise is at risk when its chance of being kept falls below this
 * @param watchEvery how often the at-risk watch runs
 * @param relearnEvery how often each node rebuilds its forecasts from the database, so
 * that it also learns from orders that other nodes handled
 * @param answerLinksValidFor how long the links in a retailer-call mail work
 * @param linkSecret the key that signs answer links; empty: one generated and shared
 * through the database
 * @param calendar business days and hours, in which lead times are measured
 */
@ConfigurationProperties("shopfront.promises")
record PromisesProperties(@DefaultValue("0.85") double confidence, @DefaultValue("30") int minimumSample,
		@DefaultValue("180d") Duration window, @DefaultValue("0.005") double calibrationRate,
		@DefaultValue("0.5") double atRiskBelow, @DefaultValue("15m") Duration watchEvery,
		@DefaultValue("10m") Duration relearnEvery, @DefaultValue("7d") Duration answerLinksValidFor,
		@DefaultValue("") String linkSecret, @DefaultValue Calendar calendar) {

	/**
	 * @param zone empty: the company's time zone ({@code shopfront.time-zone}) or the
	 * system's
	 */
	record Calendar(@DefaultValue("") String zone,
			@DefaultValue("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY") Set<DayOfWeek> workingDays,
			@DefaultValue("08:00") LocalTime opens, @DefaultValue("17:00") LocalTime closes,
			@DefaultValue List<LocalDate> holidays) {

		BusinessCalendar toCalendar(String companyZone) {
			String id = !this.zone.isBlank() ? this.zone : companyZone;
			ZoneId zoneId = id == null || id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id);
			return new BusinessCalendar(zoneId, EnumSet.copyOf(this.workingDays), this.opens, this.closes,
					this.holidays);
		}

	}

	ForecastSettings forecastSettings() {
		return new ForecastSettings(this.minimumSample, this.window, this.calibrationRate);
	}

}
