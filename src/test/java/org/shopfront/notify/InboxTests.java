package org.shopfront.notify;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox shows a person their own notices, newest first, as plain text, and counts the
 * unread ones in the menu.
 */
@ShopfrontTest
class InboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Notifying notifying;

	@Autowired
	JdbcClient jdbc;

	Someone ann;

	Someone bob;

	@BeforeEach
	void people() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.ann = people.someone("Ann Inbox");
		this.bob = people.someone("Bob Inbox");
	}

	@Test
	void showsMyOwnNoticesNewestFirstAndNobodyElses() throws Exception {
		tell(this.ann, "Your laptop is on its way");
		tell(this.ann, "Your laptop has arrived");
		tell(this.bob, "Bob's secret news");

		String page = this.mvc.perform(get("/inbox").with(as(this.ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("secret news"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Your laptop has arrived")).isPositive()
			.isLessThan(page.indexOf("Your laptop is on its way"));
		assertThat(page).contains("href=\"/orders/42\"");
	}

	@Test
	void showsWhatPeopleWroteAsTextNotMarkup() throws Exception {
		tell(this.ann, "<script>alert('inbox')</script>");

		this.mvc.perform(get("/inbox").with(as(this.ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;inbox&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void countsUnreadNoticesUntilTheyAreRead() throws Exception {
		UUID first = tell(this.ann, "First news");
		tell(this.ann, "Second news");
		this.mvc.perform(get("/inbox/badge").with(as(this.ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">2</span>")));

		this.mvc.perform(post("/inbox/{id}/read", first).with(as(this.ann)).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));
		this.mvc.perform(get("/inbox/badge").with(as(this.ann)))
			.andExpect(content().string(containsString(">1</span>")));

		this.mvc.perform(post("/inbox/read").with(as(this.ann)).with(csrf())).andExpect(redirectedUrl("/inbox"));
		this.mvc.perform(get("/inbox/badge").with(as(this.ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("badge rounded-pill"))));
	}

	@Test
	void someoneElsesNoticeCannotBeMarkedRead() throws Exception {
		UUID bobs = tell(this.bob, "Only for Bob");

		this.mvc.perform(post("/inbox/{id}/read", bobs).with(as(this.ann)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/inbox/badge").with(as(this.bob)))
			.andExpect(content().string(containsString(">1</span>")));
	}

	@Test
	void answersHtmxWithTheListAloneAndBrowsersWithTheWholePage() throws Exception {
		tell(this.ann, "Htmx news");

		this.mvc.perform(get("/inbox").with(as(this.ann)))
			.andExpect(content().string(containsString("<nav")))
			.andExpect(content().string(containsString("id=\"notices\"")));
		this.mvc.perform(get("/inbox").header("HX-Request", "true").with(as(this.ann)))
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(containsString("id=\"notices\"")))
			.andExpect(content().string(containsString("Htmx news")));
	}

	@Test
	void theMenuLoadsTheUnreadCount() throws Exception {
		this.mvc.perform(get("/orders").with(as(this.ann)))
			.andExpect(content().string(containsString("hx-get=\"/inbox/badge\"")));
	}

	UUID tell(Someone someone, String subject) {
		Notice notice = new Notice("inbox-test:" + UUID.randomUUID(), someone.id(), "test",
				Text.of("notify.orderProgress.note", subject), List.of(Text.of("notify.orderProgress.note", subject)),
				List.of(Link.to("/orders/42", "notify.order.link")));
		assertThat(this.notifying.send(notice)).isTrue();
		return this.jdbc.sql("select id from notice where source_key = :key")
			.param("key", notice.key())
			.query(UUID.class)
			.single();
	}

	static RequestPostProcessor as(Someone someone) {
		return httpBasic(someone.username(), someone.password());
	}

}
