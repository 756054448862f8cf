package org.shopfront.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog module's API for other modules: what an offering costs and needs, and its
 * stock. Stock moves inside the caller's transaction, so an order and the stock it took
 * commit or roll back together.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final Offerings offerings;

	private final Providers providers;

	private final NeedOptions needOptions;

	private final CatalogNames names;

	Catalog(Offerings offerings, Providers providers, NeedOptions needOptions, CatalogNames names) {
		this.offerings = offerings;
		this.providers = providers;
		this.needOptions = needOptions;
		this.names = names;
	}

	/** Every need that has an offering on sale, with its cheapest, by need title. */
	public List<NeedOption> needOptions() {
		return this.needOptions.cheapest();
	}

	/**
	 * The outside vendor's provider of that name, made with the website if the store has
	 * none yet, so that a vendor found on company cards can be offered in the store.
	 */
	@Transactional
	public ProviderId externalProvider(String name, String profile, String website) {
		return this.providers.all()
			.stream()
			.filter((p) -> p.name().equalsIgnoreCase(name.trim()))
			.map(Provider::id)
			.findFirst()
			.orElseGet(() -> {
				Provider provider = new Provider(ProviderId.random(), name.trim(), ProviderKind.EXTERNAL, profile,
						website, 0);
				this.providers.insert(provider);
				return provider.id();
			});
	}

	/** Every provider of the store, IT's teams and outside vendors, by name. */
	public List<ProviderSummary> providers() {
		return this.providers.all().stream().map(Provider::summary).toList();
	}

	public OrderableOffering orderable(OfferingId id) {
		return this.offerings.findOrderable(id).orElseThrow(() -> OfferingNotFound.forId(id));
	}

	public List<OrderableOffering> allOrderable() {
		return this.offerings.allOrderable();
	}

	/**
	 * Every provider's name by id, in the order of the names: a few dozen rows, for a
	 * filter by provider.
	 */
	public Map<ProviderId, String> providerNames() {
		Map<ProviderId, String> names = new LinkedHashMap<>();
		this.providers.all().forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

	/** The titles of those of these offerings that exist, by offering id. */
	public Map<UUID, String> offeringTitles(Collection<UUID> offerings) {
		return this.names.of(CatalogNames.OFFERINGS, offerings);
	}

	/** The titles of those of these needs that have an offering, by need id. */
	public Map<UUID, String> needTitles(Collection<UUID> needs) {
		return this.names.of(CatalogNames.NEEDS, needs);
	}

	/** The names of those of these providers that have an offering, by provider id. */
	public Map<UUID, String> providerNames(Collection<UUID> providers) {
		return this.names.of(CatalogNames.PROVIDERS, providers);
	}

	/** The offerings of one need, active or not. */
	public List<OrderableOffering> orderableFor(NeedId need) {
		return this.offerings.orderableFor(need);
	}

	/**
	 * Takes items of a physical good from stock, refusing to go below zero even when
	 * orders race: the decrement is one conditional UPDATE. Services and licences have no
	 * stock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void takeStock(OrderableOffering offering, int quantity) {
		if (offering.physical() && !this.offerings.decrementStock(offering.id(), quantity)) {
			throw OutOfStock.forOffering(offering.title(), quantity);
		}
	}

	/**
	 * Puts items back, for instance when an order is rejected or cancelled before
	 * delivery.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void returnStock(OfferingId id, int quantity) {
		if (orderable(id).physical()) {
			this.offerings.incrementStock(id, quantity);
		}
	}

}
