package org.shopfront.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The store's grids (browsing and searching) are rendered once per aisle and search words
 * and kept, until the catalog is edited.
 */
@SpringBootTest(properties = "shopfront.store.grid-cache-for=1h")
class StoreGridTests {

	@Autowired
	StoreGrid grid;

	@Autowired
	ApplicationContext context;

	@MockitoSpyBean
	StoreQueries store;

	CatalogFixture catalog;

	@BeforeEach
	void fixture() {
		this.catalog = new CatalogFixture(this.context);
		this.catalog.need("Something to start with");
		clearInvocations(this.store);
	}

	@Test
	void browsingRendersTheGridOnceForEveryone() {
		String first = this.grid.html(null, "", Locale.ENGLISH, "");
		String second = this.grid.html(null, "", Locale.ENGLISH, "");

		assertThat(second).isEqualTo(first).contains("id=\"results\"").contains("Something to start with");
		verify(this.store, times(1)).search(any(), anyString());
	}

	@Test
	void anEditShowsAtOnce() {
		this.grid.html(Category.DEVICES, "", Locale.ENGLISH, "");

		this.catalog.need("A freshly added need");

		assertThat(this.grid.html(Category.DEVICES, "", Locale.ENGLISH, "")).contains("A freshly added need");
		verify(this.store, times(2)).search(any(), anyString());
	}

	@Test
	void aSearchIsRenderedOncePerItsWords() {
		this.grid.html(null, "start", Locale.ENGLISH, "");
		String again = this.grid.html(null, "Start!", Locale.ENGLISH, "");
		this.grid.html(null, "something", Locale.ENGLISH, "");

		assertThat(again).contains("Something to start with");
		verify(this.store, times(2)).search(any(), anyString());
	}

	@Test
	void anEditShowsInSearchesAtOnce() {
		this.grid.html(null, "freshly", Locale.ENGLISH, "");

		this.catalog.need("A freshly added need");

		assertThat(this.grid.html(null, "freshly", Locale.ENGLISH, "")).contains("A freshly added need");
	}

	@Test
	void rendersForManyVisitorsAtOnce() throws Exception {
		ExecutorService visitors = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> pages = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				pages.add(visitors.submit(() -> this.grid.html(null, "start", Locale.ENGLISH, "")));
			}
			for (Future<String> page : pages) {
				assertThat(page.get()).contains("Something to start with");
			}
		}
		finally {
			visitors.shutdownNow();
		}
	}

	@Test
	void linksCarryTheContextPath() {
		assertThat(this.grid.html(null, "", Locale.ENGLISH, "/shop")).contains("href=\"/shop/needs/");
	}

}
