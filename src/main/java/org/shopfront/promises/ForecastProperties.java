package org.shopfront.promises;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How promises are quoted and watched ({@code shopfront.promises.forecast.*}): the stated
 * confidence, the evidence a segment needs, how far back history counts, whether (and per
 * segment) quotes are recalibrated from outcomes, and the chance of keeping a promise
 * below which it is at risk.
 */
@ConfigurationProperties("shopfront.promises.forecast")
record ForecastProperties(@DefaultValue("0.85") double confidence, @DefaultValue("30") int minimumSample,
		@DefaultValue("180d") Duration window, @DefaultValue("true") boolean calibrated,
		@DefaultValue("true") boolean calibrateBySegment, @DefaultValue("0.35") double riskThreshold) {

	/** The store promises dates: due at the close of a business day. */
	ForecastSettings settings() {
		return new ForecastSettings(this.minimumSample, this.window, this.calibrated, this.calibrateBySegment,
				DueTime.CLOSE_OF_DAY);
	}

}
