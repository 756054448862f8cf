package org.shopfront.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shopfront.operations.OrderMails.Received;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application through what production does to it, in the order an operator
 * meets it: it upgrades a database of the previous release and reads its data back, it is
 * killed with SIGKILL while customers place orders and started again, and (on PostgreSQL)
 * its database stops for 20 seconds under load. Every order answered 201 is there with
 * its promise, every order's mail goes out once, errors are 503 problem details, it heals
 * without a restart, and at the end the ledger's chain verifies. One application and one
 * restart per database keep it short. On the default H2 file database, or on embedded
 * PostgreSQL with {@code -Dshopfront.test.db=postgres}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

	private static final Log log = LogFactory.getLog(OperationsIT.class);

	Path directory;

	OrderMails mails;

	TestPostgres postgres;

	AppDatabase database;

	PackagedApp app;

	@BeforeAll
	void thePreviousReleasesDatabaseThenThisBuild() throws Exception {
		this.directory = PackagedApp.workDirectory("operations");
		this.mails = new OrderMails();
		Map<String, String> environment = new HashMap<>();
		// Production's waits shortened so the test does not sit for minutes: a
		// listener stuck for 10 s (1 min) is failed, failed ones run again every
		// 5 s (30 s), a dead node's mail is sent by another after 20 s (5 min).
		// The clients sign in with HTTP basic, as integrations of the previous
		// release did.
		List<String> arguments = new ArrayList<>(
				List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.mails.port(),
						"--shopfront.api.basic-auth=true", "--spring.modulith.events.staleness.published=PT10S",
						"--spring.modulith.events.staleness.processing=PT10S",
						"--spring.modulith.events.staleness.resubmission=PT10S",
						"--spring.modulith.events.staleness.check-intervall=PT5S",
						"--shopfront.events.resubmit-every=PT5S", "--shopfront.notify.delivery.lease=PT20S"));
		if (PackagedApp.onPostgres()) {
			this.postgres = TestPostgres.start(this.directory.resolve("pgdata"));
			this.database = this.postgres.database();
			environment.putAll(this.postgres.environment());
			arguments.add("--spring.profiles.active=postgres");
		}
		else {
			this.database = AppDatabase.h2(this.directory);
		}
		PreviousRelease.install(this.database);
		this.app = new PackagedApp(this.directory, environment, arguments.toArray(String[]::new));
		this.app.start();
	}

	@AfterAll
	void stopEverything() throws Exception {
		this.app.stop();
		this.mails.close();
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	@Order(1)
	void readsBackWhatThePreviousReleaseStored() throws Exception {
		List<String> orders = orders().stream().map((o) -> o.get("id").asString()).toList();
		assertThat(orders).contains(PreviousRelease.OLD_ORDER, PreviousRelease.PENDING_ORDER);
		JsonNode old = order(PreviousRelease.OLD_ORDER);
		assertThat(old.get("promise").get("due").asString()).isEqualTo("2027-01-15T17:00:00Z");
		assertThat(old.get("timeline")).isNotEmpty();
		assertThat(this.app.get("/inbox", "customer").body()).contains("We received your order 10001: Shared mailbox");

		// The order whose event the previous release left in the outbox gets its promise
		// and its mail from this one.
		await("the pending order's promise").atMost(Duration.ofMinutes(1))
			.until(() -> hasPromise(order(PreviousRelease.PENDING_ORDER)));
		await("the pending order's mail").atMost(Duration.ofMinutes(1))
			.until(() -> this.mails.received().has(PreviousRelease.PENDING_ORDER_NUMBER));
	}

	@Test
	@Order(2)
	void losesNoAcknowledgedOrderNorNoticeWhenKilledUnderLoad() throws Exception {
		OrderLoad load = OrderLoad.on(this.app).start(6);
		pause(Duration.ofSeconds(8));
		// The orders in flight are cut off; none is sent to the dead process after them.
		load.halt();
		this.app.kill();
		load.stop();
		// Deliveries a node had claimed when it died are sent again once their lease runs
		// out; only those may come twice (with the same Message-ID).
		long claimed = this.database.count("select count(*) from notice_delivery where state = 'SENDING'");
		log.info("Killed during load: " + load.sent.get() + " orders sent, " + load.acknowledged.size()
				+ " acknowledged, other answers " + load.refused + "; " + claimed + " mail deliveries claimed");
		assertThat(load.acknowledged).as("orders acknowledged before the kill").hasSizeGreaterThan(20);

		this.app.start();
		Whole whole = awaitWhole(load);
		log.info("After the restart: " + whole.report());
		assertWhole(whole);
		assertThat(whole.mails().resent()).as("mails sent again").isLessThanOrEqualTo(claimed);
	}

	@Test
	@Order(3)
	@EnabledIfSystemProperty(named = "shopfront.test.db", matches = "postgres")
	void answers503WhileTheDatabaseIsAwayAndHealsWithoutARestart() throws Exception {
		OrderLoad load = OrderLoad.on(this.app).start(4);
		pause(Duration.ofSeconds(3));
		int before = load.acknowledged.size();
		this.postgres.stop();
		long stopped = System.nanoTime();
		await("readiness down").atMost(Duration.ofSeconds(15)).until(() -> !this.app.ready());
		pause(Duration.ofSeconds(20).minusNanos(System.nanoTime() - stopped));
		this.postgres.restart();
		await("an order placed again after the outage").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> load.acknowledged.size() > before + 5 && !load.refused.isEmpty());
		load.stop();
		log.info("Outage: " + load.sent.get() + " orders sent, " + load.acknowledged.size() + " acknowledged (" + before
				+ " before it), other answers " + load.refused);
		assertThat(load.refused).as("answers while the database was away").containsOnlyKeys("503");
		assertThat(load.oddAnswers).as("answers that were not problem details").isEmpty();

		Whole whole = awaitWhole(load);
		log.info("After the outage: " + whole.report());
		assertWhole(whole);
		assertThat(this.app.logText()).doesNotContain("Request processing failed");
	}

	@Test
	@Order(4)
	void theLedgerVerifiesAfterAll() throws Exception {
		this.app.stop();
		Path report = this.directory.resolve("verify-ledger.json");
		int exit = this.app.command("verify-ledger", report);
		assertThat(exit).as("verify-ledger: " + Files.readString(report)).isZero();
		assertThat(Files.readString(report)).contains("\"valid\":true");
	}

	/**
	 * Waits until every order in the database (the acknowledged ones and any committed
	 * while its answer was lost) has its promise and its mail, or two minutes have
	 * passed, and says what is missing.
	 */
	private Whole awaitWhole(OrderLoad load) throws Exception {
		try {
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> whole(load).isWhole());
			// Let a few delivery rounds pass, so that a mail sent twice would have come
			// twice.
			pause(Duration.ofSeconds(5));
		}
		catch (ConditionTimeoutException ex) {
			// The assertions on what is missing say more than the timeout.
		}
		return whole(load);
	}

	private static void assertWhole(Whole whole) {
		assertThat(whole.lost()).as("acknowledged orders missing").isEmpty();
		assertThat(whole.withoutPromise()).as("orders without their promise (half placed)").isEmpty();
		assertThat(whole.withoutMail()).as("orders whose mail never came").isEmpty();
		assertThat(whole.mails().doubled()).as("orders told in two different mails").isZero();
	}

	private Whole whole(OrderLoad load) throws Exception {
		// The customer's list shows only their latest 200 orders and the load places
		// many more, so each acknowledged order is looked up by its id; the list adds
		// those committed while their answer was lost (the last ones before the kill).
		Set<String> ids = new HashSet<>(load.acknowledged.keySet());
		orders().forEach((o) -> ids.add(o.get("id").asString()));
		Map<String, Long> numbers = new HashMap<>();
		List<String> lost = new ArrayList<>();
		List<String> withoutPromise = new ArrayList<>();
		for (String id : ids) {
			Optional<JsonNode> order = find(id);
			if (order.isEmpty()) {
				lost.add(id);
				continue;
			}
			numbers.put(id, order.get().get("number").asLong());
			if (!hasPromise(order.get())) {
				withoutPromise.add(id);
			}
		}
		Received received = this.mails.received();
		// The previous release mailed its own order before this test began.
		List<Long> withoutMail = numbers.values()
			.stream()
			.filter((n) -> n != PreviousRelease.OLD_ORDER_NUMBER && !received.has(n))
			.toList();
		return new Whole(numbers.size(), load.acknowledged.size(), lost, withoutPromise, withoutMail, received);
	}

	private List<JsonNode> orders() throws Exception {
		var response = this.app.get("/api/orders", "customer");
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> orders = new ArrayList<>();
		OrderLoad.json.readTree(response.body()).forEach(orders::add);
		return orders;
	}

	private JsonNode order(String id) throws Exception {
		var response = this.app.get("/api/orders/" + id, "customer");
		assertThat(response.statusCode()).as("order " + id).isEqualTo(200);
		return OrderLoad.json.readTree(response.body());
	}

	private Optional<JsonNode> find(String id) throws Exception {
		var response = this.app.get("/api/orders/" + id, "customer");
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		assertThat(response.statusCode()).as("order " + id).isEqualTo(200);
		return Optional.of(OrderLoad.json.readTree(response.body()));
	}

	private static boolean hasPromise(JsonNode order) {
		return order.hasNonNull("promise");
	}

	private static void pause(Duration duration) {
		if (!duration.isNegative()) {
			await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
		}
	}

	/**
	 * What an operator checks after a fault: the customer's orders found (the
	 * acknowledged ones and their latest 200), the acknowledged ones among them, and
	 * those missing something.
	 */
	record Whole(int orders, int acknowledged, List<String> lost, List<String> withoutPromise, List<Long> withoutMail,
			Received mails) {

		boolean isWhole() {
			return this.lost.isEmpty() && this.withoutPromise.isEmpty() && this.withoutMail.isEmpty();
		}

		String report() {
			return this.orders + " orders found, " + (this.acknowledged - this.lost.size()) + " of " + this.acknowledged
					+ " acknowledged found, " + this.lost.size() + " lost, " + this.withoutPromise.size()
					+ " without promise; order mails " + this.mails.byOrder().size() + " delivered, "
					+ this.mails.doubled() + " doubled, " + this.mails.resent() + " sent again, "
					+ this.withoutMail.size() + " missing";
		}

	}

}
