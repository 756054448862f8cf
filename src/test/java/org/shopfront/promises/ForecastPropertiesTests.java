package org.shopfront.promises;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar and forecast settings bind from {@code shopfront.promises.*} with sensible
 * defaults.
 */
class ForecastPropertiesTests {

	@Test
	void defaultsToWeekdaysInBerlinAndEightyFivePerCent() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

		CalendarProperties calendar = binder.bindOrCreate("shopfront.promises.calendar", CalendarProperties.class);
		ForecastProperties forecast = binder.bindOrCreate("shopfront.promises.forecast", ForecastProperties.class);

		assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(calendar.workingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(calendar.calendar().hoursPerDay()).isEqualTo(9);
		assertThat(forecast.confidence()).isEqualTo(0.85);
		assertThat(forecast.settings().minimumSample()).isEqualTo(30);
		assertThat(forecast.settings().window()).isEqualTo(Duration.ofDays(180));
	}

	@Test
	void bindsHolidaysHoursAndWindow() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("shopfront.promises.calendar.opens",
				"09:00", "shopfront.promises.calendar.holidays", "2026-12-25,2026-12-26",
				"shopfront.promises.forecast.window", "90d", "shopfront.promises.forecast.minimum-sample", "50")));

		CalendarProperties calendar = binder.bindOrCreate("shopfront.promises.calendar", CalendarProperties.class);
		ForecastProperties forecast = binder.bindOrCreate("shopfront.promises.forecast", ForecastProperties.class);

		assertThat(calendar.opens()).isEqualTo(LocalTime.of(9, 0));
		assertThat(calendar.holidays()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
		assertThat(calendar.calendar().isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(forecast.window()).isEqualTo(Duration.ofDays(90));
		assertThat(forecast.minimumSample()).isEqualTo(50);
	}

}
