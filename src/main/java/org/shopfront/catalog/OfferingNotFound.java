package org.shopfront.catalog;

import org.shopfront.shared.NotFound;

/** No such offering (or need, or provider) in the catalog. */
public final class OfferingNotFound extends NotFound {

	private OfferingNotFound(String key, Object id) {
		super(key, id);
	}

	public static OfferingNotFound forId(OfferingId id) {
		return new OfferingNotFound("error.offering.notFound", id);
	}

	static OfferingNotFound forNeed(NeedId id) {
		return new OfferingNotFound("error.need.notFound", id);
	}

	static OfferingNotFound forProvider(ProviderId id) {
		return new OfferingNotFound("error.provider.notFound", id);
	}

}
