package org.shopfront.promises;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The business calendar and the one forecaster of this application node, built from
 * {@link CalendarProperties} and {@link ForecastProperties}.
 */
@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

	@Bean
	BusinessCalendar businessCalendar(CalendarProperties properties) {
		return properties.calendar();
	}

	@Bean
	Forecaster forecaster(BusinessCalendar calendar, ForecastProperties properties) {
		return new Forecaster(calendar, properties.settings());
	}

}
