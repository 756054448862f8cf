package org.shopfront.catalog;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need's comparison is rendered once per what it shows and shared by its readers; any
 * change of what it shows (here the stock) shows at once, and nothing of a reader's
 * session goes into it.
 */
@SpringBootTest
class NeedPagesTests {

	@Autowired
	NeedPages needs;

	@Autowired
	Catalog catalog;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	NeedId need;

	OfferingId laptop;

	@BeforeEach
	void fixture() {
		CatalogFixture fixture = new CatalogFixture(this.context);
		this.need = fixture.need("A laptop to compare");
		ProviderId provider = fixture.provider("Workplace");
		this.laptop = fixture.good(this.need, provider, "900", 12);
		fixture.service(this.need, provider, "30");
	}

	@Test
	void readersShareOneRendering() {
		NeedPages.Shown first = this.needs.show(this.need, Locale.ENGLISH, request(""), new MockHttpServletResponse());
		NeedPages.Shown second = this.needs.show(this.need, Locale.ENGLISH, request(""), new MockHttpServletResponse());

		assertThat(first.title()).isEqualTo("A laptop to compare");
		assertThat(first.html()).contains("id=\"comparison\"").contains("12 in stock");
		assertThat(second.html()).isSameAs(first.html());
	}

	@Test
	void aChangeOfStockShowsAtOnce() {
		this.needs.show(this.need, Locale.ENGLISH, request(""), new MockHttpServletResponse());

		this.transactions.executeWithoutResult(t -> this.catalog.takeStock(this.catalog.orderable(this.laptop), 2));

		assertThat(this.needs.show(this.need, Locale.ENGLISH, request(""), new MockHttpServletResponse()).html())
			.contains("10 in stock")
			.doesNotContain("12 in stock");
	}

	@Test
	void linksCarryTheContextPathAndNothingOfTheSession() {
		MockHttpServletResponse rewriting = new MockHttpServletResponse() {
			@Override
			public String encodeURL(String url) {
				return url + ";jsessionid=SECRET";
			}
		};

		String html = this.needs.show(this.need, Locale.ENGLISH, request("/shop"), rewriting).html();

		assertThat(html).contains("href=\"/shop/store\"").doesNotContain("SECRET");
	}

	private static MockHttpServletRequest request(String contextPath) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/needs/x");
		request.setContextPath(contextPath);
		return request;
	}

}
