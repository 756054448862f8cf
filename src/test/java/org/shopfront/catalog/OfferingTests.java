package org.shopfront.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an offering tells the store about itself: lists, stock and first-year cost. */
class OfferingTests {

	static Offering offering(boolean physical, Integer stock, String orderFields) {
		return new Offering(OfferingId.random(), NeedId.random(), ProviderId.random(), "Laptop", "A laptop",
				new BigDecimal("999.99"), new BigDecimal("12.50"), 5, physical, stock, null, "Mon–Fri",
				"Light\n  Fast  \n\nQuiet", "", false, null, orderFields, true, 0);
	}

	@Test
	void splitsListsIntoTrimmedNonEmptyLines() {
		Offering offering = offering(false, null, "Who is it for?\r\nCost centre\n");
		assertThat(offering.prosList()).containsExactly("Light", "Fast", "Quiet");
		assertThat(offering.orderFieldList()).containsExactly("Who is it for?", "Cost centre");
	}

	@Test
	void blankOrMissingListsAreEmpty() {
		assertThat(offering(false, null, "  ").orderFieldList()).isEmpty();
		assertThat(offering(false, null, null).orderFieldList()).isEmpty();
		assertThat(offering(false, null, "").consList()).isEmpty();
	}

	@Test
	void firstYearCostIsOneOffPlusTwelveMonths() {
		assertThat(offering(false, null, "").firstYearCost()).isEqualByComparingTo("1149.99");
	}

	@Test
	void physicalGoodWithoutItemsLeftIsOutOfStock() {
		assertThat(offering(true, 0, "").outOfStock()).isTrue();
		assertThat(offering(true, null, "").outOfStock()).isTrue();
		assertThat(offering(true, 1, "").outOfStock()).isFalse();
	}

	@Test
	void servicesAndLicencesAreNeverOutOfStock() {
		assertThat(offering(false, null, "").outOfStock()).isFalse();
		assertThat(offering(false, 0, "").outOfStock()).isFalse();
	}

	@Test
	void orderableOfferingIsInStockOnlyForWhatIsLeft() {
		OrderableOffering three = new OrderableOffering(OfferingId.random(), NeedId.random(), ProviderId.random(),
				"Laptop", "A laptop", "Workplace", BigDecimal.TEN, BigDecimal.ZERO, 5, true, 3, null,
				java.util.List.of(), true);
		assertThat(three.inStock(3)).isTrue();
		assertThat(three.inStock(4)).isFalse();
	}

	@Test
	void orderableServiceIsAlwaysInStock() {
		OrderableOffering service = new OrderableOffering(OfferingId.random(), NeedId.random(), ProviderId.random(),
				"Mailbox", "Mail", "Workplace", BigDecimal.TEN, BigDecimal.ZERO, 1, false, null, null,
				java.util.List.of(), true);
		assertThat(service.inStock(1000)).isTrue();
	}

}
