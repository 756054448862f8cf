package org.shopfront.tickets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRefused;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.imports.Rejection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every way tickets come in from a file, on the test database: each layout, rows that are
 * rejected while the good ones are kept, re-imports that update instead of duplicating,
 * odd encodings, huge fields, and files refused whole.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketImportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportLog runs;

	TicketFixture fixture;

	@BeforeAll
	void fixture() {
		this.fixture = new TicketFixture(this.context);
	}

	@Test
	void importsServiceNowIncidentsWithMultiLineFields() throws IOException {
		String source = TicketFixture.uniqueSource("servicenow");
		ImportRun run = importResource(TicketFormat.SERVICENOW, source, "servicenow.csv");
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsImported()).isEqualTo(3);
		assertThat(run.rowsRejected()).isZero();
		Map<String, Object> first = ticket(source, "INC0010001");
		assertThat(first.get("title")).isEqualTo("Printer on floor 3 jams");
		assertThat((String) first.get("description")).contains("second page.\nIt started");
		assertThat(first.get("caller")).isEqualTo("Ann Example");
		assertThat(first.get("assignment_group")).isEqualTo("Desk support");
		assertThat(first.get("location")).isEqualTo("Berlin");
		assertThat(first.get("reopen_count")).isEqualTo(0);
		Map<String, Object> second = ticket(source, "INC0010002");
		assertThat(second.get("description")).isEqualTo("VPN says \"certificate expired\"");
		assertThat(second.get("resolved_at")).as("? means missing").isNull();
		Map<String, Object> third = ticket(source, "INC0010003");
		assertThat(third.get("opened_at")).as("day-first dates are read").isNotNull();
	}

	@Test
	void importsJiraIssues() throws IOException {
		String source = TicketFixture.uniqueSource("jira");
		ImportRun run = importResource(TicketFormat.JIRA, source, "jira.csv");
		assertThat(run.rowsImported()).isEqualTo(2);
		Map<String, Object> issue = ticket(source, "HELP-1");
		assertThat(issue.get("title")).isEqualTo("Laptop battery drains fast");
		assertThat(issue.get("caller")).isEqualTo("Dee Example");
		assertThat(issue.get("category")).isEqualTo("Hardware");
		assertThat(issue.get("resolved_at")).isNotNull();
		assertThat(ticket(source, "HELP-2").get("resolved_at")).isNull();
	}

	@Test
	void importsJsonLinesAndRejectsBadLines() throws IOException {
		String source = TicketFixture.uniqueSource("jsonl");
		ImportRun run = importResource(TicketFormat.JSON_LINES, source, "tickets.jsonl");
		assertThat(run.rowsImported()).isEqualTo(2);
		assertThat(run.rowsRejected()).isEqualTo(2);
		assertThat(this.runs.rejections(run.id(), 10)).extracting(Rejection::line, Rejection::column, Rejection::reason)
			.containsExactly(tuple(2L, null, "json"), tuple(5L, "number", "required"));
		Map<String, Object> ticket = ticket(source, "J-1");
		assertThat(ticket.get("business_unit")).isEqualTo("Sales");
		assertThat(ticket.get("reopen_count")).isEqualTo(2);
		assertThat(ticket(source, "J-2").get("opened_at")).as("snake case is read too").isNotNull();
	}

	@Test
	void importsAnyCsvThroughASavedProfileNumberingByRow() {
		String source = TicketFixture.uniqueSource("profile");
		UUID profile = this.fixture.profile();
		ImportRunId id = this.fixture.importNow(TicketFormat.PROFILE, profile, source,
				"title,body,category\nvpn down,hi vpn is down again thanks,4\nnew laptop,please order one,5\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(run(id).rowsImported()).isEqualTo(2);
		assertThat(ticket(source, "2").get("description")).isEqualTo("hi vpn is down again thanks");
		assertThat(ticket(source, "3").get("title")).isEqualTo("new laptop");
	}

	@Test
	void keepsGoodRowsAndReportsEachRejectedRow() throws IOException {
		String source = TicketFixture.uniqueSource("malformed");
		ImportRun run = importResource(TicketFormat.SERVICENOW, source, "malformed.csv");
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsRead()).isEqualTo(6);
		assertThat(run.rowsImported()).isEqualTo(2);
		assertThat(run.rowsRejected()).isEqualTo(4);
		assertThat(this.runs.rejections(run.id(), 10))
			.extracting(Rejection::line, Rejection::column, Rejection::reason, Rejection::detail)
			.containsExactly(tuple(3L, "opened_at", "date", "yesterday-ish"), tuple(4L, "number", "required", null),
					tuple(5L, null, "fieldCount", "5 / 4"), tuple(6L, "reopen_count", "wholeNumber", "twice"));
		assertThat(numbers(source)).containsExactly("M-1", "M-6");
	}

	@Test
	void reimportUpdatesInsteadOfDuplicating() {
		String source = TicketFixture.uniqueSource("again");
		String header = "number,short_description,opened_at\n";
		this.fixture.importNow(TicketFormat.SERVICENOW, null, source,
				(header + "A-1,First title,2024-01-01 10:00:00\nA-2,Other,2024-01-01 11:00:00\n")
					.getBytes(StandardCharsets.UTF_8));
		ImportRunId again = this.fixture.importNow(TicketFormat.SERVICENOW, null, source,
				(header + "A-1,Changed title,2024-01-01 10:00:00\nA-2,Other,2024-01-01 11:00:00\n"
						+ "A-1,Changed twice in one file,2024-01-01 10:00:00\nA-3,New,2024-01-02 09:00:00\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(run(again).rowsImported()).isEqualTo(4);
		assertThat(numbers(source)).containsExactly("A-1", "A-2", "A-3");
		assertThat(ticket(source, "A-1").get("title")).isEqualTo("Changed twice in one file");
		String otherSource = TicketFixture.uniqueSource("again-elsewhere");
		this.fixture.importNow(TicketFormat.SERVICENOW, null, otherSource,
				(header + "A-1,Same number elsewhere,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(ticket(source, "A-1").get("title")).as("numbers are unique per source only")
			.isEqualTo("Changed twice in one file");
	}

	@Test
	void readsLatin1() {
		String source = TicketFixture.uniqueSource("latin1");
		byte[] latin1 = "number;short_description;location\nL-1;Écran noir après mise à jour;Zürich\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		this.fixture.importNow(TicketFormat.SERVICENOW, null, source, latin1);
		assertThat(ticket(source, "L-1")).containsEntry("title", "Écran noir après mise à jour")
			.containsEntry("location", "Zürich");
	}

	@Test
	void readsUtf8WithByteOrderMark() {
		String source = TicketFixture.uniqueSource("bom");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(
				"number,short_description\nB-1,Tastatur defekt \u2013 Umlaute äöü\n".getBytes(StandardCharsets.UTF_8));
		ImportRunId id = this.fixture.importNow(TicketFormat.SERVICENOW, null, source, bytes.toByteArray());
		assertThat(run(id).rowsRejected()).isZero();
		assertThat(ticket(source, "B-1")).containsEntry("title", "Tastatur defekt \u2013 Umlaute äöü");
	}

	@Test
	void shortensHugeFieldsAndKeepsTheirRows() {
		String source = TicketFixture.uniqueSource("huge");
		String huge = "word ".repeat(60_000);
		String csv = "number,short_description,description\nH-1,Huge,\"" + huge + "\"\nH-2," + "t".repeat(5000)
				+ ",small\n";
		ImportRunId id = this.fixture.importNow(TicketFormat.SERVICENOW, null, source,
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(run(id).rowsImported()).isEqualTo(2);
		assertThat((String) ticket(source, "H-1").get("description")).hasSize(100_000).startsWith("word word");
		assertThat((String) ticket(source, "H-2").get("title")).hasSize(1000);
	}

	@Test
	void stopsAtAnEndlessRecordButKeepsTheRowsBefore() {
		String source = TicketFixture.uniqueSource("endless");
		String csv = "number,short_description\nE-1,Fine\nE-2,\"never closed " + "x".repeat(4_100_000) + "\n";
		ImportRunId id = this.fixture.importNow(TicketFormat.SERVICENOW, null, source,
				csv.getBytes(StandardCharsets.UTF_8));
		ImportRun run = run(id);
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.failureKey()).isEqualTo("import.failure.recordTooLong");
		assertThat(run.failureDetail()).isEqualTo("3");
		assertThat(numbers(source)).containsExactly("E-1");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> this.fixture.importNow(TicketFormat.SERVICENOW, null, "empty", new byte[0]))
			.isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "import.refused.empty");
		assertThatThrownBy(() -> this.fixture.importNow(TicketFormat.SERVICENOW, null, "empty",
				"\n \r\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportRefused.class);
	}

	@Test
	void importsNothingFromAHeaderOnly() {
		ImportRunId id = this.fixture.importNow(TicketFormat.SERVICENOW, null, TicketFixture.uniqueSource("header"),
				"number,short_description\n".getBytes(StandardCharsets.UTF_8));
		assertThat(run(id).status()).isEqualTo(ImportStatus.DONE);
		assertThat(run(id).rowsRead()).isZero();
	}

	@Test
	void refusesABinaryFileWhole() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'l', '/' };
		assertThatThrownBy(() -> this.fixture.importNow(TicketFormat.SERVICENOW, null, "binary", zip))
			.isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "import.refused.binary");
	}

	@Test
	void refusesAFileWithoutTheColumnsItsLayoutNeeds() {
		assertThatThrownBy(() -> this.fixture.importNow(TicketFormat.JIRA, null, "columns",
				"number,short_description\nINC1,x\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "import.refused.missingColumns");
	}

	@Test
	void recordsNothingForARefusedFile() {
		long before = this.jdbc.sql("select count(*) from import_run").query(Long.class).single();
		assertThatThrownBy(() -> this.fixture.importNow(TicketFormat.SERVICENOW, null, "nothing", new byte[] { 0, 1 }))
			.isInstanceOf(ImportRefused.class);
		assertThat(this.jdbc.sql("select count(*) from import_run").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void streamsTicketTextsForTheMiner() {
		String source = TicketFixture.uniqueSource("stream");
		this.fixture.importNow(TicketFormat.SERVICENOW, null, source,
				"number,short_description,description\nS-1,One,first\nS-2,Two,second\n"
					.getBytes(StandardCharsets.UTF_8));
		List<ImportedTicket> texts = new java.util.ArrayList<>();
		this.context.getBean(TicketTexts.class).forEach(0, text -> {
			if (text.source().equals(source)) {
				texts.add(text);
			}
		});
		assertThat(texts).extracting(ImportedTicket::number, ImportedTicket::description)
			.containsExactly(tuple("S-1", "first"), tuple("S-2", "second"));
		long after = texts.get(0).id();
		List<String> later = new java.util.ArrayList<>();
		this.context.getBean(TicketTexts.class).forEach(after, text -> later.add(text.number()));
		assertThat(later).contains("S-2").doesNotContain("S-1");
	}

	ImportRun importResource(TicketFormat format, String source, String name) throws IOException {
		Path file = Files.createTempFile("tickets-test-", ".csv");
		try {
			Files.write(file, new ClassPathResource("tickets/" + name).getContentAsByteArray());
			return run(this.fixture.importNow(format, null, source, file));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	ImportRun run(ImportRunId id) {
		return this.runs.find(id).orElseThrow();
	}

	Map<String, Object> ticket(String source, String number) {
		return this.jdbc.sql("select * from ticket where source = :source and ticket_number = :number")
			.param("source", source)
			.param("number", number)
			.query()
			.singleRow();
	}

	List<String> numbers(String source) {
		return this.jdbc.sql("select ticket_number from ticket where source = :source order by ticket_number")
			.param("source", source)
			.query(String.class)
			.list();
	}

	static Instant at(String iso) {
		return Instant.parse(iso);
	}

}
