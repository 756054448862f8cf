package org.shopfront.promises;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How promises are quoted and watched ({@code shopfront.promises.forecast.*}): the stated
 * confidence, the evidence a segment needs, how far back history counts, the calibration
 * step, and the chance of keeping a promise below which it is at risk.
 */
@ConfigurationProperties("shopfront.promises.forecast")
record ForecastProperties(@DefaultValue("0.85") double confidence, @DefaultValue("30") int minimumSample,
		@DefaultValue("180d") Duration window, @DefaultValue("0.005") double calibrationRate,
		@DefaultValue("true") boolean calibrateBySegment, @DefaultValue("0.35") double riskThreshold) {

	ForecastSettings settings() {
		return new ForecastSettings(this.minimumSample, this.window, this.calibrationRate, this.calibrateBySegment);
	}

}
