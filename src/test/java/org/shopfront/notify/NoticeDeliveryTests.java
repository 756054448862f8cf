package org.shopfront.notify;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.ordering.OrderReference;
import org.shopfront.ordering.OrderStatus;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shared.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices leave by mail (to a real SMTP server, GreenMail) and to Slack and Teams
 * webhooks (a local HTTP server), with the right words and links that work, and survive a
 * channel that is down: every notice arrives once when it is back. Time moves with the
 * test's clock; waiting is only for the asynchronous listeners to finish.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeDeliveryTests {

	static final String BASE_URL = "https://shopfront.example.org";

	static final Mails mails = new Mails().start();

	static final Webhooks webhooks = new Webhooks();

	static final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T08:00:00Z"));

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", mails::port);
		properties.add("shopfront.notify.from", () -> "it-store@example.org");
		properties.add("shopfront.notify.base-url", () -> BASE_URL);
		properties.add("shopfront.notify.webhook.targets[0].url", () -> webhooks.url("/slack"));
		properties.add("shopfront.notify.webhook.targets[0].flavour", () -> "slack");
		properties.add("shopfront.notify.webhook.targets[0].kinds", () -> "order-delivered");
		properties.add("shopfront.notify.webhook.targets[1].url", () -> webhooks.url("/teams"));
		properties.add("shopfront.notify.webhook.targets[1].flavour", () -> "teams");
		properties.add("shopfront.notify.webhook.targets[1].kinds", () -> "order-delivered");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MovingClock movingClock() {
			return clock;
		}

	}

	@AfterAll
	static void stopChannels() {
		mails.stop();
		webhooks.stop();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	DeliveringNotices delivering;

	@Autowired
	JsonMapper json;

	@Autowired
	FailedEventPublications failed;

	@Autowired
	Formats formats;

	@MockitoSpyBean
	Notifying notifying;

	DeliveryRecords records;

	PeopleFixture people;

	CatalogFixture catalog;

	OrderingFixture ordering;

	@BeforeEach
	void fixture() {
		this.people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.records = new DeliveryRecords(this.context.getBean(JdbcClient.class));
	}

	@Test
	void mailsTheManagerAnApprovalRequestWhoseLinkOpensTheOrder() throws Exception {
		Someone manager = this.people.someone("Mona Manager", Role.BUSINESS_LEADER);
		Someone customer = this.people.reportingTo(manager, "Carl Customer");
		OrderId order = this.ordering.place(customer, this.catalog.good("4000", 3), 1);

		List<MimeMessage> received = awaitMails(email(manager), 1);
		MimeMessage mail = received.get(0);
		OrderReference reference = reference(order);
		assertThat(mail.getSubject()).isEqualTo("Carl Customer asks you to approve order %d: %s"
			.formatted(reference.number(), reference.offeringTitle()));
		assertThat(mail.getFrom()[0].toString()).isEqualTo("Shopfront <it-store@example.org>");
		assertThat(mail.getMessageID()).endsWith("@shopfront>");
		String html = Mails.html(mail);
		String text = Mails.text(mail);
		assertThat(html).contains("Hello Mona Manager,")
			.contains("Carl Customer ordered 1 × " + reference.offeringTitle());
		assertThat(text).contains("Hello Mona Manager,")
			.contains("Approve or reject: " + BASE_URL + "/orders/" + order);

		String link = Mails.link(html, "Approve or reject");
		assertThat(link).isEqualTo(BASE_URL + "/orders/" + order);
		this.mvc.perform(get(URI.create(link).getPath()).with(httpBasic(manager.username(), manager.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference.offeringTitle())));

		assertThat(awaitMails(email(customer), 1).get(0).getSubject()).startsWith("We received your order");
		// Both mails of the order's transaction, sent at the first attempt
		// and marked together.
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAtFirstAttempt(customer) && sentAtFirstAttempt(manager));
	}

	private boolean sentAtFirstAttempt(Someone someone) {
		return this.records.of(someone.id(), Channel.EMAIL)
			.stream()
			.allMatch(row -> row.state().equals("SENT") && row.attempts() == 1);
	}

	@Test
	void escapesWhatPeopleWroteInTheHtmlMail() throws Exception {
		Someone customer = this.people.someone("Edda Escaped");
		Someone fulfiller = this.people.someone("Fred Fulfiller", Role.FULFILLER);
		OrderId order = this.ordering.place(customer, this.catalog.good("100", 3), 1);
		this.ordering.take(fulfiller, order);
		this.ordering.note(fulfiller, order, "<b>Tuesday</b> & <script>alert(1)</script>");

		MimeMessage news = awaitMails(email(customer), 2).stream()
			.filter(mail -> subject(mail).startsWith("News about your order"))
			.findFirst()
			.orElseThrow();
		assertThat(Mails.html(news)).contains("&lt;b&gt;Tuesday&lt;/b&gt; &amp; &lt;script&gt;")
			.doesNotContain("<script>");
		assertThat(Mails.text(news)).contains("<b>Tuesday</b> & <script>alert(1)</script>");
	}

	@Test
	void deliversEveryMailExactlyOnceAfterAnOutage() throws Exception {
		Someone customer = this.people.someone("Olga Outage");
		OfferingId laptop = this.catalog.good("100", 10);
		mails.stop();
		try {
			for (int i = 0; i < 3; i++) {
				this.ordering.place(customer, laptop, 1);
			}
			// The first attempt right after each notice fails: the server is down.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.records.of(customer.id(), Channel.EMAIL)
					.stream()
					.filter(row -> row.state().equals("PENDING") && row.attempts() == 1)
					.count() == 3);

			// Not due again before the first pause (30 s) is over.
			this.delivering.deliverDue();
			assertThat(this.records.of(customer.id(), Channel.EMAIL)).allMatch(row -> row.attempts() == 1);

			clock.move(Duration.ofSeconds(31));
			this.delivering.deliverDue();
			assertThat(this.records.of(customer.id(), Channel.EMAIL))
				.allMatch(row -> row.attempts() == 2 && row.state().equals("PENDING"));
		}
		finally {
			mails.start();
		}
		// Back, but the pause after the second failure (60 s) is not over yet.
		clock.move(Duration.ofSeconds(30));
		this.delivering.deliverDue();
		assertThat(mails.to(email(customer))).isEmpty();

		clock.move(Duration.ofSeconds(31));
		this.delivering.deliverDue();
		clock.move(Duration.ofDays(1));
		this.delivering.deliverDue();

		List<MimeMessage> received = mails.to(email(customer));
		assertThat(received).hasSize(3);
		assertThat(received.stream().map(NoticeDeliveryTests::subject).collect(Collectors.toSet())).hasSize(3);
		assertThat(this.records.of(customer.id(), Channel.EMAIL))
			.allMatch(row -> row.state().equals("SENT") && row.attempts() == 3);
	}

	@Test
	void postsToSlackAndTeamsOnceTheyAnswerAgain() throws Exception {
		Someone customer = this.people.someone("Walter Webhook");
		Someone fulfiller = this.people.someone("Wanda Fulfiller", Role.FULFILLER);
		OrderId order = this.ordering.place(customer, this.catalog.good("100", 3), 1);
		this.ordering.take(fulfiller, order);
		webhooks.answer(503);
		try {
			this.ordering.deliver(fulfiller, order);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.records.of(customer.id(), Channel.WEBHOOK)
					.stream()
					.filter(row -> row.state().equals("PENDING") && row.attempts() == 1)
					.count() == 2);
		}
		finally {
			webhooks.answer(200);
		}
		clock.move(Duration.ofSeconds(31));
		this.delivering.deliverDue();

		OrderReference reference = reference(order);
		String subject = "Your order %d has been delivered: %s".formatted(reference.number(),
				reference.offeringTitle());
		List<Webhooks.Post> posts = webhooks.posts().stream().filter(post -> post.body().contains(subject)).toList();
		assertThat(posts).extracting(Webhooks.Post::path).containsExactlyInAnyOrder("/slack", "/teams");
		assertThat(posts).allMatch(post -> post.contentType().startsWith("application/json"));
		String orderUrl = BASE_URL + "/orders/" + order;

		JsonNode slack = this.json
			.readTree(posts.stream().filter(p -> p.path().equals("/slack")).findFirst().orElseThrow().body());
		assertThat(slack.get("text").asString()).startsWith("*" + subject + "*\n")
			.endsWith("<" + orderUrl + "|Confirm delivery>");

		JsonNode teams = this.json
			.readTree(posts.stream().filter(p -> p.path().equals("/teams")).findFirst().orElseThrow().body());
		assertThat(teams.get("@type").asString()).isEqualTo("MessageCard");
		assertThat(teams.get("title").asString()).isEqualTo(subject);
		JsonNode button = teams.get("potentialAction").get(0);
		assertThat(button.get("name").asString()).isEqualTo("Confirm delivery");
		assertThat(button.get("targets").get(0).get("uri").asString()).isEqualTo(orderUrl);
	}

	@Test
	void aNoticeWhoseListenerFailedGoesOutOnceWhenTheListenerRunsAgain() throws Exception {
		Someone manager = this.people.someone("Rolf Resubmitted", Role.BUSINESS_LEADER);
		Someone customer = this.people.reportingTo(manager, "Rita Resubmitted");
		OrderId order = this.ordering.place(customer, this.catalog.good("3000", 3), 1);
		awaitMails(email(customer), 1);
		doThrow(new CannotGetJdbcConnectionException("The database is away")).when(this.notifying).send(any());
		try {
			this.ordering.approve(manager, order);
			await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(order) == 1);
		}
		finally {
			reset(this.notifying);
		}
		assertThat(this.records.notices(customer.id())).isOne();

		this.failed.resubmit(ResubmissionOptions.defaults());
		assertThat(awaitMails(email(customer), 2))
			.anySatisfy(mail -> assertThat(mail.getSubject()).contains("was approved"));
		this.failed.resubmit(ResubmissionOptions.defaults());
		assertThat(this.records.notices(customer.id())).isEqualTo(2);
	}

	/**
	 * A node that dies between an order's commit and the send of its mail leaves the
	 * delivery claimed by itself, as it was stored; once the lease is over, any node's
	 * next round sends it, once.
	 */
	@Test
	void aDeliveryWhoseNodeDiedBeforeSendingGoesOutOnceItsLeaseIsOver() throws Exception {
		Someone customer = this.people.someone("Doris Died");
		doNothing().when(this.delivering).send(any());
		try {
			this.ordering.place(customer, this.catalog.good("100", 3), 1);
		}
		finally {
			reset(this.delivering);
		}
		assertThat(this.records.of(customer.id(), Channel.EMAIL)).singleElement()
			.satisfies(row -> assertThat(row.state()).isEqualTo("SENDING"));

		this.delivering.deliverDue();
		assertThat(mails.to(email(customer))).as("not while the lease lasts").isEmpty();

		clock.move(Duration.ofMinutes(5).plusSeconds(1));
		this.delivering.deliverDue();
		this.delivering.deliverDue();
		assertThat(mails.to(email(customer))).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).startsWith("We received your order"));
		assertThat(this.records.of(customer.id(), Channel.EMAIL))
			.allMatch(row -> row.state().equals("SENT") && row.attempts() == 2);
	}

	private long failedPublications(OrderId order) {
		return this.context.getBean(JdbcClient.class)
			.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like :order")
			.param("order", "%" + order.value() + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void theRetailerCallReachesTheCustomerWithAnswerLinksThatWorkOnce() throws Exception {
		Someone customer = this.people.someone("Rita Retail");
		OrderId order = this.ordering.place(customer, this.catalog.good("100", 3), 1);
		flagDelay(order, "The supplier ships a week late", "2027-02-15");

		MimeMessage call = retailerCall(customer);
		String html = Mails.html(call);
		assertThat(html).contains("We are sorry.").contains("What happened: The supplier ships a week late");
		String cancel = URI.create(Mails.link(html, "Cancel the order")).getPath();
		this.mvc.perform(get(cancel)).andExpect(status().isOk());
		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		this.mvc.perform(post(cancel).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("your order is withdrawn")));
		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.CANCELLED);
		this.mvc.perform(post(cancel).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void theRetailerCallOffersTheSoonerOptionWithItsDateAndPriceAndItsLinkSwitchesTheOrder() throws Exception {
		Someone customer = this.people.someone("Sam Switcher");
		NeedId need = this.catalog.need("A projector");
		OfferingId slow = this.catalog.good(need, this.catalog.provider("Slow Supplies"), "100", 3);
		OfferingId sooner = this.catalog.offering(need, this.catalog.provider("Express"), "Loaner projector",
				new BigDecimal("80"), BigDecimal.ZERO, true, 5);
		OrderId order = this.ordering.place(customer, slow, 1);
		flagDelay(order, "The supplier ships late", "2027-02-15");

		String text = Mails.text(retailerCall(customer));
		Instant newDue = promised(order, "new_due_at");
		assertThat(text).contains("Realistically it will be " + this.formats.date(newDue))
			.contains("There is another option that can arrive sooner.")
			.containsPattern("Switch to Loaner projector from Express \\d+: by [^(]+ \\("
					+ Pattern.quote(this.formats.money(new BigDecimal("80"))) + " once")
			.contains("Keep the order and wait until " + this.formats.date(newDue))
			.contains("The links work for 7 days and only once.");

		String html = Mails.html(retailerCall(customer));
		String switchLink = URI.create(Mails.linkStartingWith(html, "Switch to Loaner projector")).getPath();
		this.mvc.perform(get(switchLink))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Loaner projector")));
		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		this.mvc.perform(post(switchLink).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("placed your order for the faster option")));

		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.CANCELLED);
		assertThat(ordersOf(customer, sooner)).hasSize(1);
		assertThat(this.catalog.stockOf(sooner)).isEqualTo(4);
		this.mvc.perform(post(switchLink).with(csrf())).andExpect(status().isConflict());
		assertThat(ordersOf(customer, sooner)).hasSize(1);
	}

	@Test
	void theRetailerCallsWaitLinkKeepsTheOrderWithTheRealisticDateAsTheNewPromise() throws Exception {
		Someone customer = this.people.someone("Wanda Waiter");
		OrderId order = this.ordering.place(customer, this.catalog.good("100", 3), 1);
		flagDelay(order, "The supplier ships late", "2027-02-15");
		Instant newDue = promised(order, "new_due_at");

		String wait = URI
			.create(Mails.link(Mails.html(retailerCall(customer)),
					"Keep the order and wait until " + this.formats.date(newDue)))
			.getPath();
		this.mvc.perform(post(wait).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("we keep your order")));

		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.context.getBean(JdbcClient.class)
			.sql("select status, due_at from promise where order_id = :order order by seq")
			.param("order", order.value())
			.query((rs, row) -> rs.getString("status") + " " + rs.getTimestamp("due_at").toInstant())
			.list()).containsExactly("RENEGOTIATED " + promised(order, "due_at"), "OPEN " + newDue);
		this.mvc.perform(post(wait).with(csrf())).andExpect(status().isConflict());
	}

	private void flagDelay(OrderId order, String reason, String newDate) {
		Someone fulfiller = this.people.someone("Frank Flagger", Role.FULFILLER);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mvc
				.perform(post("/promises/orders/{id}/delay", order.value())
					.with(httpBasic(fulfiller.username(), fulfiller.password()))
					.with(csrf())
					.param("reason", reason)
					.param("newDate", newDate))
				.andReturn()
				.getFlashMap()
				.containsKey("flashSuccess"));
	}

	private MimeMessage retailerCall(Someone customer) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> mails.to(email(customer))
				.stream()
				.filter(mail -> subject(mail).startsWith("About your order"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	/** A time of the order's first promise. */
	private Instant promised(OrderId order, String column) {
		return this.context.getBean(JdbcClient.class)
			.sql("select " + column + " from promise where order_id = :order and seq = 1")
			.param("order", order.value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private List<UUID> ordersOf(Someone customer, OfferingId offering) {
		return this.context.getBean(JdbcClient.class)
			.sql("select id from purchase_order where customer_id = :customer and offering_id = :offering")
			.param("customer", customer.id().value())
			.param("offering", offering.value())
			.query(UUID.class)
			.list();
	}

	List<MimeMessage> awaitMails(String address, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(address).size() >= count);
		return mails.to(address);
	}

	OrderReference reference(OrderId order) {
		return this.context.getBean(OrderLookup.class).require(order);
	}

	static String email(Someone someone) {
		return someone.username() + "@example.org";
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
