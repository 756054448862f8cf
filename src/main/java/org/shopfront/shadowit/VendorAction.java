package org.shopfront.shadowit;

import java.time.Instant;
import java.util.UUID;

import org.shopfront.people.UserId;

/**
 * Something IT did about a vendor found outside the store, as its history shows it.
 *
 * @param unit the business unit an alternative was proposed to, else null
 * @param need the store's need offered instead or added to, else null
 */
record VendorAction(UUID id, String vendorId, Kind kind, String unit, UUID need, UserId by, String byName, Instant at) {

	enum Kind {

		/** Added as an external provider's offering in the store. */
		ADDED_TO_STORE,
		/** The store's alternative proposed to a unit. */
		ALTERNATIVE_PROPOSED,
		/** Accepted as sanctioned: no longer counted as outside spend. */
		SANCTIONED;

		/**
		 * Whether the store answered the vendor, so its spend should move into the store.
		 */
		boolean answeredByStore() {
			return this != SANCTIONED;
		}

	}

}
