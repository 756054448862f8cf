package org.shopfront.shadowit.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher against the evaluation set written for it (src/test/resources/shadowit):
 * realistic statement lines with the vendor each means, a third of them non-software
 * merchants that look like software names. The held-out half was not looked at while the
 * matcher was written. A non-software line given any vendor counts as a false positive; a
 * software line given the wrong vendor counts against both figures.
 */
class VendorEvaluationTests {

	static final VendorMatcher matcher = VendorMatcher.shipped();

	@ParameterizedTest
	@CsvSource({ "held-out, 387", "development, 354" })
	void reachesTheTargetsOnEachHalf(String half, int lines) throws IOException {
		Score score = score("/shadowit/vendor-evaluation-" + half + ".csv");
		report(half, score);
		assertThat(score.lines()).isEqualTo(lines);
		assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void countsAVendorGivenToANonSoftwareLineAsAFalsePositive() {
		Score score = new Score(List.of(new Scored("", "zoom"), new Scored("zoom", "zoom")));
		assertThat(score.precision()).isEqualTo(0.5);
		assertThat(score.recall()).isEqualTo(1.0);
	}

	@Test
	void countsAWrongVendorAgainstBothFigures() {
		Score score = new Score(List.of(new Scored("aws", "amazon"), new Scored("zoom", "")));
		assertThat(score.precision()).isEqualTo(0.0);
		assertThat(score.recall()).isEqualTo(0.0);
	}

	/**
	 * Writes the figures to target/vendor-evaluation-HALF.txt, for docs/benchmarks.md.
	 */
	static void report(String half, Score score) throws IOException {
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			Files.writeString(target.resolve("vendor-evaluation-" + half + ".txt"), score + System.lineSeparator());
		}
	}

	static Score score(String resource) throws IOException {
		List<Scored> scored = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				Objects.requireNonNull(VendorEvaluationTests.class.getResourceAsStream(resource), resource),
				StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(reader)) {
				scored.add(new Scored(row.get("expected"), matcher.match(row.get("merchant")).vendorId().orElse("")));
			}
		}
		return new Score(scored);
	}

	/** The vendor a line means ("" for none) and the one the matcher named. */
	record Scored(String expected, String named) {

		boolean right() {
			return !this.named.isEmpty() && this.named.equals(this.expected);
		}

	}

	/** Precision and recall over scored lines. */
	record Score(List<Scored> scored) {

		int lines() {
			return this.scored.size();
		}

		double precision() {
			long named = this.scored.stream().filter((line) -> !line.named().isEmpty()).count();
			return (named == 0) ? 0 : right() / (double) named;
		}

		double recall() {
			long software = this.scored.stream().filter((line) -> !line.expected().isEmpty()).count();
			return (software == 0) ? 0 : right() / (double) software;
		}

		private long right() {
			return this.scored.stream().filter(Scored::right).count();
		}

		@Override
		public String toString() {
			return String.format("%d lines, precision %.3f, recall %.3f", lines(), precision(), recall());
		}

	}

}
