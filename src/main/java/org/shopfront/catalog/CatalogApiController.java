package org.shopfront.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalog reads for machine clients: the same store the pages show, as JSON.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Catalog", description = "Needs, their offerings and providers")
class CatalogApiController {

	private final StoreQueries store;

	private final Providers providers;

	private final Offerings offerings;

	private final DeliveryEstimates delivery;

	private final FastestDates fastest;

	private final Clock clock;

	CatalogApiController(StoreQueries store, Providers providers, Offerings offerings, DeliveryEstimates delivery,
			FastestDates fastest, Clock clock) {
		this.delivery = delivery;
		this.fastest = fastest;
		this.clock = clock;
		this.store = store;
		this.providers = providers;
		this.offerings = offerings;
	}

	record NeedSummary(UUID id, String title, Category category, String description, int options,
			BigDecimal fromFirstYearCost, DeliveryQuote fastestDelivery, boolean externalRecommended) {
	}

	record ProviderView(UUID id, String name, ProviderKind kind, String profile, String website) {

		static ProviderView of(Provider p) {
			return new ProviderView(p.id().value(), p.name(), p.kind(), p.profile(), p.website());
		}

	}

	record OfferingView(UUID id, UUID needId, String title, String summary, ProviderView provider,
			BigDecimal oneOffPrice, BigDecimal monthlyPrice, BigDecimal firstYearCost, int deliveryDays,
			boolean physical, Integer stock, boolean outOfStock, String supportHours, List<String> pros,
			List<String> cons, boolean recommended, String recommendationReason, List<String> orderFields,
			DeliveryQuote delivery) {

		static OfferingView of(Offering o, Provider p, DeliveryQuote delivery) {
			return new OfferingView(o.id().value(), o.needId().value(), o.title(), o.summary(), ProviderView.of(p),
					o.oneOffPrice(), o.monthlyPrice(), o.firstYearCost(), o.deliveryDays(), o.physical(), o.stock(),
					o.outOfStock(), o.supportHours(), o.prosList(), o.consList(), o.recommended(),
					o.recommendationReason(), o.orderFieldList(), delivery);
		}

	}

	record NeedView(UUID id, String title, Category category, String description, List<OfferingView> options) {
	}

	@GetMapping("/categories")
	@Operation(summary = "The store's aisles with the number of needs in each")
	java.util.Map<Category, Long> categories() {
		return this.store.categoryCounts();
	}

	@GetMapping("/needs")
	@Operation(summary = "Browse or search needs")
	List<NeedSummary> needs(@RequestParam(required = false) Category category,
			@RequestParam(defaultValue = "") String q) {
		Map<NeedId, DeliveryQuote> fastest = this.fastest.now();
		return this.store.search(category, q)
			.stream()
			.map(c -> new NeedSummary(c.id().value(), c.title(), c.category(), c.description(), c.options(),
					c.fromPrice(), fastest.get(c.id()), c.externalRecommended()))
			.toList();
	}

	@GetMapping("/needs/{id}")
	@Operation(summary = "A need with its options side by side")
	NeedView need(@PathVariable UUID id) {
		StoreQueries.NeedPage page = this.store.need(new NeedId(id));
		Need need = page.need();
		return new NeedView(need.id().value(), need.title(), need.category(), need.description(),
				page.options()
					.stream()
					.map(o -> OfferingView.of(o.offering(), o.provider(), quote(o.offering())))
					.toList());
	}

	@GetMapping("/offerings/{id}")
	@Operation(summary = "One offering")
	OfferingView offering(@PathVariable UUID id) {
		OfferingId offeringId = new OfferingId(id);
		Offering offering = this.offerings.find(offeringId).orElseThrow(() -> OfferingNotFound.forId(offeringId));
		Provider provider = this.providers.find(offering.providerId())
			.orElseThrow(() -> OfferingNotFound.forProvider(offering.providerId()));
		return OfferingView.of(offering, provider, quote(offering));
	}

	/** The delivery date an order placed now would be promised for. */
	private DeliveryQuote quote(Offering o) {
		return this.delivery.quote(o, this.clock.instant());
	}

	@GetMapping("/providers")
	@Operation(summary = "All providers, internal teams and vendors")
	List<ProviderView> providers() {
		return this.providers.all().stream().map(ProviderView::of).toList();
	}

	@GetMapping("/providers/{id}")
	@Operation(summary = "One provider")
	ProviderView provider(@PathVariable UUID id) {
		ProviderId providerId = new ProviderId(id);
		return this.providers.find(providerId)
			.map(ProviderView::of)
			.orElseThrow(() -> OfferingNotFound.forProvider(providerId));
	}

}
