package org.shopfront.promises;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The promise backfill only runs into a database without promises: once Shopfront has
 * made one, replaying the history would promise the same orders twice. (What it makes of
 * a history is tested with the demo, which starts from an empty database.)
 */
@ShopfrontTest
class PromiseBackfillTests {

	@Autowired
	PromiseBackfill backfill;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void makesNothingOnceAPromiseExists() {
		new OrderingFixture(this.context).place(new PeopleFixture(this.context).someone("Backfill Customer"),
				new CatalogFixture(this.context).good("20", 3, "Who is it for?"), 1, "Me");
		// The order's promise is made by an event listener after the order commits.
		long promises = await().until(this::count, (made) -> made > 0);

		assertThat(this.backfill.needed()).isFalse();
		assertThat(this.backfill.promisePastOrders()).isZero();
		assertThat(count()).isEqualTo(promises);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from promise").query(Long.class).single();
	}

}
