package org.shopfront.feedback;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How feedback is asked for ({@code shopfront.feedback.*}).
 *
 * @param linksValidFor how long the links in a survey or pulse mail work
 * @param pulseEvery the trust pulse's cadence: a new round this long after the last
 * @param pulseEnabled whether the trust pulse asks unit heads at all
 * @param scoreWindow how far back the trust score looks
 */
@ConfigurationProperties("shopfront.feedback")
record FeedbackProperties(@DefaultValue("14d") Duration linksValidFor, @DefaultValue("P3M") Period pulseEvery,
		@DefaultValue("true") boolean pulseEnabled, @DefaultValue("365d") Duration scoreWindow) {

}
