package org.shopfront.people;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security filters run unwrapped: no observation per filter per request (HTTP server
 * metrics are {@code MetricsTests}').
 */
@ShopfrontTest
class SecurityObservationsTests {

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter chain;

	@Test
	void securityFiltersAreNotWrappedInObservations() {
		Object proxy = (this.chain instanceof FilterChainProxy composite && ReflectionTestUtils.getField(composite,
				"springSecurityFilterChain") instanceof FilterChainProxy inner) ? inner : this.chain;
		assertThat(ReflectionTestUtils.getField(proxy, "filterChainDecorator"))
			.isNotInstanceOf(ObservationFilterChainDecorator.class);
	}

}
