package org.shopfront.tickets;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real data sets of ../shared/data (read through {@code shopfront.data.dir}, skipped
 * when absent): the helpdesk corpus through an import profile, and the ServiceNow event
 * log, whose many rows per incident must end as one ticket in its final state.
 */
@ShopfrontTest
class RealDataImportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTheHelpdeskCorpusThroughAProfile() {
		Path file = dataFile("helpdesk_tickets.csv");
		TicketFixture fixture = new TicketFixture(this.context);
		String source = TicketFixture.uniqueSource("helpdesk");
		ImportRunId id = fixture.importNow(TicketFormat.PROFILE, fixture.profile(), source, file);
		ImportRun run = this.context.getBean(ImportLog.class).find(id).orElseThrow();
		assertThat(run.rowsImported()).isEqualTo(5431);
		assertThat(run.rowsRejected()).isZero();
		assertThat(count(source, "")).isEqualTo(5431);
	}

	@Test
	void keepsTheFinalStateOfEachIncidentOfTheServiceNowLog() {
		Path file = dataFile("incident_event_log.csv");
		TicketFixture fixture = new TicketFixture(this.context);
		String source = TicketFixture.uniqueSource("uci");
		ImportRunId id = fixture.importNow(TicketFormat.SERVICENOW, null, source, file);
		ImportRun run = this.context.getBean(ImportLog.class).find(id).orElseThrow();
		assertThat(run.rowsRead()).isEqualTo(141_712);
		assertThat(run.rowsRejected()).isZero();
		// Figures from ../shared/data/README.md.
		assertThat(count(source, "")).isEqualTo(24_918);
		assertThat(count(source, " and resolved_at is not null")).isEqualTo(23_362);
	}

	long count(String source, String condition) {
		return this.jdbc.sql("select count(*) from ticket where source = :source" + condition)
			.param("source", source)
			.query(Long.class)
			.single();
	}

	static Path dataFile(String name) {
		Path file = Path.of(System.getProperty("shopfront.data.dir", "../shared/data"), name);
		assumeTrue(Files.isReadable(file), "data set " + file + " is not there");
		return file;
	}

}
