package org.shopfront.notify;

import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
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
	void anUnreadNoticesButtonSubmitsThePagesOneFormWithTheReadersTokenToItsOwnAddress() throws Exception {
		UUID notice = tell(this.ann, "Button news");

		String page = inboxOf(this.ann, "en");
		String form = page.substring(page.indexOf("<form id=\"inbox-read\""));
		assertThat(form.substring(0, form.indexOf("</form>"))).contains("name=\"_csrf\"");
		assertThat(itemOf(page, "Button news")).contains("form=\"inbox-read\"")
			.contains("formaction=\"/inbox/" + notice + "/read\"")
			.doesNotContain("_csrf");
	}

	@Test
	void aKeptNoticeLosesItsButtonOnceRead() throws Exception {
		UUID notice = tell(this.ann, "Kept news");
		assertThat(itemOf(inboxOf(this.ann, "en"), "Kept news")).contains("formaction").contains("sf-notice-unread");

		this.mvc.perform(post("/inbox/{id}/read", notice).with(as(this.ann)).with(csrf()))
			.andExpect(redirectedUrl("/inbox"));
		assertThat(itemOf(inboxOf(this.ann, "en"), "Kept news")).doesNotContain("formaction")
			.doesNotContain("sf-notice-unread");
	}

	@Test
	void eachLanguageGetsItsOwnKeptNotices() throws Exception {
		tell(this.ann, "Worded news");
		String english = itemOf(inboxOf(this.ann, "en"), "Worded news");
		String german = itemOf(inboxOf(this.ann, "de"), "Worded news");

		assertThat(german).isNotEqualTo(english).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
		assertThat(itemOf(inboxOf(this.ann, "en"), "Worded news")).isEqualTo(english);
	}

	@Test
	void theMenuLoadsTheUnreadCount() throws Exception {
		this.mvc.perform(get("/orders").with(as(this.ann)))
			.andExpect(content().string(containsString("hx-get=\"/inbox/badge\"")));
	}

	String inboxOf(Someone someone, String language) throws Exception {
		return this.mvc.perform(get("/inbox").header(HttpHeaders.ACCEPT_LANGUAGE, language).with(as(someone)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page's one item that tells the subject. */
	static String itemOf(String page, String subject) {
		List<String> items = Pattern.compile("<li class=\"card[^\"]*\">.*?</li>", Pattern.DOTALL)
			.matcher(page)
			.results()
			.map(MatchResult::group)
			.filter((item) -> item.contains(subject))
			.toList();
		assertThat(items).as("the notice's item").hasSize(1);
		return items.get(0);
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
