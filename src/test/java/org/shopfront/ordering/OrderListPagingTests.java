package org.shopfront.ordering;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The order lists a page at a time: every page of a list reached through its next link,
 * rows placed in between neither repeating nor hiding others, cursors that open only the
 * list they were made for, and the htmx "more" answering the rows alone.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	CatalogFixture catalog;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	Someone stranger;

	Someone fulfiller;

	OfferingId cheap;

	OfferingId expensive;

	ProviderId provider;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = people.someone("Paging Manager", Role.BUSINESS_LEADER);
		this.customer = people.reportingTo(this.manager, "Paging Customer");
		this.stranger = people.someone("Paging Stranger");
		this.fulfiller = people.someone("Paging Fulfiller", Role.FULFILLER);
		NeedId need = this.catalog.need("Paging mailbox");
		this.provider = this.catalog.provider("Paging mail team");
		this.cheap = this.catalog.service(need, this.provider, "5");
		this.expensive = this.catalog.good(need, this.provider, "5000", 50, "Why do you need it?");
	}

	@Test
	void pagesOfMyOrdersNeitherRepeatNorSkipAnOrderWhileOthersArePlaced() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Paging Busy Customer");
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			placed.add(this.ordering.place(someone, this.cheap, 1).value().toString());
		}
		List<String> seen = new ArrayList<>();
		String next = "/api/orders?limit=2";
		while (next != null) {
			MockHttpServletResponse page = as(someone, get(URI.create(next)));
			assertThat(page.getStatus()).isEqualTo(200);
			seen.addAll(JsonPath.read(page.getContentAsString(), "$[*].id"));
			this.ordering.place(someone, this.cheap, 1);
			next = nextLink(page);
		}
		assertThat(seen).doesNotHaveDuplicates().containsAll(placed);
	}

	@Test
	void theQueueOldestFirstNeitherRepeatsNorSkipsAnOrderWhileOthersArePlaced() throws Exception {
		walkTheQueue("", "placedAt", true);
	}

	@Test
	void theQueueByPromisedDateReachesEveryOrderSoonestFirst() throws Exception {
		walkTheQueue("&sort=promised", "promisedBy", false);
	}

	/**
	 * Walks the provider's queue two orders a page to its end (placing an order after
	 * each page, if asked): it shows every order placed before, once, in the order of the
	 * date.
	 */
	private void walkTheQueue(String sort, String date, boolean placeBetweenPages) throws Exception {
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			placed.add(this.ordering.place(this.customer, this.cheap, 1).value().toString());
		}
		List<String> seen = new ArrayList<>();
		List<Instant> dates = new ArrayList<>();
		String next = "/api/fulfilment/queue?limit=2&provider=" + this.provider.value() + sort;
		while (next != null) {
			MockHttpServletResponse page = as(this.fulfiller, get(URI.create(next)));
			assertThat(page.getStatus()).isEqualTo(200);
			seen.addAll(JsonPath.read(page.getContentAsString(), "$[*].id"));
			List<String> shown = JsonPath.read(page.getContentAsString(), "$[*]." + date);
			shown.forEach(d -> dates.add(Instant.parse(d)));
			if (placeBetweenPages) {
				this.ordering.place(this.customer, this.cheap, 1);
			}
			next = nextLink(page);
		}
		assertThat(seen).doesNotHaveDuplicates().containsAll(placed);
		assertThat(dates).hasSameSizeAs(seen).isSorted();
	}

	@Test
	void aCursorFromSomeoneElsesListOpensNothing() throws Exception {
		this.ordering.place(this.customer, this.cheap, 1);
		this.ordering.place(this.customer, this.cheap, 1);
		String next = nextLink(as(this.customer, get("/api/orders?limit=1")));
		String cursor = next.replaceAll(".*cursor=([^&]+).*", "$1");
		Set<String> customersOrders = ordersOf(this.customer);

		MockHttpServletResponse stranger = as(this.stranger, get("/api/orders?limit=1&cursor=" + cursor));
		assertThat(stranger.getStatus()).isEqualTo(400);
		assertThat(customersOrders).noneMatch(stranger.getContentAsString()::contains);
		assertThat(as(this.manager, get("/api/orders?scope=reports&limit=1&cursor=" + cursor)).getStatus())
			.as("the manager's own list of the same orders")
			.isEqualTo(400);
		assertThat(as(this.customer, get("/api/orders?sort=promised&limit=1&cursor=" + cursor)).getStatus())
			.as("the same list sorted otherwise")
			.isEqualTo(400);
		// The signature's first character: all six of its bits count.
		int at = cursor.indexOf('.') + 1;
		String changed = cursor.substring(0, at) + (cursor.charAt(at) == 'A' ? 'B' : 'A') + cursor.substring(at + 1);
		assertThat(as(this.customer, get("/api/orders?limit=1&cursor=" + changed)).getStatus()).isEqualTo(400);
		assertThat(as(this.customer, get("/orders?cursor=" + changed)).getContentAsString())
			.contains("This list has moved on since that link was made");
		assertThat(as(this.customer, get(URI.create(next))).getStatus()).isEqualTo(200);
	}

	@Test
	void htmxAsksForTheNextRowsAloneAndThePageShowsThemWithTheMoreLink() throws Exception {
		for (int i = 0; i < 52; i++) {
			this.ordering.place(this.customer, this.cheap, 1);
		}
		String page = as(this.customer, get("/orders")).getContentAsString();
		assertThat(page).contains("<html").contains("sf-more");
		Matcher link = Pattern.compile("hx-get=\"(/orders\\?cursor=[^\"]+)\"").matcher(page);
		assertThat(link.find()).as("the more link").isTrue();
		String more = link.group(1).replace("&amp;", "&");
		assertThat(more).startsWith("/orders?cursor=");
		String rows = as(this.customer, get(more).header("HX-Request", "true")).getContentAsString();
		assertThat(rows).doesNotContain("<html").doesNotContain("<thead").contains("sf-order-row");
		String full = as(this.customer, get(more)).getContentAsString();
		assertThat(full).contains("<html").contains("sf-order-row");
	}

	@Test
	void approvalsShowEachOrdersPromisedDateAndTheCustomersCase() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.expensive, 1, "My laptop broke down today");
		String page = as(this.manager, get("/approvals?sort=promised")).getContentAsString();
		assertThat(page).contains("My laptop broke down today").contains("Promised by");
		String api = as(this.manager, get("/api/orders?scope=approvals&limit=200")).getContentAsString();
		List<String> answers = JsonPath.read(api, "$[?(@.id == '" + order.value() + "')].answers[0].answer");
		assertThat(answers).containsExactly("My laptop broke down today");
	}

	Set<String> ordersOf(Someone someone) throws Exception {
		List<String> ids = JsonPath.read(as(someone, get("/api/orders?limit=200")).getContentAsString(), "$[*].id");
		return ids.stream().collect(Collectors.toSet());
	}

	MockHttpServletResponse as(Someone someone, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(someone.username(), someone.password())))
			.andReturn()
			.getResponse();
	}

	static String nextLink(MockHttpServletResponse response) {
		String link = response.getHeader(HttpHeaders.LINK);
		return (link == null) ? null : link.replaceAll("^<([^>]+)>; rel=\"next\"$", "$1");
	}

}
