package org.shopfront.shadowit.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MatchVendorsCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int matchVendors(String... arguments) {
		return new MatchVendorsCommand().run(List.of(arguments),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> lines() {
		JsonMapper json = JsonMapper.builder().build();
		return this.out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

	@Test
	void printsOneJsonObjectPerLineWithTheVendorOrNull() throws IOException {
		Path file = Files.writeString(this.folder.resolve("card.csv"), """
				date;Merchant Name;amount
				2026-01-03;"SLACK T04ABC123 SAN FRANCISCO CA";8.75
				2026-01-04;"ZOOM CAR WASH";12.00
				""");
		int exit = matchVendors("--input", file.toString(), "--merchant", "merchant name");
		assertThat(exit).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		List<JsonNode> lines = lines();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).get("merchant").asString()).isEqualTo("SLACK T04ABC123 SAN FRANCISCO CA");
		assertThat(lines.get(0).get("vendor").asString()).isEqualTo("slack");
		assertThat(lines.get(0).get("category").asString()).isEqualTo("communication");
		assertThat(lines.get(0).get("confidence").asDouble()).isBetween(VendorMatcher.THRESHOLD, 1.0);
		assertThat(lines.get(1).get("vendor").isNull()).isTrue();
		assertThat(lines.get(1).get("category").isNull()).isTrue();
	}

	@Test
	void explainsAnUnknownColumnAndExitsWithTwo() throws IOException {
		Path file = Files.writeString(this.folder.resolve("card.csv"), "date,description\n2026-01-03,SLACK\n");
		int exit = matchVendors("--input", file.toString(), "--merchant", "merchant");
		assertThat(exit).isEqualTo(MatchVendorsCommand.BAD_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown column 'merchant'")
			.doesNotContain("Exception");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void explainsMissingOptionsWithTheUsage() {
		int exit = matchVendors("--input", "card.csv");
		assertThat(exit).isEqualTo(MatchVendorsCommand.BAD_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(MatchVendorsCommand.USAGE);
	}

}
