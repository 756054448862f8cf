package org.shopfront.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty catalog with the demo store described in {@link CatalogDemoContent}:
 * IT's own teams and outside vendors side by side, with prices, stock and honest
 * recommendations.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class CatalogDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	private final Needs needs;

	private final Offerings offerings;

	private final Providers providers;

	private final long seed;

	CatalogDemoData(Needs needs, Offerings offerings, Providers providers,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		this.needs = needs;
		this.offerings = offerings;
		this.providers = providers;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.needs.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		// The seed only makes the ids repeatable; the store's content is fixed.
		Random random = new Random(this.seed ^ 0x5EEDCA7AL);
		Map<String, ProviderId> providerIds = new HashMap<>();
		for (CatalogDemoContent.ProviderSpec spec : CatalogDemoContent.providers()) {
			Provider provider = new Provider(new ProviderId(uuid(random)), spec.name(), spec.kind(), spec.profile(),
					spec.website(), 0);
			this.providers.insert(provider);
			providerIds.put(spec.name(), provider.id());
		}
		int needCount = 0;
		int offeringCount = 0;
		for (CatalogDemoContent.NeedSpec spec : CatalogDemoContent.needs()) {
			Need need = new Need(new NeedId(uuid(random)), spec.title(), spec.category(), spec.description(), 0);
			this.needs.insert(need);
			for (CatalogDemoContent.OfferingSpec o : spec.offerings()) {
				ProviderId provider = providerIds.get(o.provider);
				if (provider == null) {
					throw new IllegalStateException("Unknown demo provider " + o.provider);
				}
				this.offerings.insert(new Offering(new OfferingId(uuid(random)), need.id(), provider, o.title,
						o.summary, euros(o.oneOff), euros(o.monthly), o.days, o.physical, o.stock, o.support, o.pros,
						o.cons, o.reason != null, o.reason, o.fields, true, 0));
				offeringCount++;
			}
			this.needs.refreshSearchText(need.id());
			needCount++;
		}
		log.info("Demo catalog: {} providers, {} needs, {} offerings in {} ms", providerIds.size(), needCount,
				offeringCount, (System.nanoTime() - started) / 1_000_000);
	}

	private static BigDecimal euros(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
	}

	/** A version 4 UUID drawn from the seeded source, so ids repeat from run to run. */
	private static UUID uuid(Random random) {
		long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

}
