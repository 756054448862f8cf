package org.shopfront.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.ShopfrontApplication;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.notify.Notice.Text;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one database (H2, or with {@code -Dshopfront.test.db=postgres}
 * one PostgreSQL database) and one mail server: whichever node handles an event and
 * however the nodes race for the outbox, every notice is stored once and mailed once.
 */
class TwoNodesTests {

	static final Mails mails = new Mails().start();

	static final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T08:00:00Z"));

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startNodes() {
		first = node(List.of());
		Environment database = first.getEnvironment();
		second = node(List.of("--spring.datasource.url=" + database.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + database.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + database.getProperty("spring.datasource.password", ""),
				"--spring.datasource.driver-class-name="
						+ database.getProperty("spring.datasource.driver-class-name")));
	}

	static ConfigurableApplicationContext node(List<String> database) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mails.port(), "--spring.main.banner-mode=off"));
		args.addAll(database);
		return new SpringApplicationBuilder(ShopfrontApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
			.run(args.toArray(String[]::new));
	}

	@AfterAll
	static void stopNodes() {
		second.close();
		first.close();
		mails.stop();
	}

	@Test
	void bothNodesShareOneDatabase() {
		UUID marker = UUID.randomUUID();
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		Someone someone = new PeopleFixture(second).someone("Shared " + marker);
		assertThat(jdbc.sql("select count(*) from app_user where id = :id")
			.param("id", someone.id().value())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void mailsEachNoticeOnceWhenBothNodesDeliverAtOnce() throws Exception {
		Someone customer = new PeopleFixture(first).someone("Tess Twonodes");
		OfferingId laptop = new CatalogFixture(first).good("100", 20);
		DeliveryRecords records = new DeliveryRecords(first.getBean(JdbcClient.class));
		mails.stop();
		try {
			// Orders placed on both nodes: each node's listener stores its own notices.
			for (int i = 0; i < 10; i++) {
				new OrderingFixture((i % 2 == 0) ? first : second).place(customer, laptop, 1);
			}
			await().atMost(Duration.ofSeconds(20))
				.until(() -> records.of(customer.id(), Channel.EMAIL)
					.stream()
					.filter(row -> row.state().equals("PENDING") && row.attempts() == 1)
					.count() == 10);
		}
		finally {
			mails.start();
		}
		clock.move(Duration.ofMinutes(1));

		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> firstRounds = rounds(first, start);
		Callable<Integer> secondRounds = rounds(second, start);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = threads.submit(firstRounds);
			Future<Integer> b = threads.submit(secondRounds);
			start.countDown();
			assertThat(a.get() + b.get()).isEqualTo(10);
		}
		finally {
			threads.shutdownNow();
		}

		List<MimeMessage> received = mails.to(email(customer));
		assertThat(received).hasSize(10);
		assertThat(received.stream().map(TwoNodesTests::messageId).collect(Collectors.toSet())).hasSize(10);
		assertThat(records.of(customer.id(), Channel.EMAIL))
			.allMatch(row -> row.state().equals("SENT") && row.attempts() == 2);
	}

	@Test
	void storesTheSameNoticeOnceWhenBothNodesSendIt() throws Exception {
		Someone customer = new PeopleFixture(first).someone("Dora Duplicate");
		Notice notice = new Notice("two-nodes:" + UUID.randomUUID(), customer.id(), "test",
				Text.of("notify.orderProgress.note", "Said once"), List.of(), List.of());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> a = threads.submit(send(first, notice, start));
			Future<Boolean> b = threads.submit(send(second, notice, start));
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(email(customer)).size() == 1);
		DeliveryRecords records = new DeliveryRecords(second.getBean(JdbcClient.class));
		awaitMarkedSent(records, customer);
		clock.move(Duration.ofHours(1));
		first.getBean(DeliveringNotices.class).deliverDue();
		second.getBean(DeliveringNotices.class).deliverDue();
		assertThat(mails.to(email(customer))).hasSize(1);
		assertThat(records.notices(customer.id())).isOne();
	}

	@Test
	void listenersThatBothNodesRunAgainAtOnceChangeNothingTwice() throws Exception {
		PeopleFixture people = new PeopleFixture(first);
		Someone manager = people.someone("Rory Rerun", Role.BUSINESS_LEADER);
		Someone customer = people.reportingTo(manager, "Rhea Rerun");
		OrderingFixture ordering = new OrderingFixture(second);
		OrderId order = ordering.place(customer, new CatalogFixture(first).good("3000", 5), 1);
		ordering.approve(manager, order);
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(20)).until(() -> mails.to(email(customer)).size() == 2);
		await().atMost(Duration.ofSeconds(20)).until(() -> unfinished(jdbc, order) == 0);
		assertThat(ledgerEntries(jdbc, order)).as("the promise made, in the ledger").isOne();
		// As an outage between the listeners' commits and the marks of their completion
		// leaves them: done, but failed as far as the registry knows.
		int failed = jdbc
			.sql("update event_publication set status = 'FAILED', completion_date = null "
					+ "where serialized_event like :order")
			.param("order", "%" + order.value() + "%")
			.update();
		assertThat(failed)
			.as("the approval's listener (the order's promise, ledger entry and notices are in its " + "transaction)")
			.isOne();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> a = threads.submit(resubmit(first, start));
			Future<?> b = threads.submit(resubmit(second, start));
			start.countDown();
			a.get();
			b.get();
		}
		finally {
			threads.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			first.getBean(FailedEventPublications.class).resubmit(ResubmissionOptions.defaults());
			return unfinished(jdbc, order) == 0;
		});

		assertThat(jdbc.sql("select count(*) from promise where order_id = :order")
			.param("order", order.value())
			.query(Long.class)
			.single()).isOne();
		assertThat(ledgerEntries(jdbc, order)).isOne();
		assertThat(new DeliveryRecords(jdbc).notices(customer.id())).isEqualTo(2);
		awaitMarkedSent(new DeliveryRecords(jdbc), customer);
		clock.move(Duration.ofHours(1));
		first.getBean(DeliveringNotices.class).deliverDue();
		second.getBean(DeliveringNotices.class).deliverDue();
		assertThat(mails.to(email(customer))).hasSize(2);
	}

	/**
	 * A sent mail's mark follows within the mark window (decision 0046); a delivery still
	 * claimed when the lease runs out would rightly be sent again.
	 */
	private static void awaitMarkedSent(DeliveryRecords records, Someone someone) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> records.of(someone.id(), Channel.EMAIL).stream().allMatch(row -> row.state().equals("SENT")));
	}

	static long unfinished(JdbcClient jdbc, OrderId order) {
		return jdbc
			.sql("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like :order")
			.param("order", "%" + order.value() + "%")
			.query(Long.class)
			.single();
	}

	static long ledgerEntries(JdbcClient jdbc, OrderId order) {
		return jdbc.sql("select count(*) from ledger_entry where content like :order")
			.param("order", "%" + order.value() + "%")
			.query(Long.class)
			.single();
	}

	static Callable<Void> resubmit(ConfigurableApplicationContext node, CountDownLatch start) {
		FailedEventPublications failed = node.getBean(FailedEventPublications.class);
		return () -> {
			start.await();
			failed.resubmit(ResubmissionOptions.defaults());
			return null;
		};
	}

	static Callable<Integer> rounds(ConfigurableApplicationContext node, CountDownLatch start) {
		DeliveringNotices delivering = node.getBean(DeliveringNotices.class);
		return () -> {
			start.await();
			int sent = 0;
			for (int i = 0; i < 3; i++) {
				sent += delivering.deliverDue();
			}
			return sent;
		};
	}

	static Callable<Boolean> send(ConfigurableApplicationContext node, Notice notice, CountDownLatch start) {
		Notifying notifying = node.getBean(Notifying.class);
		return () -> {
			start.await();
			return notifying.send(notice);
		};
	}

	static String email(Someone someone) {
		return someone.username() + "@example.org";
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
