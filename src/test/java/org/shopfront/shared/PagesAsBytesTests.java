package org.shopfront.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page goes out as its UTF-8 bytes with their length: characters outside ASCII (a name,
 * a euro sign) arrive intact, and the length counts bytes, not characters.
 */
@ShopfrontTest
class PagesAsBytesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aPageGoesOutAsItsUtf8BytesWithTheirLength() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Zoë Łukasz-Müller €", Role.CUSTOMER);

		MockHttpServletResponse page = this.mvc
			.perform(get("/scoreboard").with(httpBasic(someone.username(), someone.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		byte[] bytes = page.getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("Zoë Łukasz-Müller €").endsWith("</html>\n");
		assertThat(page.getContentLength()).isEqualTo(bytes.length).isGreaterThan(text.length());
		assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

}
