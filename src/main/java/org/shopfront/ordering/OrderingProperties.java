package org.shopfront.ordering;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ordering settings: orders whose first-year value is above {@code approvalThreshold} go
 * to the customer's manager first.
 */
@ConfigurationProperties("shopfront.ordering")
record OrderingProperties(@DefaultValue("1000") BigDecimal approvalThreshold) {
}
