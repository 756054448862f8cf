package org.shopfront.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops PostgreSQL for 20 seconds while customers place orders: the requests in flight
 * and those sent meanwhile are answered 503 with a problem detail (no 500, no hang), the
 * application serves again once the database is back, without a restart, and no order is
 * half placed. Only on PostgreSQL ({@code -Dshopfront.test.db=postgres}).
 */
@EnabledIfSystemProperty(named = "shopfront.test.db", matches = "postgres")
@Disabled("Finding: an order acknowledged during the outage can stay without its promise until a restart, because "
		+ "only notify's listeners are resubmitted (ResubmittingEvents); enable once every module's failed "
		+ "listeners are resubmitted. All answers are already 503 problem details.")
class DatabaseOutageIT {

	private static final Log log = LogFactory.getLog(DatabaseOutageIT.class);

	@Test
	void aDatabaseOutageIsAnsweredWith503AndHealsWithoutARestart() throws Exception {
		Path directory = PackagedApp.workDirectory("outage");
		try (TestPostgres postgres = TestPostgres.start(directory.resolve("pgdata"));
				PackagedApp app = new PackagedApp(directory, postgres.environment(),
						"--spring.profiles.active=postgres,demo")) {
			app.start();
			OrderLoad load = OrderLoad.on(app).start(4);
			pause(Duration.ofSeconds(3));
			int before = load.acknowledged.size();
			postgres.stop();
			pause(Duration.ofSeconds(20));
			postgres.restart();
			await("an order placed again after the outage").atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> load.acknowledged.size() > before + 5 && !load.refused.isEmpty());
			load.stop();
			log.info("Outage: " + load.sent.get() + " orders sent, " + load.acknowledged.size()
					+ " acknowledged, other answers " + load.refused);

			assertThat(load.refused).as("answers while the database was away").containsOnlyKeys("503");
			assertThat(load.oddAnswers).as("answers that were not problem details").isEmpty();
			List<String> halfPlaced = new ArrayList<>();
			for (String id : load.acknowledged.keySet()) {
				var response = app.get("/api/orders/" + id, "customer");
				JsonNode order = (response.statusCode() == 200) ? OrderLoad.json.readTree(response.body()) : null;
				if (order == null || order.get("promise").isNull()) {
					halfPlaced.add(id);
				}
			}
			assertThat(halfPlaced).as("acknowledged orders missing or without their promise").isEmpty();
			assertThat(app.logText()).doesNotContain("Request processing failed");
			app.stop();
			Path report = directory.resolve("verify-ledger.json");
			assertThat(app.command("verify-ledger", report)).as(Files.readString(report)).isZero();
		}
	}

	private static void pause(Duration duration) {
		await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
	}

}
