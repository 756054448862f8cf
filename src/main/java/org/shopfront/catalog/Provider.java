package org.shopfront.catalog;

/**
 * Who delivers an offering: one of IT's teams or an outside vendor, with a short profile.
 */
record Provider(ProviderId id, String name, ProviderKind kind, String profile, String website, int version) {

	public boolean external() {
		return this.kind == ProviderKind.EXTERNAL;
	}

	ProviderSummary summary() {
		return new ProviderSummary(this.id, this.name, this.kind);
	}

}
