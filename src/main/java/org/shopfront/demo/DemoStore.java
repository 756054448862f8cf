package org.shopfront.demo;

import java.util.List;

import org.shopfront.catalog.CatalogImport;
import org.shopfront.catalog.CatalogImport.NewNeed;
import org.shopfront.catalog.CatalogImport.NewProvider;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The demo store, read from {@code demo/providers.yml} (twelve providers: six of IT's own
 * teams, six vendors) and {@code demo/store/} (the needs they serve, a file per aisle)
 * and added through the catalog's import.
 */
final class DemoStore implements DemoStep {

	private final CatalogImport catalog;

	DemoStore(CatalogImport catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "catalog";
	}

	@Override
	public boolean due() {
		return this.catalog.catalogIsEmpty();
	}

	@Override
	public String seed() {
		List<NewProvider> providers = providers();
		List<NewNeed> needs = needs();
		this.catalog.add(providers, needs);
		return providers.size() + " providers, " + needs.size() + " needs, "
				+ needs.stream().mapToInt((need) -> need.offerings().size()).sum() + " offerings";
	}

	static List<NewProvider> providers() {
		return DemoContent.list(new ClassPathResource("demo/providers.yml"), "providers", NewProvider.class);
	}

	static List<NewNeed> needs() {
		return DemoContent.files("demo/store/*.yml")
			.stream()
			.flatMap((Resource aisle) -> DemoContent.list(aisle, "needs", NewNeed.class).stream())
			.toList();
	}

}
