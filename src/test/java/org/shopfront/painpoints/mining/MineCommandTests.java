package org.shopfront.painpoints.mining;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MineCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int mine(String... arguments) {
		return new MineCommand().run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private Path tickets(String name, byte[] prefix) throws IOException {
		StringBuilder csv = new StringBuilder("number,short_description,description,category\n");
		String[][] topics = { { "vpn", "tunnel", "remote" }, { "printer", "toner", "paper" } };
		for (int i = 0; i < 60; i++) {
			String[] words = topics[i % 2];
			csv.append("INC")
				.append(i)
				.append(',')
				.append(words[0])
				.append(" problem,\"")
				.append("Hi,\n")
				.append(words[1])
				.append(' ')
				.append(words[2])
				.append(" broken in room ")
				.append(i)
				.append(", \"\"again\"\"\n")
				.append("Kind regards\nBob\",")
				.append(i % 2)
				.append('\n');
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, bytes, 0, prefix.length);
		System.arraycopy(body, 0, bytes, prefix.length, body.length);
		return Files.write(this.folder.resolve(name), bytes);
	}

	@Test
	void printsPainPointsAgreementTimingsAndHeap() throws IOException {
		Path file = tickets("tickets.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		int exit = mine("--input", file.toString(), "--text", "short_description,description", "--label", "category",
				"--k", "2", "--seed", "1");
		assertThat(exit).as(errors()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(report.get("tickets").asInt()).isEqualTo(60);
		assertThat(report.get("painPoints")).hasSize(2);
		assertThat(report.get("painPoints").get(0).get("label").asString()).isNotBlank();
		assertThat(report.get("painPoints").get(0).get("size").asInt()).isEqualTo(30);
		assertThat(report.get("painPoints").get(0).get("examples")).hasSize(3);
		assertThat(report.get("nmi").asDouble()).isEqualTo(1.0);
		assertThat(report.get("ari").asDouble()).isEqualTo(1.0);
		assertThat(report.get("vMeasure").asDouble()).isEqualTo(1.0);
		for (String timing : List.of("readMs", "analyseMs", "clusterMs", "totalMs")) {
			assertThat(report.get("timings").has(timing)).as(timing).isTrue();
		}
		assertThat(report.get("peakHeapMb").asLong()).isPositive();
	}

	@Test
	void repeatedRunsInOneJvmFindTheSamePainPointsAndReportEachRunsTime() throws IOException {
		Path file = tickets("tickets.csv", new byte[0]);
		int exit = mine("--input", file.toString(), "--text", "short_description,description", "--label", "category",
				"--k", "2", "--seed", "1", "--repeat", "3");
		assertThat(exit).as(errors()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(report.get("totalMsPerRun")).hasSize(3);
		assertThat(report.get("totalMsPerRun").get(2).asLong())
			.isEqualTo(report.get("timings").get("totalMs").asLong());
		assertThat(report.get("nmi").asDouble()).isEqualTo(1.0);
		assertThat(mine("--input", file.toString(), "--text", "description", "--repeat", "often")).isEqualTo(2);
		assertThat(errors()).contains("--repeat needs a non-negative whole number");
	}

	@Test
	void readsJsonLinesAndLatin1() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			lines.add("{\"title\":\"" + ((i % 2 == 0) ? "imprimante cass\u00e9e" : "vpn coup\u00e9") + "\",\"n\":" + i
					+ "}");
		}
		Path jsonl = Files.write(this.folder.resolve("t.jsonl"), lines);
		assertThat(mine("--input", jsonl.toString(), "--text", "title", "--format", "jsonl", "--k", "2")).as(errors())
			.isZero();
		Path latin1 = Files.write(this.folder.resolve("latin1.csv"),
				"title\nimprimante cass\u00e9e\nvpn coup\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		TicketFile.Rows rows = TicketFile.read(latin1, TicketFile.Format.CSV, List.of("title"), null);
		assertThat(rows.tickets().get(0).fields()).containsExactly("imprimante cass\u00e9e");
	}

	@Test
	void refusesAnUnknownColumnNamingTheColumnsThereAre() throws IOException {
		Path file = tickets("tickets.csv", new byte[0]);
		assertThat(mine("--input", file.toString(), "--text", "title,description")).isEqualTo(1);
		assertThat(errors()).contains("line 1: unknown column 'title'").contains("short_description");
	}

	@Test
	void refusesAMissingFile() {
		assertThat(mine("--input", this.folder.resolve("nope.csv").toString(), "--text", "title")).isEqualTo(1);
		assertThat(errors()).contains("cannot read").contains("nope.csv");
	}

	@Test
	void refusesABinaryFile() throws IOException {
		byte[] zip = { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02 };
		Path file = Files.write(this.folder.resolve("tickets.xlsx"), zip);
		assertThat(mine("--input", file.toString(), "--text", "title")).isEqualTo(1);
		assertThat(errors()).contains("not a text file");
	}

	@Test
	void explainsUsageOnBadArguments() {
		assertThat(mine("--input", "x.csv")).isEqualTo(2);
		assertThat(errors()).contains("Missing --text").contains("usage: mine");
		assertThat(mine("--input", "x.csv", "--text", "a", "--k", "many")).isEqualTo(2);
	}

}
