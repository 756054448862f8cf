package org.shopfront.promises;

import org.shopfront.shared.Formats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business calendar built from {@link CalendarProperties}, by default in the zone the
 * application shows dates in; the forecaster itself lives in {@link Forecasts}, which
 * rebuilds it from the order history.
 */
@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

	@Bean
	BusinessCalendar businessCalendar(CalendarProperties properties, Formats formats) {
		return properties.calendar(formats.zone());
	}

}
