package org.shopfront;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Prometheus can scrape the application, business meters included; only admins may. */
@ShopfrontTest
class MetricsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void prometheusScrapesTheBusinessMeters() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("ops").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("shopfront_orders_placed_total"), containsString("shopfront_promises_at_risk"),
							containsString("shopfront_notices_pending"), containsString("shopfront_listeners_failed"),
							containsString("shopfront_import_rows_total{outcome=\"imported\""),
							containsString("http_server_requests"))));
	}

	@Test
	void metricsAreNotForEveryone() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(user("someone").roles("CUSTOMER")))
			.andExpect(status().isForbidden());
	}

}
