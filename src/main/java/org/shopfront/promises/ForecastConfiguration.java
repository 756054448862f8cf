package org.shopfront.promises;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business calendar built from {@link CalendarProperties}; the forecaster itself
 * lives in {@link Forecasts}, which rebuilds it from the order history.
 */
@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

	@Bean
	BusinessCalendar businessCalendar(CalendarProperties properties) {
		return properties.calendar();
	}

}
