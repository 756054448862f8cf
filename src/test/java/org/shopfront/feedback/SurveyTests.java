package org.shopfront.feedback;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.promises.PromiseId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The delivery survey from the delivery to the answer: the customer is asked in the inbox
 * (and by mail) with signed links that open the survey with their choice made, and answer
 * by pressing Send; a link works once, expires, refuses tampering, and only the order's
 * customer can answer, with the link or in the app. Comments are escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
@RecordApplicationEvents
class SurveyTests {

	private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	private static final String SCRIPT = "<script>alert('owned')</script> & more";

	private static final String ESCAPED = "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; more";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	PeopleFixture people;

	OrderingFixture ordering;

	Someone customer;

	Someone fulfiller;

	OfferingId offering;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.offering = catalog.service(catalog.need("A need to rate"), catalog.provider("Rated Provider"), "10");
		this.customer = this.people.someone("Surveyed Customer");
		this.fulfiller = this.people.someone("Survey Fulfiller", Role.FULFILLER);
	}

	@Test
	void theCustomerIsAskedOnceTheOrderIsDelivered() throws Exception {
		OrderId order = deliveredOrder();
		Survey survey = surveyOf(order);
		assertThat(survey.customerId()).isEqualTo(this.customer.id());
		assertThat(survey.answered()).isFalse();
		String promise = this.jdbc.sql("select id from promise where order_id = :o order by seq desc limit 1")
			.param("o", order.value())
			.query(String.class)
			.single();
		assertThat(survey.promiseId()).isEqualTo(new PromiseId(java.util.UUID.fromString(promise)));
		String inbox = inbox(this.customer);
		assertThat(inbox).contains("Did we keep our promise?").contains("?kept=true").contains("?satisfaction=5");
	}

	@Test
	void aLinkOpensTheSurveyWithTheChoiceMadeAndAnswersOnce() throws Exception {
		OrderId order = deliveredOrder();
		String link = surveyLink(order);
		String page = this.mvc.perform(get(link).param("satisfaction", "4").with(asCustomer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("<input[^>]*id=\"rating-4\"[^>]*checked")
			.doesNotContainPattern("<input[^>]*id=\"rating-3\"[^>]*checked");
		assertThat(surveyOf(order).answered()).as("opening a link changes nothing").isFalse();

		this.mvc
			.perform(post(link).with(csrf())
				.with(asCustomer())
				.param("satisfaction", "4")
				.param("kept", "false")
				.param("comment", SCRIPT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ESCAPED)))
			.andExpect(content().string(not(containsString(SCRIPT))));
		Survey answered = surveyOf(order);
		assertThat(answered.answered()).isTrue();
		assertThat(answered.satisfaction()).isEqualTo(4);
		assertThat(answered.promiseKept()).isFalse();
		assertThat(answered.comment()).isEqualTo(SCRIPT);
		assertThat(this.events.stream(FeedbackGiven.class).filter(e -> e.orderId().equals(order))).singleElement()
			.satisfies(e -> {
				assertThat(e.promiseId()).isEqualTo(answered.promiseId());
				assertThat(e.satisfaction()).isEqualTo(4);
				assertThat(e.kept()).isFalse();
				assertThat(e.hasComment()).isTrue();
			});

		this.mvc.perform(post(link).with(csrf()).with(asCustomer()).param("satisfaction", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already been answered")));
		this.mvc.perform(get(link).param("kept", "true").with(asCustomer())).andExpect(status().isConflict());
		assertThat(surveyOf(order).satisfaction()).isEqualTo(4);
	}

	@Test
	void anExpiredLinkRecordsNothing() throws Exception {
		OrderId order = deliveredOrder();
		String link = surveyLink(order);
		this.clock.move(Duration.ofDays(14).plusMinutes(1));
		this.mvc.perform(get(link).param("satisfaction", "5")).andExpect(status().isGone());
		this.mvc.perform(post(link).with(csrf()).param("satisfaction", "5")).andExpect(status().isGone());
		assertThat(surveyOf(order).answered()).isFalse();
	}

	@Test
	void aTamperedLinkRecordsNothing() throws Exception {
		OrderId order = deliveredOrder();
		String link = surveyLink(order);
		String tampered = link.substring(0, link.length() - 3) + (link.endsWith("A") ? "BBB" : "AAA");
		this.mvc.perform(post(tampered).with(csrf()).param("satisfaction", "1")).andExpect(status().isGone());
		this.mvc.perform(post("/survey/not-a-token").with(csrf()).param("satisfaction", "1"))
			.andExpect(status().isGone());
		assertThat(surveyOf(order).answered()).isFalse();
	}

	@Test
	void anAnswerNeedsAtLeastOneOfTheQuestions() throws Exception {
		OrderId order = deliveredOrder();
		this.mvc.perform(post(surveyLink(order)).with(csrf()).with(asCustomer()).param("comment", "Just a comment"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please answer at least one")));
		assertThat(surveyOf(order).answered()).isFalse();
	}

	@Test
	void aLinkOpenedWithoutSigningInAsksToSignInAndRecordsNothing() throws Exception {
		OrderId order = deliveredOrder();
		String link = surveyLink(order);
		this.mvc.perform(get(link).param("satisfaction", "1")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(link).with(csrf()).param("satisfaction", "1")).andExpect(redirectedUrl(link));
		assertThat(surveyOf(order).answered()).isFalse();
	}

	@Test
	void aLinkOpenedBySomeoneElseFindsNothingAndRecordsNothing() throws Exception {
		OrderId order = deliveredOrder();
		String link = surveyLink(order);
		Someone colleague = this.people.someone("Forwarded Colleague");
		this.mvc.perform(get(link).param("satisfaction", "1").with(user(this.people.principal(colleague))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("A need to rate"))));
		this.mvc
			.perform(post(link).with(csrf()).with(user(this.people.principal(colleague))).param("satisfaction", "1"))
			.andExpect(status().isNotFound());
		assertThat(surveyOf(order).answered()).isFalse();
	}

	@Test
	void onlyTheCustomerAnswersInTheAppAndSeesTheCommentEscaped() throws Exception {
		OrderId order = deliveredOrder();
		Survey survey = surveyOf(order);
		Someone stranger = this.people.someone("Nosy Colleague");
		this.mvc.perform(get("/feedback/{id}", survey.id().value()).with(user(this.people.principal(stranger))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/feedback/{id}", survey.id().value()).with(user(this.people.principal(stranger)))
				.with(csrf())
				.param("satisfaction", "1"))
			.andExpect(status().isNotFound());
		assertThat(surveyOf(order).answered()).isFalse();

		this.mvc
			.perform(post("/feedback/{id}", survey.id().value()).with(user(this.people.principal(this.customer)))
				.with(csrf())
				.param("kept", "true")
				.param("comment", SCRIPT))
			.andExpect(status().is3xxRedirection());
		assertThat(surveyOf(order).promiseKept()).isTrue();
		this.mvc.perform(get("/feedback/{id}", survey.id().value()).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ESCAPED)))
			.andExpect(content().string(not(containsString(SCRIPT))));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor asCustomer() {
		return user(this.people.principal(this.customer));
	}

	private OrderId deliveredOrder() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from promise where order_id = :o")
				.param("o", order.value())
				.query(Long.class)
				.single() > 0);
		this.ordering.take(this.fulfiller, order);
		this.ordering.deliver(this.fulfiller, order);
		return order;
	}

	private Survey surveyOf(OrderId order) {
		java.util.UUID id = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select id from survey where order_id = :o")
				.param("o", order.value())
				.query(java.util.UUID.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
		return this.surveys.find(new SurveyId(id)).orElseThrow();
	}

	/** The survey link in the customer's inbox for this order's survey. */
	private String surveyLink(OrderId order) throws Exception {
		surveyOf(order);
		String inbox = inbox(this.customer);
		Matcher link = LINK.matcher(inbox);
		assertThat(link.find()).as("a survey link in the inbox").isTrue();
		return "/survey/" + link.group(1);
	}

	private String inbox(Someone someone) throws Exception {
		return this.mvc.perform(get("/inbox").with(user(this.people.principal(someone))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
