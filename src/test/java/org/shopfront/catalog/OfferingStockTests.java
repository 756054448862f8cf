package org.shopfront.catalog;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stock moved by orders and stock edited by a service owner must not overwrite each
 * other.
 */
@ShopfrontTest
class OfferingStockTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ManagingCatalog managing;

	@Test
	void savingAnOfferingFormLoadedBeforeAnOrderDoesNotUndoTheStockItTook() {
		CatalogFixture catalog = new CatalogFixture(this.context);
		OrderingFixture ordering = new OrderingFixture(this.context);
		Someone customer = new PeopleFixture(this.context).someone("Stock Customer");
		OfferingId laptop = catalog.good("100", 5);
		OfferingForm loadedBeforeTheOrder = OfferingForm.of(this.managing.offering(laptop));
		ordering.place(customer, laptop, 2);
		Errors errors = new BeanPropertyBindingResult(loadedBeforeTheOrder, "form");
		assertThatThrownBy(() -> this.managing.editOffering(laptop, loadedBeforeTheOrder, errors))
			.isInstanceOf(StaleCatalogEntry.class);
		assertThat(catalog.stockOf(laptop)).isEqualTo(3);
	}

}
