package org.shopfront.estimates;

import org.shopfront.estimates.reference.WideningSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How estimates are widened ({@code shopfront.estimates.*}): the past projects a
 * provider's or a kind of work's reference class needs before it is used instead of a
 * broader one (30, as the order forecaster's segments), and the step by which the
 * quantile level follows what the last widenings did (decision 0023).
 */
@ConfigurationProperties("shopfront.estimates")
record EstimatesProperties(@DefaultValue("30") int minimumSample, @DefaultValue("0.05") double calibrationRate) {

	WideningSettings settings() {
		return new WideningSettings(this.minimumSample, this.calibrationRate);
	}

}
