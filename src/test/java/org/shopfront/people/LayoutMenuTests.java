package org.shopfront.people;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout's menu, rendered once per set of roles and kept, shows each role its own
 * entries, and the rest of the navigation bar (the name, the sign-out form and its CSRF
 * token) stays each person's own.
 */
@ShopfrontTest
class LayoutMenuTests {

	private static final Pattern MENU_LINK = Pattern.compile("class=\"nav-link\" href=\"([^\"]+)\"");

	private static final List<String> EVERYONE_BEFORE = List.of("/store", "/orders", "/approvals", "/inbox");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void eachRoleSeesItsOwnMenu() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		assertThat(menu(people.someone("Menu customer", Role.CUSTOMER)))
			.containsExactlyElementsOf(with(EVERYONE_BEFORE, "/pain-points/public", "/scoreboard", "/portfolio"));
		assertThat(menu(people.someone("Menu leader", Role.BUSINESS_LEADER)))
			.containsExactlyElementsOf(with(EVERYONE_BEFORE, "/demands", "/pain-points/public", "/scoreboard",
					"/portfolio", "/shadow-it", "/feedback/trust"));
		assertThat(menu(people.someone("Menu fulfiller", Role.FULFILLER)))
			.containsExactlyElementsOf(with(EVERYONE_BEFORE, "/demands", "/fulfilment", "/listening/tickets",
					"/listening", "/scoreboard", "/portfolio", "/shadow-it"));
		assertThat(menu(people.someone("Menu owner", Role.SERVICE_OWNER)))
			.containsExactlyElementsOf(with(EVERYONE_BEFORE, "/demands", "/manage", "/listening/tickets", "/listening",
					"/scoreboard", "/portfolio", "/shadow-it", "/feedback/trust"));
		assertThat(menu(people.someone("Menu admin", Role.ADMIN)))
			.containsExactlyElementsOf(with(EVERYONE_BEFORE, "/demands", "/listening/tickets", "/listening",
					"/scoreboard", "/portfolio", "/shadow-it", "/feedback/trust", "/admin/users"));
	}

	@Test
	void peopleWithTheSameRolesShareTheMenuButNotTheirNameOrToken() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		String first = page(people.someone("Menu first fulfiller", Role.FULFILLER));
		String second = page(people.someone("Menu second fulfiller", Role.FULFILLER));
		assertThat(first).contains("Menu first fulfiller").doesNotContain("Menu second fulfiller");
		assertThat(second).contains("Menu second fulfiller").doesNotContain("Menu first fulfiller");
		assertThat(links(first)).isEqualTo(links(second));
		assertThat(first).contains("hx-get=\"/inbox/badge\"");
		assertThat(csrf(first)).isNotEqualTo(csrf(second));
	}

	private List<String> menu(Someone someone) throws Exception {
		return links(page(someone));
	}

	private String page(Someone someone) throws Exception {
		return this.mvc.perform(get("/scoreboard").with(httpBasic(someone.username(), someone.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> links(String page) {
		int menu = page.indexOf("navbar-nav me-auto");
		assertThat(menu).as("the menu").isPositive();
		return MENU_LINK.matcher(page.substring(menu, page.indexOf("</ul>", menu)))
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"_csrf\"")
			.matcher(page);
		assertThat(token.find()).as("the sign-out form's CSRF input").isTrue();
		return (token.group(1) != null) ? token.group(1) : token.group(2);
	}

	private static List<String> with(List<String> first, String... then) {
		return Stream.concat(first.stream(), Stream.of(then)).toList();
	}

}
