package org.shopfront.catalog;

/**
 * What other modules may know about a provider of the store: its name and whether it is
 * one of IT's own teams or an outside vendor.
 */
public record ProviderSummary(ProviderId id, String name, ProviderKind kind) {

	public boolean external() {
		return this.kind == ProviderKind.EXTERNAL;
	}

}
