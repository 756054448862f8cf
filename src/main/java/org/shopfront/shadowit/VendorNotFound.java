package org.shopfront.shadowit;

import org.shopfront.shared.NotFound;

/** No vendor in the directory, or no stored merchant, of that id or key. */
final class VendorNotFound extends NotFound {

	private VendorNotFound(String messageKey, Object id) {
		super(messageKey, id);
	}

	static VendorNotFound forId(String vendorId) {
		return new VendorNotFound("error.vendor.notFound", vendorId);
	}

	static VendorNotFound forMerchant(String merchantKey) {
		return new VendorNotFound("error.merchant.notFound", merchantKey);
	}

}
