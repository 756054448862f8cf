package org.shopfront.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Benchmark only, not part of the application: fills the configured database's ledger with
 * ENTRIES chained entries through the application's own appender ({@link Ledger#appendAll},
 * one transaction per batch), shaped like PromiseLedger's: each promise is made, and then
 * kept, or put at risk and broken, or cancelled. Compiled and run by bench/ledger/run.sh
 * against the classes of target/shopfront.jar (same package, hence package access).
 * Usage: FillLedger ENTRIES BATCH [--spring.…]
 */
public final class FillLedger {

	public static void main(String[] args) {
		int entries = Integer.parseInt(args[0]);
		int batch = Integer.parseInt(args[1]);
		String[] spring = Arrays.copyOfRange(args, 2, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=warn")
			.run(spring)) {
			Ledger ledger = context.getBean(Ledger.class);
			Random random = new Random(20261127);
			List<LedgerRecord> pending = new ArrayList<>(batch + 3);
			long start = System.nanoTime();
			int written = 0;
			Instant made = Instant.parse("2025-11-27T09:00:00Z");
			while (written < entries) {
				pending.addAll(promise(random, made));
				made = made.plusSeconds(30);
				if (pending.size() >= batch || written + pending.size() >= entries) {
					List<LedgerRecord> chunk = pending.subList(0, Math.min(pending.size(), entries - written));
					written += ledger.appendAll(chunk).size();
					pending = new ArrayList<>(pending.subList(chunk.size(), pending.size()));
					if (written % 100_000 < batch) {
						System.err.printf("%,d entries, %.0f s%n", written, (System.nanoTime() - start) / 1e9);
					}
				}
			}
			System.out.printf("{\"entries\":%d,\"seconds\":%.1f}%n", written, (System.nanoTime() - start) / 1e9);
		}
	}

	/** The entries of one promise, with the facts PromiseLedger records. */
	static List<LedgerRecord> promise(Random random, Instant madeAt) {
		String promise = new UUID(random.nextLong(), random.nextLong()).toString();
		String order = new UUID(random.nextLong(), random.nextLong()).toString();
		Instant due = madeAt.plus(Duration.ofHours(8 + random.nextInt(200)));
		Map<String, Object> made = new HashMap<>();
		made.put("promise", promise);
		made.put("order", order);
		made.put("customer", new UUID(random.nextLong(), random.nextLong()).toString());
		made.put("what", "Laptop for a new starter (14-inch, 32 GB) #" + random.nextInt(70));
		made.put("madeAt", madeAt);
		made.put("due", due);
		made.put("confidence", 0.85);
		made.put("sampleSize", 40 + random.nextInt(4000));
		made.put("segment", "offering");
		made.put("evidence", true);
		made.put("replaces", null);
		List<LedgerRecord> records = new ArrayList<>(3);
		records.add(LedgerRecord.of(PromiseLedger.KIND, promise, "made", made));
		int fate = random.nextInt(100);
		if (fate >= 80 && fate < 95) {
			Map<String, Object> atRisk = new HashMap<>();
			atRisk.put("promise", promise);
			atRisk.put("order", order);
			atRisk.put("due", due);
			atRisk.put("newDue", due.plus(Duration.ofHours(24)));
			atRisk.put("reason", null);
			atRisk.put("chance", random.nextInt(50) / 100.0);
			atRisk.put("at", due.minus(Duration.ofHours(4)));
			records.add(LedgerRecord.of(PromiseLedger.KIND, promise, "at-risk", atRisk));
		}
		String outcome = (fate < 80) ? "KEPT" : (fate < 95) ? "BROKEN" : "CANCELLED";
		Map<String, Object> closed = new HashMap<>();
		closed.put("promise", promise);
		closed.put("order", order);
		closed.put("outcome", outcome);
		closed.put("due", due);
		closed.put("closedAt", due.minus(Duration.ofHours(2)));
		closed.put("warnedAt", (fate >= 80 && fate < 95) ? due.minus(Duration.ofHours(4)) : null);
		records.add(LedgerRecord.of(PromiseLedger.KIND, promise, outcome.toLowerCase(), closed));
		return records;
	}

	/** The database and the ledger's appender: nothing else of the application. */
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
			FlywayAutoConfiguration.class })
	@Import({ LedgerEntries.class, Ledger.class })
	static class Context {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
