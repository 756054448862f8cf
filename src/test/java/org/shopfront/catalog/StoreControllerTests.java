package org.shopfront.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.shared.Formats;
import org.shopfront.shared.RenderedOnce;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The store's pages as a web slice: a full page for a browser, only the results fragment
 * for htmx, the comparison table, and a 404 page for an unknown need.
 */
@WebMvcTest(controllers = StoreController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ Formats.class, DeliveryEstimates.class, FastestDates.class, StoreGrid.class, NeedPages.class,
		RenderedOnce.class, StoreControllerTests.FixedClock.class })
class StoreControllerTests {

	private static final NeedId LAPTOP = new NeedId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StoreQueries store;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Test
	void searchAnswersABrowserWithTheWholePage() throws Exception {
		given(this.store.categoryCounts()).willReturn(Map.of(Category.DEVICES, 1L));
		given(this.store.search(any(), any())).willReturn(List.of(laptopCard()));

		this.mvc.perform(get("/store").param("q", "laptop"))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/store"))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("A laptop for a new starter")));
	}

	@Test
	void searchAnswersHtmxWithOnlyTheResults() throws Exception {
		given(this.store.categoryCounts()).willReturn(Map.of(Category.DEVICES, 1L));
		given(this.store.search(any(), any())).willReturn(List.of(laptopCard()));

		this.mvc.perform(get("/store").param("q", "laptop").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("A laptop for a new starter")));
	}

	@Test
	void needPageComparesOptionsSideBySide() throws Exception {
		Provider team = new Provider(ProviderId.random(), "Workplace Services", ProviderKind.INTERNAL, "Our team", null,
				0);
		Provider vendor = new Provider(ProviderId.random(), "Northwind Devices", ProviderKind.EXTERNAL, "Reseller",
				null, 0);
		Offering standard = offering("Standard laptop", team, true, 24);
		Offering outside = offering("Vendor laptop", vendor, false, 0);
		given(this.store.need(LAPTOP)).willReturn(new StoreQueries.NeedPage(
				new Need(LAPTOP, "A laptop for a new starter", Category.DEVICES, "Ready on day one", 0),
				List.of(new StoreQueries.Option(standard, team), new StoreQueries.Option(outside, vendor))));

		this.mvc.perform(get("/needs/{id}", LAPTOP.value()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comparison\"")))
			.andExpect(content().string(containsString("Standard laptop")))
			.andExpect(content().string(containsString("Vendor laptop")))
			.andExpect(content().string(containsString("Outside provider")))
			.andExpect(content().string(containsString("Out of stock")))
			.andExpect(content().string(containsString("Recommended")));
	}

	@Test
	void unknownNeedAnswersNotFoundPageWithoutDetails() throws Exception {
		given(this.store.need(any())).willThrow(OfferingNotFound.forNeed(LAPTOP));

		this.mvc.perform(get("/needs/{id}", LAPTOP.value()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that need.")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void malformedNeedIdAnswersNotFound() throws Exception {
		this.mvc.perform(get("/needs/not-a-uuid")).andExpect(status().isNotFound());
	}

	private static StoreQueries.NeedCard laptopCard() {
		return new StoreQueries.NeedCard(LAPTOP, "A laptop for a new starter", Category.DEVICES, "Ready on day one", 2,
				new BigDecimal("979.00"), false);
	}

	private static Offering offering(String title, Provider provider, boolean recommended, int stock) {
		return new Offering(OfferingId.random(), LAPTOP, provider.id(), title, "14 inch", new BigDecimal("799.00"),
				new BigDecimal("15.00"), 5, true, stock, null, "Mon–Fri", "Light", "Pricey", recommended,
				recommended ? "Best value" : null, "Who is it for?", true, 0);
	}

}
