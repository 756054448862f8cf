package org.shopfront.ledger;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.Command;

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
import org.springframework.context.annotation.Import;

/**
 * {@code verify-ledger [--spring.…]}: walks the ledger of the configured database (the
 * same properties and profiles as the application, e.g.
 * {@code --spring.profiles.active=postgres} with {@code SHOPFRONT_DB_*}) and prints one
 * JSON object, {@code {"entries":N,"lastHash":"…","seconds":S,"valid":true}}. Exit code 0
 * when the chain is whole, 1 with {@code firstBreak} when it is not, 2 when the database
 * cannot be read. Only the database, Flyway and the ledger start: no web server, no demo
 * data, no schedules, no redelivery of pending events.
 */
public final class VerifyLedgerCommand implements Command {

	@Override
	public String name() {
		return "verify-ledger";
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		List<String> spring = new ArrayList<>(arguments.stream().filter(a -> a.startsWith("--")).toList());
		spring.add("--shopfront.demo.enabled=false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=warn")
			.run(spring.toArray(String[]::new))) {
			long start = System.nanoTime();
			ChainReport report = context.getBean(VerifyingLedger.class).verify();
			out.println(report.json((System.nanoTime() - start) / 1e9));
			return report.valid() ? 0 : 1;
		}
		catch (RuntimeException ex) {
			err.println("verify-ledger: could not read the ledger (" + ex.getMessage() + ")");
			return 2;
		}
	}

	/** The database, its migrations and the ledger: nothing else of the application. */
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
			FlywayAutoConfiguration.class })
	@Import({ LedgerEntries.class, VerifyingLedger.class })
	static class Context {

	}

}
