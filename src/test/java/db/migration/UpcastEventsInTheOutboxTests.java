package db.migration;

import java.math.BigDecimal;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.promises.PromiseClosed;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade rewrites events the previous release left in the outbox so that this
 * release reads them whole (decision 0035), on the previous release's database of the
 * operations test.
 */
class UpcastEventsInTheOutboxTests {

	private static final String PENDING_PLACED = "12000000-0000-4000-8000-000000000023";

	private final JsonMapper json = JsonMapper.builder().build();

	private SingleConnectionDataSource database;

	private JdbcClient jdbc;

	@BeforeEach
	void thePreviousReleasesDatabase() {
		// One connection throughout: H2 in memory fails check constraints made on a
		// connection that has since closed.
		this.database = new SingleConnectionDataSource("jdbc:h2:mem:upcast-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
		this.jdbc = JdbcClient.create(this.database);
		migrateTo("12");
		new ResourceDatabasePopulator(new ClassPathResource("operations/release-12-data.sql")).execute(this.database);
	}

	@Test
	void fillsAnOldOrderPlacedWithTheOrderAsTheDatabaseHasIt() throws Exception {
		migrateTo("17.5");

		OrderPlaced placed = this.json.readValue(event(PENDING_PLACED), OrderPlaced.class);
		assertThat(placed.order().number()).isEqualTo(10002);
		assertThat(placed.orderId().value()).hasToString("12000000-0000-4000-8000-000000000020");
		assertThat(placed.order().customerName()).isEqualTo("Chris Customer");
		assertThat(placed.order().customerId().value()).hasToString("12000000-0000-4000-8000-000000000002");
		assertThat(placed.order().firstYearValue()).isEqualByComparingTo(new BigDecimal("120.00"));
		assertThat(placed.order().offeringTitle()).isEqualTo("Shared mailbox");
		assertThat(placed.managerName()).isNull();
		assertThat(placed.promise().due()).hasToString("2027-01-15T17:00:00Z");
	}

	@Test
	void fillsAnOldPromiseClosedWithWhatThePromiseWasAbout() throws Exception {
		String closed = "12000000-0000-4000-8000-000000000099";
		outbox(closed, "org.shopfront.promises.PromiseClosed",
				"{\"promiseId\":{\"value\":\"12000000-0000-4000-8000-000000000012\"},"
						+ "\"orderId\":{\"value\":\"12000000-0000-4000-8000-000000000010\"},"
						+ "\"customerId\":{\"value\":\"12000000-0000-4000-8000-000000000002\"},\"outcome\":\"KEPT\","
						+ "\"due\":\"2027-01-15T17:00:00Z\",\"closedAt\":\"2026-11-21T10:00:00Z\",\"warnedAt\":null}");

		migrateTo("17.5");

		PromiseClosed upcast = this.json.readValue(event(closed), PromiseClosed.class);
		assertThat(upcast.what()).isEqualTo("Shared mailbox");
		assertThat(upcast.offeringId().value()).hasToString("12000000-0000-4000-8000-000000000005");
		assertThat(upcast.customerUnit().value()).hasToString("12000000-0000-4000-8000-000000000001");
		assertThat(upcast.fulfillerUnit()).isNull();
	}

	@Test
	void leavesAnEventWhoseOrderIsGoneAsItWas() {
		String orphan = "12000000-0000-4000-8000-000000000098";
		String old = event(PENDING_PLACED).replace("12000000-0000-4000-8000-000000000020",
				"12000000-0000-4000-8000-000000000097");
		outbox(orphan, "org.shopfront.ordering.OrderPlaced", old);

		migrateTo("17.5");

		assertThat(event(orphan)).isEqualTo(old);
		assertThat(event(PENDING_PLACED)).contains("\"customerName\":\"Chris Customer\"");
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.database)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.target(version)
			.load()
			.migrate();
	}

	private void outbox(String id, String type, String event) {
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				values (cast(? as uuid), 'a listener', ?, ?, timestamp with time zone '2026-11-21 10:00:00+00',
				        'PUBLISHED', 0)""").params(id, type, event).update();
	}

	private String event(String id) {
		return this.jdbc.sql("select serialized_event from event_publication where id = cast(? as uuid)")
			.param(id)
			.query(String.class)
			.single();
	}

}
