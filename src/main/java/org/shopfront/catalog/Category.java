package org.shopfront.catalog;

/**
 * The aisles of the store. Labels and descriptions come from the message bundles
 * ({@code category.KEY} and {@code category.KEY.description}).
 */
public enum Category {

	DEVICES, SOFTWARE, ACCESS, COLLABORATION, DATA, INFRASTRUCTURE, BUSINESS_APPS;

	public String messageKey() {
		return "category." + name();
	}

}
