package org.shopfront.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the packaged application with SIGKILL while customers place orders, starts it
 * again, and checks what an operator would: every order answered 201 is there with its
 * promise, the ledger's chain verifies, and every order's mail went out exactly once. On
 * the default H2 file database, or on PostgreSQL with
 * {@code -Dshopfront.test.db=postgres}.
 */
class CrashIT {

	private static final Log log = LogFactory.getLog(CrashIT.class);

	private static final Pattern ORDER_NUMBER = Pattern.compile("We received your order (\\d+):");

	Path directory;

	GreenMail mail;

	TestPostgres postgres;

	@BeforeEach
	void mailServer() throws Exception {
		this.directory = PackagedApp.workDirectory("crash");
		this.mail = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
	}

	@AfterEach
	void stopServers() throws Exception {
		this.mail.stop();
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void noAcknowledgedOrderNorNoticeIsLostOrDoubledBySigkill() throws Exception {
		try (PackagedApp app = app()) {
			app.start();
			OrderLoad load = OrderLoad.on(app).start(6);
			await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).until(() -> true);
			app.kill();
			load.stop();
			log.info("Killed during load: " + load.sent.get() + " orders sent, " + load.acknowledged.size()
					+ " acknowledged, other answers " + load.refused);
			assertThat(load.acknowledged).as("orders acknowledged before the kill").hasSizeGreaterThan(20);

			app.start();
			List<String> lost = new ArrayList<>();
			for (String id : load.acknowledged.keySet()) {
				var response = app.get("/api/orders/" + id, "customer");
				JsonNode order = (response.statusCode() == 200) ? OrderLoad.json.readTree(response.body()) : null;
				if (order == null || order.get("promise") == null || order.get("promise").isNull()) {
					lost.add(id + " (" + response.statusCode() + ")");
				}
			}
			Map<Long, Integer> mails = awaitOrderMails(load);
			long duplicated = mails.values().stream().filter((n) -> n > 1).count();
			long missing = load.acknowledged.values().stream().filter((n) -> !mails.containsKey(n)).count();
			log.info("After the restart: " + (load.acknowledged.size() - lost.size()) + " of "
					+ load.acknowledged.size() + " acknowledged orders found, " + lost.size() + " lost; order mails "
					+ mails.size() + " delivered, " + duplicated + " duplicated, " + missing + " lost");
			assertThat(lost).as("acknowledged orders missing or without a promise after the restart").isEmpty();
			assertThat(missing).as("acknowledged orders whose mail never came").isZero();
			assertThat(duplicated).as("order mails delivered twice").isZero();

			app.stop();
			Path report = this.directory.resolve("verify-ledger.json");
			int exit = app.command("verify-ledger", report);
			assertThat(exit).as("verify-ledger: " + Files.readString(report)).isZero();
			assertThat(Files.readString(report)).contains("\"valid\":true");
		}
	}

	/**
	 * The order mails GreenMail received, by order number, once every acknowledged
	 * order's mail is there and the outbox has nothing left to send.
	 */
	private Map<Long, Integer> awaitOrderMails(OrderLoad load) throws Exception {
		await("every acknowledged order's mail").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> orderMails().keySet().containsAll(load.acknowledged.values()));
		// Let a few delivery rounds pass, so a mail sent twice would have arrived twice.
		await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
		return orderMails();
	}

	private Map<Long, Integer> orderMails() throws Exception {
		Map<Long, Integer> counts = new HashMap<>();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			Matcher number = ORDER_NUMBER.matcher(message.getSubject());
			if (number.find()) {
				counts.merge(Long.parseLong(number.group(1)), 1, Integer::sum);
			}
		}
		return counts;
	}

	private PackagedApp app() throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + this.mail.getSmtp().getPort(), "--shopfront.notify.delivery.polling=true"));
		Map<String, String> environment = new HashMap<>();
		if (PackagedApp.onPostgres()) {
			this.postgres = TestPostgres.start(this.directory.resolve("pgdata"));
			arguments.add("--spring.profiles.active=postgres,demo");
			environment.putAll(this.postgres.environment());
		}
		else {
			// The default H2 file database under ./data of the working directory.
			arguments.add("--spring.profiles.active=demo");
		}
		return new PackagedApp(this.directory, environment, arguments.toArray(String[]::new));
	}

}
