package org.shopfront.catalog;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A need's page shows the providers' track records as the scoreboard keeps them: the page
 * keeps no copy of its own, even while the store keeps its grids.
 */
@SpringBootTest(properties = "shopfront.store.grid-cache-for=1h")
class NeedPagesRecordsTests {

	@Autowired
	NeedPages needs;

	@Autowired
	ApplicationContext context;

	@MockitoSpyBean
	ProviderRecords records;

	@Test
	void asksForTheTrackRecordsAtEveryViewEvenWhileTheStoreKeepsItsGrids() {
		CatalogFixture fixture = new CatalogFixture(this.context);
		NeedId need = fixture.need("A phone to compare");
		fixture.service(need, fixture.provider("Telecoms"), "20");

		for (int i = 0; i < 3; i++) {
			this.needs.show(need, Locale.ENGLISH, new MockHttpServletRequest(), new MockHttpServletResponse());
		}

		verify(this.records, times(3)).all();
	}

}
