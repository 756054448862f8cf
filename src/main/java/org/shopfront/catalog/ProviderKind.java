package org.shopfront.catalog;

/** Whether a provider is one of IT's own teams or an outside vendor. */
public enum ProviderKind {

	INTERNAL, EXTERNAL

}
