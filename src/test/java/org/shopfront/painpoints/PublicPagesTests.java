package org.shopfront.painpoints;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code shopfront.public-pages} on, visitors who have not signed in read the public
 * pain points and IT's track record (page and API), and nothing else opens to them.
 */
@ShopfrontTest
@TestPropertySource(properties = "shopfront.public-pages=true")
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsReadThePublicPainPoints() throws Exception {
		this.mvc.perform(get("/pain-points/public").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsReadTheTrackRecordAndItsFigures() throws Exception {
		this.mvc.perform(get("/scoreboard").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		this.mvc.perform(get("/scoreboard/company/all/promises").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/scoreboard")).andExpect(status().isOk());
		this.mvc.perform(get("/api/orders")).andExpect(status().isUnauthorized());
	}

	@Test
	void anonymousVisitorsStillCannotReachTheBoard() throws Exception {
		this.mvc.perform(get("/listening").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

}
