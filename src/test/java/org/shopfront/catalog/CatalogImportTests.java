package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogImport.NewNeed;
import org.shopfront.catalog.CatalogImport.NewOffering;
import org.shopfront.catalog.CatalogImport.NewProvider;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Importing a catalog: offerings name their provider, a stock makes a physical good, and
 * an unknown provider stops the whole import.
 */
@ShopfrontTest
class CatalogImportTests {

	@Autowired
	CatalogImport imports;

	@Autowired
	Catalog catalog;

	@Test
	void importsNeedsWithTheirOfferingsFromTheirProviders() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewProvider team = new NewProvider("Import Team " + tag, ProviderKind.INTERNAL, "Imports things.", null);
		NewOffering device = new NewOffering(team.name(), "Imported device " + tag, "A device.", new BigDecimal("300"),
				BigDecimal.ZERO, 4, 7, "Mon–Fri", List.of("Cheap"), List.of(), null,
				List.of("Who is it for?", "Cost centre"));
		NewOffering service = new NewOffering(team.name(), "Imported service " + tag, "A service.", BigDecimal.ZERO,
				new BigDecimal("12.50"), 2, null, "24/7", null, null, "Ready today.", null);
		this.imports.add(List.of(team),
				List.of(new NewNeed("Imported need " + tag, Category.DEVICES, "A need.", List.of(device, service))));

		List<OrderableOffering> imported = this.catalog.allOrderable()
			.stream()
			.filter((offering) -> offering.needTitle().equals("Imported need " + tag))
			.toList();
		assertThat(imported).hasSize(2).allSatisfy((offering) -> {
			assertThat(offering.providerName()).isEqualTo(team.name());
			assertThat(offering.active()).isTrue();
		});
		assertThat(imported).filteredOn((offering) -> offering.title().equals(device.title()))
			.singleElement()
			.satisfies((offering) -> {
				assertThat(offering.physical()).isTrue();
				assertThat(offering.stock()).isEqualTo(7);
				assertThat(offering.orderFields()).containsExactly("Who is it for?", "Cost centre");
			});
		assertThat(imported).filteredOn((offering) -> offering.title().equals(service.title()))
			.singleElement()
			.satisfies((offering) -> {
				assertThat(offering.physical()).isFalse();
				assertThat(offering.monthlyPrice()).isEqualByComparingTo("12.50");
			});
		assertThat(this.imports.catalogIsEmpty()).isFalse();
	}

	@Test
	void refusesAnOfferingOfAnUnknownProviderAndKeepsNothing() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewOffering orphan = new NewOffering("Nobody " + tag, "Orphan " + tag, "No provider.", BigDecimal.ONE,
				BigDecimal.ZERO, 1, null, "24/7", null, null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.imports.add(List.of(),
					List.of(new NewNeed("Orphan need " + tag, Category.SOFTWARE, "A need.", List.of(orphan)))))
			.withMessageContaining("Nobody " + tag);
		assertThat(this.catalog.allOrderable()).noneMatch((offering) -> offering.title().equals(orphan.title()));
	}

}
