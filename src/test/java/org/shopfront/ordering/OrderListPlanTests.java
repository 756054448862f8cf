package org.shopfront.ordering;

import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.QueryPlans;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each order list reads its own index in its own order under the generic plan of a
 * server-prepared statement, on the first page and on a page after a cursor, so that no
 * list sorts a person's whole history or every open order (issue 14). PostgreSQL only.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListPlanTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderQueries queries;

	QueryPlans plans;

	OrderingFixture ordering;

	Viewer customer;

	Viewer manager;

	Viewer fulfiller;

	ProviderId provider;

	@BeforeAll
	void fixture() {
		this.plans = new QueryPlans(this.context.getBean(DataSource.class));
		if (!this.plans.onPostgres()) {
			return;
		}
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		Someone boss = people.someone("Plan Manager", Role.BUSINESS_LEADER);
		Someone someone = people.reportingTo(boss, "Plan Customer");
		NeedId need = catalog.need("Plan mailbox");
		this.provider = catalog.provider("Plan mail team");
		OfferingId cheap = catalog.service(need, this.provider, "5");
		OfferingId dear = catalog.service(need, this.provider, "5000");
		for (int i = 0; i < 3; i++) {
			this.ordering.place(someone, cheap, 1);
			this.ordering.place(someone, dear, 1);
		}
		this.customer = this.ordering.viewer(someone);
		this.manager = this.ordering.viewer(boss);
		Someone fulfiller = people.someone("Plan Fulfiller", Role.FULFILLER);
		this.fulfiller = this.ordering.viewer(fulfiller);
		for (int i = 0; i < 4; i++) {
			this.ordering.take(fulfiller, this.ordering.place(someone, cheap, 1));
		}
	}

	@BeforeEach
	void onPostgres() {
		this.plans.assumePostgres();
	}

	@Test
	void myOrdersWalkTheCustomersIndexBackwards() {
		everyPage("purchase_order_customer_idx", page -> this.queries.placedBy(this.customer, OrderSort.PLACED, page));
	}

	@Test
	void myOrdersUnderWayByPromisedDateReadOnlyThoseUnderWay() {
		everyPage("purchase_order_under_way_idx",
				page -> this.queries.placedBy(this.customer, OrderSort.PROMISED, page));
	}

	@Test
	void myTeamsOrdersWalkTheManagersIndexBackwards() {
		everyPage("purchase_order_manager_idx", page -> this.queries.ofReports(this.manager, OrderSort.PLACED, page));
	}

	@Test
	void myTeamsOrdersUnderWayReadOnlyThoseUnderWay() {
		everyPage("purchase_order_team_under_way_idx",
				page -> this.queries.ofReports(this.manager, OrderSort.PROMISED, page));
	}

	@Test
	void approvalsReadOnlyTheManagersWaitingOrders() {
		everyPage("purchase_order_approval_idx",
				page -> this.queries.awaitingApprovalBy(this.manager, OrderSort.PLACED, page));
		everyPage("purchase_order_approval_promised_idx",
				page -> this.queries.awaitingApprovalBy(this.manager, OrderSort.PROMISED, page));
	}

	/**
	 * The queue reads whole rows along its partial indexes, not ids then rows by id: the
	 * indexes hold only what is still to do (or one status), so no generic plan can be
	 * tempted into sorting a history.
	 */
	@Test
	void theQueueReadsOnlyWhatIsStillToDoInItsOrder() {
		everyPage("purchase_order_todo_idx",
				page -> this.queries.queue(this.fulfiller, QueueFilter.open(), OrderSort.PLACED, page), false);
		everyPage("purchase_order_todo_promised_idx",
				page -> this.queries.queue(this.fulfiller, QueueFilter.open(), OrderSort.PROMISED, page), false);
		everyPage("purchase_order_todo_provider_idx", page -> this.queries.queue(this.fulfiller,
				new QueueFilter(null, this.provider.value(), null, false), OrderSort.PLACED, page), false);
		everyPage("purchase_order_status_idx", page -> this.queries.queue(this.fulfiller,
				new QueueFilter(OrderStatus.OPEN, null, null, false), OrderSort.PLACED, page), false);
	}

	/** "Only mine" is keyed by a person, so its page's ids come from the index alone. */
	@Test
	void theFulfillersOwnQueueReadsOnlyTheirOrders() {
		everyPage("purchase_order_todo_fulfiller_idx", page -> this.queries.queue(this.fulfiller,
				new QueueFilter(null, null, null, true), OrderSort.PLACED, page));
	}

	void everyPage(String index, Function<PageRequest, Page<OrderSummary>> list) {
		everyPage(index, list, true);
	}

	/**
	 * The first page's queries and those of the page after it: each page's ids come from
	 * the index alone ({@code idsOnly}), or its rows along the index. Ids first, the rows
	 * of a list by placed time are then read along the same index, between the page's
	 * first and last; by promised date, by id.
	 */
	void everyPage(String index, Function<PageRequest, Page<OrderSummary>> list, boolean idsOnly) {
		PageRequest first = PageRequest.first(2);
		Page<OrderSummary> page = list.apply(first);
		assertPlan(index, () -> list.apply(first), idsOnly);
		if (page.more()) {
			assertPlan(index, () -> list.apply(first.after(page.next())), idsOnly);
		}
		else {
			throw new AssertionError("The fixture should fill more than one page of " + index);
		}
	}

	private void assertPlan(String index, Supplier<?> query, boolean idsOnly) {
		if (!idsOnly) {
			this.plans.assertReadsAlong(index, query);
			return;
		}
		this.plans.assertReadsOnly(index, query);
		String rows = this.plans.queryOf(query, 1);
		if (index.contains("promised") || index.contains("under_way")) {
			assertThat(rows).contains("where id in (");
		}
		else {
			this.plans.assertReadsWindowAlong(index, rows);
		}
	}

}
