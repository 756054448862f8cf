package org.shopfront.demo;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the demo is being seeded, a person opening the store hears that it is being
 * stocked instead of seeing it empty; static files, health probes and everything
 * afterwards pass.
 */
class DemoStockingFilterTests {

	private final DemoSeeding seeding = new DemoSeeding();

	private final DemoStockingFilter filter = new DemoStockingFilter(this.seeding, messages());

	@Test
	void aPageAsksThePersonToWaitAndReloadsItselfWhileTheDemoIsBeingStocked() throws Exception {
		this.seeding.begin();

		MockHttpServletResponse response = call("/store");

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("Stocking &quot;the&quot; store")
			.contains("http-equiv=\"refresh\"")
			.doesNotContain("<script")
			.doesNotContain("style=");
	}

	@Test
	void theApiAnswersAProblemDetailWhileTheDemoIsBeingStocked() throws Exception {
		this.seeding.begin();

		MockHttpServletResponse response = call("/api/orders");

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString())
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"Stocking \\\"the\\\" store\",\"status\":503,"
					+ "\"detail\":\"Back in a moment.\"}");
	}

	@Test
	void staticFilesAndHealthProbesPassWhileTheDemoIsBeingStocked() throws Exception {
		this.seeding.begin();

		assertThat(call("/css/shopfront.css").getStatus()).isEqualTo(200);
		assertThat(call("/actuator/health").getStatus()).isEqualTo(200);
	}

	@Test
	void everythingPassesOnceTheDemoIsStocked() throws Exception {
		this.seeding.begin();
		this.seeding.end();

		assertThat(call("/store").getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse call(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addPreferredLocale(Locale.ENGLISH);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("demo.stocking.title", Locale.ENGLISH, "Stocking \"the\" store");
		messages.addMessage("demo.stocking.text", Locale.ENGLISH, "Back in a moment.");
		return messages;
	}

}
