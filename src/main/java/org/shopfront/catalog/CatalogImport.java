package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stocks the catalog from another one (a previous store, a spreadsheet) in one
 * transaction: providers, and needs with their offerings, each offering naming its
 * provider.
 */
@Service
public class CatalogImport {

	/** A provider; {@code website} only for an outside vendor, or null. */
	public record NewProvider(String name, ProviderKind kind, String profile, String website) {
	}

	/** A need and the offerings that serve it. */
	public record NewNeed(String title, Category category, String description, List<NewOffering> offerings) {

		public NewNeed {
			offerings = (offerings != null) ? List.copyOf(offerings) : List.of();
		}

	}

	/**
	 * One way to serve a need.
	 *
	 * @param provider the name of a provider in the same import or already in the catalog
	 * @param stock items in stock of a physical good; null for a service or a licence
	 * @param recommendation why IT recommends this offering; null when it does not
	 * @param orderFields the questions the order form asks
	 */
	public record NewOffering(String provider, String title, String summary, BigDecimal oneOffPrice,
			BigDecimal monthlyPrice, int deliveryDays, Integer stock, String supportHours, List<String> pros,
			List<String> cons, String recommendation, List<String> orderFields) {

		public NewOffering {
			pros = (pros != null) ? List.copyOf(pros) : List.of();
			cons = (cons != null) ? List.copyOf(cons) : List.of();
			orderFields = (orderFields != null) ? List.copyOf(orderFields) : List.of();
		}

	}

	private final Needs needs;

	private final Offerings offerings;

	private final Providers providers;

	private final StoreGrid grid;

	CatalogImport(Needs needs, Offerings offerings, Providers providers, StoreGrid grid) {
		this.needs = needs;
		this.offerings = offerings;
		this.providers = providers;
		this.grid = grid;
	}

	/** Whether the store has no need yet. */
	@Transactional(readOnly = true)
	public boolean catalogIsEmpty() {
		return this.needs.count() == 0;
	}

	/** Adds the providers, then the needs with their offerings, all active. */
	@Transactional
	public void add(List<NewProvider> providers, List<NewNeed> needs) {
		Map<String, ProviderId> providerIds = new HashMap<>();
		this.providers.all().forEach((provider) -> providerIds.put(provider.name(), provider.id()));
		for (NewProvider p : providers) {
			Provider provider = new Provider(ProviderId.random(), p.name(), p.kind(), p.profile(), p.website(), 0);
			this.providers.insert(provider);
			providerIds.put(provider.name(), provider.id());
		}
		for (NewNeed n : needs) {
			Need need = new Need(NeedId.random(), n.title(), n.category(), n.description(), 0);
			this.needs.insert(need);
			for (NewOffering o : n.offerings()) {
				ProviderId provider = providerIds.get(o.provider());
				if (provider == null) {
					throw new IllegalArgumentException("Unknown provider " + o.provider() + " of " + o.title());
				}
				this.offerings.insert(new Offering(OfferingId.random(), need.id(), provider, o.title(), o.summary(),
						o.oneOffPrice(), o.monthlyPrice(), o.deliveryDays(), o.stock() != null, o.stock(),
						o.supportHours(), lines(o.pros()), lines(o.cons()), o.recommendation() != null,
						o.recommendation(), lines(o.orderFields()), true, 0));
			}
			this.needs.refreshSearchText(need.id());
		}
		this.grid.catalogEdited();
	}

	private static String lines(List<String> lines) {
		return String.join("\n", lines);
	}

}
