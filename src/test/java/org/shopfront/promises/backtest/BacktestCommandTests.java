package org.shopfront.promises.backtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest command line: figures for well-formed files in each layout, and a clear
 * message naming line and column with a non-zero exit for bad input.
 */
class BacktestCommandTests {

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... arguments) {
		return new BacktestCommand().run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	Path file(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

	Path ticketsFile() throws IOException {
		List<String> lines = new ArrayList<>(List.of("id,opened,resolved,team"));
		LocalDateTime start = LocalDateTime.parse("2026-01-05T09:00");
		for (int i = 0; i < 300; i++) {
			LocalDateTime opened = start.plusHours(i * 3L);
			LocalDateTime resolved = opened.plusHours((i % 3 == 0) ? 30 : 2);
			lines.add("T" + i + "," + opened + "," + resolved + "," + ((i % 2 == 0) ? "desk" : "field"));
		}
		return Files.write(this.folder.resolve("tickets.csv"), lines);
	}

	@Test
	void printsTheFiguresOfATicketsFileAsOneJsonObject() throws IOException {
		int exit = run("--input", ticketsFile().toString(), "--format", "tickets", "--segments", "team");

		assertThat(exit).isZero();
		JsonNode figures = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(figures.get("tickets").asInt()).isEqualTo(300);
		assertThat(figures.get("testTickets").asInt()).isEqualTo(90);
		assertThat(figures.get("hitRate").propertyNames()).containsExactly("0.5", "0.7", "0.85", "0.95");
		assertThat(figures.has("calibrationError")).isTrue();
		assertThat(figures.has("medianQuotedHoursGlobal")).isTrue();
		assertThat(figures.has("earlyWarningShare")).isTrue();
		assertThat(figures.has("baselineSlaAttainment")).isFalse();
	}

	@Test
	void readsAnEventLogWhoseFirstEventOpensAndLastClosesATicket() throws IOException {
		Path log = file("log.csv", """
				case,at
				A,2026-01-05T09:00
				A,2026-01-05T10:00
				A,2026-01-05T12:00
				B,2026-01-05T09:30
				B,2026-01-06T09:30
				""");

		int exit = run("--input", log.toString(), "--format", "eventlog", "--id", "case", "--event-time", "at",
				"--train", "0.5");

		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"tickets\" : 2");
	}

	@Test
	void namesAnUnknownColumn() throws IOException {
		int exit = run("--input", ticketsFile().toString(), "--format", "tickets", "--segments", "teem");

		assertThat(exit).isEqualTo(2);
		assertThat(errors()).contains("line 1")
			.contains("unknown column 'teem'")
			.contains("id, opened, resolved, team");
	}

	@Test
	void namesTheLineAndColumnOfAnUnreadableDate() throws IOException {
		Path tickets = file("bad-date.csv", """
				id,opened,resolved
				T1,2026-01-05T09:00,2026-01-05T10:00
				T2,5 January,2026-01-05T10:00
				""");

		int exit = run("--input", tickets.toString(), "--format", "tickets");

		assertThat(exit).isEqualTo(2);
		assertThat(errors()).contains("line 3, column 'opened'").contains("'5 January'");
	}

	@Test
	void namesTheLineOfAServiceNowDateThatDoesNotFitThePattern() throws IOException {
		Path log = file("sn.csv", """
				number,opened_at,resolved_at,made_sla,priority
				INC1,29/2/2016 01:16,29/2/2016 11:29,true,3 - Moderate
				INC2,2016-02-29,29/2/2016 11:29,true,3 - Moderate
				""");

		int exit = run("--input", log.toString(), "--segments", "priority");

		assertThat(exit).isEqualTo(2);
		assertThat(errors()).contains("line 3, column 'opened_at'").contains("pattern d/M/yyyy H:mm");
	}

	@Test
	void readsAFileWhoseHeaderStartsWithAByteOrderMarkInLatin1OrUtf8() throws IOException {
		List<String> lines = Files.readAllLines(ticketsFile());
		lines.set(0, "SR Number,opened,resolved,\u00e9quipe");
		byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] content = java.util.Arrays.copyOf(bom, bom.length + text.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		Path file = Files.write(this.folder.resolve("bom.csv"), content);

		int exit = run("--input", file.toString(), "--format", "tickets", "--id", "SR Number", "--segments",
				"\u00e9quipe");

		assertThat(exit).as(errors()).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"tickets\" : 300");
		Path latin1 = Files.write(this.folder.resolve("latin1.csv"),
				String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
		assertThat(run("--input", latin1.toString(), "--format", "tickets", "--id", "SR Number", "--segments",
				"\u00e9quipe"))
			.as(errors())
			.isZero();
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		assertThat(run("--input", file("empty.csv", "").toString(), "--format", "tickets")).isEqualTo(2);
		assertThat(errors()).contains("empty.csv is empty");

		this.err.reset();
		assertThat(run("--input", file("header.csv", "id,opened,resolved\n").toString(), "--format", "tickets"))
			.isEqualTo(2);
		assertThat(errors()).contains("has no tickets");
	}

	@Test
	void explainsUsageMistakes() {
		assertThat(run("--format", "tickets")).isEqualTo(2);
		assertThat(errors()).contains("--input FILE is required");

		this.err.reset();
		assertThat(run("--input", "x.csv", "--confidence", "85")).isEqualTo(2);
		assertThat(errors()).contains("--confidence must be a number between 0 and 1");

		this.err.reset();
		assertThat(run("--input", this.folder.resolve("missing.csv").toString())).isEqualTo(2);
		assertThat(errors()).contains("cannot read").contains("missing.csv");
	}

}
