package org.shopfront.estimates.backtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code estimates-backtest} on synthetic files (overruns of a shape unlike any
 * company's, estimates in hours, a byte-order mark, zero estimates) and on the Kitchenham
 * data when {@code shopfront.data.dir} holds it.
 */
class EstimatesBacktestCommandTests {

	static final String KITCHENHAM = "project_estimates_kitchenham.csv";

	@TempDir
	Path folder;

	@Test
	void aSyntheticStreamIsCoveredAtEveryLevelAndBetterThanByItsRawEstimates() throws IOException {
		Path file = synthetic(2000);

		Result result = run("--input", file.toString(), "--estimate", "estimated_hours", "--actual", "actual_hours",
				"--date", "decided", "--segments", "team");

		assertThat(result.code()).isZero();
		Map<String, Object> json = result.json();
		assertThat(json.get("items")).isEqualTo(2000);
		assertThat(json.get("testItems")).isEqualTo(600);
		assertThat(json.get("skipped")).isEqualTo(2);
		Map<String, Double> coverage = coverage(json);
		for (String level : List.of("0.5", "0.7", "0.8", "0.9")) {
			assertThat(coverage.get(level)).as(level).isCloseTo(Double.parseDouble(level), within(0.04));
		}
		assertThat((double) json.get("calibrationError"))
			.isLessThan((double) json.get("calibrationErrorOfRawEstimate") / 4);
		assertThat((double) json.get("medianUplift")).isGreaterThan(0.5);
		assertThat(result.err()).contains("line 2, column 'estimated_hours': an estimate of 0, skipped")
			.contains("line 504, column 'estimated_hours': no estimate, skipped");
	}

	@Test
	void aValueThatIsNeitherANumberNorADateStopsAtItsLineAndColumnWithExitCodeTwo() throws IOException {
		Path file = Files.writeString(this.folder.resolve("bad.csv"),
				"decided,estimated_hours,actual_hours\n2024-01-01,10,12\n2024-01-02,ten,12\n");

		Result result = run("--input", file.toString(), "--estimate", "estimated_hours", "--actual", "actual_hours",
				"--date", "decided");

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains("line 3").contains("estimated_hours").contains("'ten'");
	}

	@Test
	void aMissingColumnAndABadCommandLineExitWithTwo() throws IOException {
		Path file = Files.writeString(this.folder.resolve("cols.csv"), "decided,estimate,actual\n2024-01-01,1,1\n");

		assertThat(run("--input", file.toString(), "--estimate", "estimate", "--actual", "spent", "--date", "decided")
			.err()).contains("spent");
		assertThat(run("--input", file.toString(), "--estimate", "estimate").code()).isEqualTo(2);
		assertThat(run("--input", file.toString(), "--estimate", "estimate", "--actual", "actual", "--date", "decided",
				"--train", "1.5")
			.code()).isEqualTo(2);
	}

	@Test
	@SuppressWarnings("unchecked")
	void onTheKitchenhamDataTheWideningIsFarBetterCalibratedThanTheRawEstimates() {
		String data = System.getProperty("shopfront.data.dir");
		assumeTrue(data != null, "shopfront.data.dir is not set");
		Path file = Path.of(data, KITCHENHAM);
		assumeTrue(Files.isReadable(file), "no " + KITCHENHAM + " in " + data);

		Result effort = run("--input", file.toString(), "--estimate", "First.estimate", "--actual", "Actual.effort",
				"--date", "Actual.start.date");
		Result duration = run("--input", file.toString(), "--estimate", "Estimated.completion.date", "--actual",
				"Actual.duration", "--date", "Actual.start.date");

		assertThat(effort.json().get("items")).isEqualTo(145);
		assertThat(duration.json().get("items")).isEqualTo(141);
		assertThat(duration.json().get("skipped")).isEqualTo(4);
		for (Result result : List.of(effort, duration)) {
			Map<String, Object> json = result.json();
			assertThat((double) json.get("calibrationError"))
				.isLessThan((double) json.get("calibrationErrorOfRawEstimate") / 3);
			coverage(json).forEach(
					(level, share) -> assertThat(share).as(level).isCloseTo(Double.parseDouble(level), within(0.09)));
		}
	}

	/** Overruns log-normal around +40 % in hours, a second team overrunning more. */
	private Path synthetic(int rows) throws IOException {
		Random random = new Random(42);
		List<String> lines = new ArrayList<>();
		lines.add("\uFEFFdecided,team,estimated_hours,actual_hours");
		lines.add("2015-01-01,alpha,0,12");
		LocalDate day = LocalDate.of(2015, 1, 2);
		for (int i = 0; i < rows; i++) {
			boolean beta = random.nextInt(4) == 0;
			double estimate = 8 + random.nextInt(400);
			double ratio = Math.exp((beta ? 0.7 : 0.3) + 0.8 * random.nextGaussian());
			lines.add(day.plusDays(i / 2) + "," + (beta ? "beta" : "alpha") + "," + estimate + ","
					+ Math.round(estimate * ratio * 10) / 10.0);
			if (i == 500) {
				lines.add(day.plusDays(i / 2) + ",alpha,,12");
			}
		}
		return Files.write(this.folder.resolve("synthetic.csv"), lines, StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Double> coverage(Map<String, Object> json) {
		return (Map<String, Double>) json.get("coverage");
	}

	private static Result run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new EstimatesBacktestCommand().run(List.of(arguments),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Result(int code, String out, String err) {

		@SuppressWarnings("unchecked")
		Map<String, Object> json() {
			return JsonMapper.builder().build().readValue(this.out, Map.class);
		}

	}

}
