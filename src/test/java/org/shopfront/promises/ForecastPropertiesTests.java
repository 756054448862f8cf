package org.shopfront.promises;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.shared.Formats;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar and forecast settings bind from {@code shopfront.promises.*} with sensible
 * defaults; the calendar runs in the application's time zone unless it has its own.
 */
class ForecastPropertiesTests {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CalendarSettings.class, ForecastConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Formats.class);

	@Test
	void defaultsToWeekdaysInTheApplicationsZoneAndEightyFivePerCent() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

		CalendarProperties calendar = binder.bindOrCreate("shopfront.promises.calendar", CalendarProperties.class);
		ForecastProperties forecast = binder.bindOrCreate("shopfront.promises.forecast", ForecastProperties.class);

		assertThat(calendar.zone()).isNull();
		assertThat(calendar.calendar(TOKYO).zone()).isEqualTo(TOKYO);
		assertThat(calendar.workingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(calendar.calendar(TOKYO).hoursPerDay()).isEqualTo(9);
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
		assertThat(calendar.calendar(TOKYO).isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(forecast.window()).isEqualTo(Duration.ofDays(90));
		assertThat(forecast.minimumSample()).isEqualTo(50);
	}

	@Test
	void theCalendarRunsInTheZoneDatesAreShownIn() {
		this.context.withPropertyValues("shopfront.time-zone=America/New_York")
			.run(app -> assertThat(app.getBean(BusinessCalendar.class).zone()).isEqualTo(ZoneId.of("America/New_York"))
				.isEqualTo(app.getBean(Formats.class).zone()));
	}

	@Test
	void theCalendarCanHaveAZoneOfItsOwn() {
		this.context
			.withPropertyValues("shopfront.time-zone=America/New_York", "shopfront.promises.calendar.zone=Asia/Tokyo")
			.run(app -> assertThat(app.getBean(BusinessCalendar.class).zone()).isEqualTo(TOKYO));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CalendarProperties.class)
	static class CalendarSettings {

	}

}
