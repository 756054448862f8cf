package org.shopfront.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ledger.ChainBreak.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tampering with the ledger table by SQL, as someone with database access could: every
 * change, swap, removal and insertion is detected and located, by the verifier, the
 * {@code verify-ledger} command and the export script of docs/ledger.md. A context of its
 * own (the property below), so that the broken chains never meet other tests.
 */
@SpringBootTest(properties = "shopfront.test.context=ledger-tampering")
@AutoConfigureMockMvc
class LedgerTamperingTests {

	static final boolean POSTGRES = "postgres".equalsIgnoreCase(System.getProperty("shopfront.test.db", "h2"));

	@Autowired
	Ledger ledger;

	@Autowired
	VerifyingLedger verifying;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	List<LedgerEntry> chain;

	/**
	 * A fresh chain of ten entries (clearing the table takes the trigger off on
	 * PostgreSQL).
	 */
	@BeforeEach
	void tenEntries() {
		tamper("delete from ledger_entry");
		this.jdbc.sql("update ledger_head set sequence_number = 0, hash = :genesis where id = 1")
			.param("genesis", ChainHash.GENESIS)
			.update();
		List<LedgerRecord> records = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			records.add(LedgerRecord.of("order-promise", "promise-" + i, "made",
					Map.of("n", i, "due", Instant.parse("2026-03-09T09:00:00Z"))));
		}
		this.chain = this.ledger.appendAll(records);
	}

	@Test
	void aWholeChainVerifies() {
		ChainReport report = this.verifying.verify();
		assertThat(report.valid()).isTrue();
		assertThat(report.entries()).isEqualTo(10);
		assertThat(report.lastHash()).isEqualTo(this.chain.get(9).hash());
	}

	@Test
	void appendsFromManyThreadsAtOnceNeverForkTheChain() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> appends = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				appends.add(threads.submit(() -> this.ledger
					.record(LedgerRecord.of("order-promise", "concurrent-" + n, "made", Map.of("n", n)))));
			}
			for (Future<?> append : appends) {
				append.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		ChainReport report = this.verifying.verify();
		assertThat(report.valid()).as(String.valueOf(report.firstBreak())).isTrue();
		assertThat(report.entries()).isEqualTo(50);
	}

	@Test
	void detectsAndLocatesAChangedField() {
		tamper("update ledger_entry set content = replace(content, '\"n\":4', '\"n\":40') where sequence_number = 4");
		assertBreak(4, Problem.CONTENT_CHANGED);
	}

	@Test
	void detectsAndLocatesAChangedEventEvenWithItsHashRecomputed() {
		LedgerEntry original = this.chain.get(5);
		LedgerEntry forged = LedgerEntry.seal(6, original.recordedAt(),
				new LedgerRecord(original.kind(), original.subject(), "kept", original.content()),
				original.previousHash());
		tamper("update ledger_entry set event = 'kept', hash = '" + forged.hash() + "' where sequence_number = 6");
		assertBreak(7, Problem.LINK_BROKEN);
	}

	@Test
	void detectsAndLocatesTwoSwappedRows() {
		tamper("update ledger_entry set sequence_number = -5 where sequence_number = 5");
		tamper("update ledger_entry set sequence_number = 5 where sequence_number = 6");
		tamper("update ledger_entry set sequence_number = 6 where sequence_number = -5");
		assertBreak(5, Problem.ORDER_SWAPPED);
	}

	@Test
	void detectsAndLocatesADeletedRow() {
		tamper("delete from ledger_entry where sequence_number = 3");
		assertBreak(3, Problem.MISSING);
	}

	@Test
	void theAdminPageNamesTheBreak() throws Exception {
		tamper("delete from ledger_entry where sequence_number = 3");
		ChainReport report = (ChainReport) this.mvc
			.perform(post("/admin/ledger/verify").with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("report");
		this.mvc
			.perform(get("/admin/ledger").flashAttr("report", report)
				.flashAttr("millis", 5L)
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chain is broken at entry 3: an entry is missing here.")));
	}

	@Test
	void detectsADeletedLastRow() {
		tamper("delete from ledger_entry where sequence_number = 10");
		assertBreak(10, Problem.MISSING);
	}

	@Test
	void detectsAndLocatesAnInsertedRowWithAValidHashAndAMovedHead() {
		tamper("update ledger_entry set sequence_number = sequence_number + 1000 where sequence_number >= 7");
		tamper("update ledger_entry set sequence_number = sequence_number - 999 where sequence_number > 1000");
		LedgerEntry forged = LedgerEntry.seal(7, this.chain.get(6).recordedAt(),
				LedgerRecord.of("order-promise", "forged", "kept", Map.of("n", 99)), this.chain.get(5).hash());
		this.jdbc
			.sql("""
					insert into ledger_entry (sequence_number, recorded_at, kind, subject, event, content, previous_hash, hash)
					values (7, :at, :kind, :subject, :event, :content, :previous, :hash)
					""")
			.param("at", org.shopfront.shared.Timestamps.param(forged.recordedAt()))
			.param("kind", forged.kind())
			.param("subject", forged.subject())
			.param("event", forged.event())
			.param("content", forged.content())
			.param("previous", forged.previousHash())
			.param("hash", forged.hash())
			.update();
		this.jdbc.sql("update ledger_head set sequence_number = 11 where id = 1").update();
		assertBreak(7, Problem.INSERTED);
	}

	@Test
	void postgresRefusesToUpdateOrDeleteLedgerEntries() {
		assumeThat(POSTGRES).as("the append-only trigger exists on PostgreSQL only").isTrue();
		for (String sql : List.of("update ledger_entry set event = 'kept' where sequence_number = 1",
				"delete from ledger_entry where sequence_number = 1", "truncate table ledger_entry")) {
			assertThatThrownBy(() -> this.jdbc.sql(sql).update()).as(sql)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("ledger entries are append-only");
		}
		assertThat(this.verifying.verify().valid()).isTrue();
	}

	@Test
	void theCommandExitsZeroWithASummaryWhenTheChainIsWhole() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command(out, new ByteArrayOutputStream());
		assertThat(exit).isZero();
		JsonNode summary = JsonMapper.builder().build().readTree(lastLine(out));
		assertThat(summary.get("entries").asLong()).isEqualTo(10);
		assertThat(summary.get("valid").asBoolean()).isTrue();
	}

	@Test
	void theCommandExitsNonZeroWithTheFirstBrokenLink() {
		tamper("delete from ledger_entry where sequence_number = 8");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command(out, new ByteArrayOutputStream());
		assertThat(exit).isEqualTo(1);
		JsonNode summary = JsonMapper.builder().build().readTree(lastLine(out));
		assertThat(summary.get("valid").asBoolean()).isFalse();
		assertThat(summary.get("firstBreak").get("sequence").asLong()).isEqualTo(8);
		assertThat(summary.get("firstBreak").get("problem").asString()).isEqualTo("MISSING");
	}

	@Test
	void theCommandExitsTwoWhenItCannotReadTheDatabase() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new VerifyLedgerCommand().run(
				List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nothing",
						"--spring.datasource.hikari.connection-timeout=250"),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("verify-ledger");
	}

	@Test
	void theExportVerifiesWithTheScriptInTheDocsAndTheScriptFindsTampering() throws Exception {
		Path script = script();
		assumeThat(python()).as("python3 on the PATH").isTrue();
		Path export = export("whole.jsonl");
		assertThat(Files.readAllLines(export)).hasSize(10);
		Result whole = run("python3", script.toString(), export.toString());
		assertThat(whole.exit()).as(whole.output()).isZero();
		assertThat(whole.output()).contains("\"entries\": 10", "\"valid\": true", this.chain.get(9).hash());

		tamper("update ledger_entry set content = replace(content, '\"n\":4', '\"n\":40') where sequence_number = 4");
		Result broken = run("python3", script.toString(), export("tampered.jsonl").toString());
		assertThat(broken.exit()).isEqualTo(1);
		assertThat(broken.output()).contains("\"valid\": false", "\"sequence\": 4");
	}

	void assertBreak(long sequence, Problem problem) {
		ChainReport report = this.verifying.verify();
		assertThat(report.valid()).as("tampering detected").isFalse();
		assertThat(report.firstBreak().problem()).as(report.firstBreak().detail()).isEqualTo(problem);
		assertThat(report.firstBreak().sequence()).as(report.firstBreak().detail()).isEqualTo(sequence);
	}

	/** Runs SQL that the application never would; on PostgreSQL past the trigger. */
	void tamper(String sql) {
		if (POSTGRES) {
			this.jdbc.sql("alter table ledger_entry disable trigger ledger_entry_append_only").update();
		}
		try {
			this.jdbc.sql(sql).update();
		}
		finally {
			if (POSTGRES) {
				this.jdbc.sql("alter table ledger_entry enable trigger ledger_entry_append_only").update();
			}
		}
	}

	int command(ByteArrayOutputStream out, ByteArrayOutputStream err) {
		List<String> arguments = List.of(
				"--spring.datasource.url=" + this.environment.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getRequiredProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""));
		return new VerifyLedgerCommand().run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	static String lastLine(ByteArrayOutputStream out) {
		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		return lines[lines.length - 1];
	}

	Path export(String name) throws IOException {
		Path file = this.folder.resolve(name);
		try (var out = Files.newOutputStream(file)) {
			this.verifying.export(out);
		}
		return file;
	}

	/** The script exactly as docs/ledger.md shows it. */
	Path script() throws IOException {
		String doc = Files.readString(Path.of("docs/ledger.md"));
		int start = doc.indexOf("```python\n") + "```python\n".length();
		String code = doc.substring(start, doc.indexOf("```", start));
		return Files.writeString(this.folder.resolve("verify_ledger.py"), code);
	}

	static boolean python() {
		try {
			return run("python3", "--version").exit() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	record Result(int exit, String output) {

	}

	static Result run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
