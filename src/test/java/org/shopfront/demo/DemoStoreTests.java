package org.shopfront.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shopfront.catalog.CatalogImport.NewNeed;
import org.shopfront.catalog.CatalogImport.NewOffering;
import org.shopfront.catalog.CatalogImport.NewProvider;
import org.shopfront.catalog.Category;
import org.shopfront.catalog.ProviderKind;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo store's content files read as the catalog's import: every aisle stocked, every
 * offering's provider known, and a misspelt key refused.
 */
class DemoStoreTests {

	private final List<NewProvider> providers = DemoStore.providers();

	private final List<NewNeed> needs = DemoStore.needs();

	@Test
	void twelveProvidersServeThirtyFiveNeedsInEveryAisle() {
		assertThat(this.providers).hasSize(12);
		assertThat(this.providers).filteredOn((p) -> p.kind() == ProviderKind.EXTERNAL)
			.hasSize(6)
			.allSatisfy((p) -> assertThat(p.website()).startsWith("https://"));
		assertThat(this.needs).hasSize(35);
		assertThat(this.needs.stream().map(NewNeed::category).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Category.values());
		assertThat(this.needs.stream().mapToInt((need) -> need.offerings().size()).sum()).isEqualTo(69);
	}

	@Test
	void everyOfferingNamesAKnownProviderAndANeedHasOneRecommendationAtMost() {
		Set<String> names = this.providers.stream().map(NewProvider::name).collect(Collectors.toSet());
		for (NewNeed need : this.needs) {
			assertThat(need.offerings()).as(need.title()).isNotEmpty().allSatisfy((offering) -> {
				assertThat(names).contains(offering.provider());
				assertThat(offering.supportHours()).isNotBlank();
				assertThat(offering.deliveryDays()).isPositive();
			});
			assertThat(need.offerings()).as(need.title())
				.filteredOn((offering) -> offering.recommendation() != null)
				.hasSizeLessThanOrEqualTo(1);
		}
	}

	@Test
	void readsEveryFieldOfAnOffering() {
		NewOffering laptop = this.needs.stream()
			.flatMap((need) -> need.offerings().stream())
			.filter((offering) -> offering.title().equals("Standard business laptop 14\""))
			.findFirst()
			.orElseThrow();
		assertThat(laptop.provider()).isEqualTo("Workplace Services");
		assertThat(laptop.oneOffPrice()).isEqualByComparingTo(new BigDecimal("799"));
		assertThat(laptop.monthlyPrice()).isEqualByComparingTo(new BigDecimal("15"));
		assertThat(laptop.deliveryDays()).isEqualTo(5);
		assertThat(laptop.stock()).isEqualTo(24);
		assertThat(laptop.supportHours()).isEqualTo("Mon–Fri 08:00–18:00, next-business-day replacement");
		assertThat(laptop.pros()).containsExactly("In stock and ready within a week", "Spare-pool swap if it breaks",
				"Fits every dock");
		assertThat(laptop.cons()).containsExactly("Not powerful enough for heavy data or video work");
		assertThat(laptop.recommendation()).startsWith("Covers what nine in ten new starters need");
		assertThat(laptop.orderFields()).containsExactly("Who is it for?", "Start date", "Keyboard layout",
				"Cost centre");
	}

	@Test
	void aServiceHasNoStock() {
		assertThat(this.needs.stream().flatMap((need) -> need.offerings().stream()))
			.filteredOn((offering) -> offering.title().equals("Managed backup"))
			.singleElement()
			.satisfies((offering) -> assertThat(offering.stock()).isNull());
	}

	@Test
	void refusesAMisspeltKey() {
		assertThatIllegalStateException().isThrownBy(
				() -> DemoContent.list(new ClassPathResource("demo-tests/typo.yml"), "providers", NewProvider.class))
			.withMessageContaining("typo.yml")
			.withMessageContaining("profle");
	}

}
