package org.shopfront.catalog;

import java.util.Map;

/**
 * Each provider's track record, for the store to show next to its offerings. The trust
 * module implements it; without it the store shows no record.
 */
public interface ProviderRecords {

	/** The record of every provider that has one, over the last year. */
	Map<ProviderId, ProviderRecord> all();

}
