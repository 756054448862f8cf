package org.shopfront.estimates;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.imports.Rejection;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Past projects through the importer and the record, and estimates widened from them; the
 * Kitchenham data (through {@code shopfront.data.dir}, skipped when absent) is checked
 * against overrun figures computed here straight from the file.
 */
@ShopfrontTest
class PastProjectsTests {

	@Autowired
	ImportingProjects importing;

	@Autowired
	PastProjects projects;

	@Autowired
	Estimates estimates;

	@Autowired
	ImportLog log;

	@TempDir
	Path folder;

	@Test
	void theKitchenhamFileImportsWholeAndItsOverrunsAreTheOnesInTheFile() throws IOException {
		String data = System.getProperty("shopfront.data.dir");
		assumeTrue(data != null, "shopfront.data.dir is not set");
		Path file = Path.of(data, "project_estimates_kitchenham.csv");
		assumeTrue(Files.isReadable(file), "no Kitchenham file in " + data);
		Path copy = Files.copy(file, this.folder.resolve("kitchenham.csv"));
		String source = unique("kitchenham");

		ImportRunId id = this.importing.importNow(request(ProjectLayout.KITCHENHAM, ProjectLayout.kitchenham(), source),
				copy, "Tester");

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsImported()).isEqualTo(145);
		assertThat(run.rowsSkipped()).isZero();
		assertThat(this.log.skips(id, 10)).as("3 completion dates are '?', one lies before the start")
			.extracting(Rejection::line, Rejection::reason)
			.containsExactly(tuple(19L, "noEstimate"), tuple(55L, "noEstimate"), tuple(122L, "noEstimate"),
					tuple(142L, "negative"));

		double[] effort = overrunsInTheFile(file, false);
		Overruns imported = this.projects.overruns(Measure.EFFORT, source);
		assertThat(imported.projects()).isEqualTo((int) effort[0]);
		assertThat(imported.shareOver()).isCloseTo(effort[1], within(1e-9));
		assertThat(imported.meanOverrun()).isCloseTo(effort[2], within(1e-9));
		double[] duration = overrunsInTheFile(file, true);
		Overruns time = this.projects.overruns(Measure.DURATION, source);
		assertThat(time.projects()).isEqualTo((int) duration[0]).isEqualTo(141);
		assertThat(time.shareOver()).isCloseTo(duration[1], within(1e-9));
		assertThat(time.meanOverrun()).isCloseTo(duration[2], within(1e-9));
	}

	@Test
	void aFileWithAByteOrderMarkImportsAndRowsWithoutAnyUsableEstimateAreSkipped() throws IOException {
		String source = unique("bom");
		Path file = Files.writeString(
				this.folder.resolve("bom.csv"), "\uFEFFname;kind;estimate;spent;budget;cost\n"
						+ "CRM;buy;10;12;1000;1500\n" + "ERP;build;0;5;;\n" + "Web;build;8;8;0;100\n",
				StandardCharsets.UTF_8);

		ImportRunId id = this.importing.importNow(request(ProjectLayout.CUSTOM, custom(), source), file, "Tester");

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsImported()).isEqualTo(2);
		assertThat(run.rowsSkipped()).isEqualTo(1);
		assertThat(this.log.skips(id, 10)).extracting(Rejection::line, Rejection::column, Rejection::reason)
			.containsExactly(tuple(3L, "estimate", "zeroEstimate"), tuple(3L, "estimate", "noMeasure"),
					tuple(4L, "budget", "zeroEstimate"));
		assertThat(this.projects.overruns(Measure.EFFORT, source).projects()).isEqualTo(2);
		assertThat(this.projects.overruns(Measure.COST, source).projects()).isEqualTo(1);
		assertThat(this.projects.overruns(Measure.COST, source).meanOverrun()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void aFileWithABadRowStoresNothingAndReportsTheRow() throws IOException {
		String source = unique("bad");
		Path file = Files.writeString(this.folder.resolve("bad.csv"),
				"name,kind,estimate,spent,budget,cost\nA,buy,10,12,,\nB,buy,ten,12,,\nC,buy,1,2,3,4\n");

		ImportRunId id = this.importing.importNow(request(ProjectLayout.CUSTOM, custom(), source), file, "Tester");

		ImportRun run = this.log.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.log.rejections(id, 10)).extracting(Rejection::line, Rejection::column, Rejection::reason)
			.containsExactly(tuple(3L, "estimate", "decimal"));
		assertThat(this.projects.overruns(Measure.EFFORT, source).projects()).isZero();
	}

	@Test
	void anInitiativeIsRecordedOnceAndWidensLaterEstimatesOfItsKind() {
		String kind = unique("kind");
		LocalDate day = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < 40; i++) {
			PastProject project = PastProject
				.finished(new PastProject.Origin(kind + "-" + i, "initiatives", "Tester"), "Initiative " + i, kind,
						null, null, day.plusDays(i))
				.cost(Money.of("1000", "EUR"), Money.of((i % 2 == 0) ? "1500" : "1200", "EUR"));
			assertThat(this.projects.record(project)).isTrue();
		}
		PastProject again = PastProject.finished(new PastProject.Origin(kind + "-0", "initiatives", "Tester"), "Again",
				kind, null, null, day);
		assertThat(this.projects.record(again)).as("the same reference again changes nothing").isFalse();

		WidenedEstimate widened = this.estimates
			.widen(EstimateQuestion.of(Measure.COST, new BigDecimal("240000.00"), kind, null));

		assertThat(widened.evidence()).isTrue();
		assertThat(widened.segment()).isEqualTo("kind " + kind);
		assertThat(widened.comparable()).isEqualTo(40);
		assertThat(widened.basis()).isEqualTo(Measure.COST);
		assertThat(widened.uplift()).isEqualByComparingTo("0.5");
		assertThat(widened.widened()).isEqualByComparingTo("360000.00");
		assertThat(widened.shareWithin()).isEqualTo(1.0);
	}

	/**
	 * Projects, the share over the estimate and the mean overrun, from the file itself.
	 */
	static double[] overrunsInTheFile(Path file, boolean duration) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
		List<Double> ratios = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			double estimate;
			double actual;
			if (duration) {
				String end = cells[header.indexOf("Estimated.completion.date")];
				if (end.equals("?")) {
					continue;
				}
				estimate = LocalDate.parse(cells[header.indexOf("Actual.start.date")])
					.until(LocalDate.parse(end), java.time.temporal.ChronoUnit.DAYS);
				actual = Double.parseDouble(cells[header.indexOf("Actual.duration")]);
			}
			else {
				estimate = Double.parseDouble(cells[header.indexOf("First.estimate")]);
				actual = Double.parseDouble(cells[header.indexOf("Actual.effort")]);
			}
			if (estimate > 0) {
				ratios.add(actual / estimate);
			}
		}
		double over = ratios.stream().filter((ratio) -> ratio > 1).count();
		double mean = ratios.stream().mapToDouble((ratio) -> ratio - 1).sum() / ratios.size();
		return new double[] { ratios.size(), over / ratios.size(), mean };
	}

	private static org.shopfront.shared.tabular.ColumnMapping<ProjectField> custom() {
		java.util.Map<ProjectField, String> columns = new java.util.EnumMap<>(ProjectField.class);
		columns.put(ProjectField.NAME, "name");
		columns.put(ProjectField.KIND, "kind");
		columns.put(ProjectField.ESTIMATED_EFFORT, "estimate");
		columns.put(ProjectField.ACTUAL_EFFORT, "spent");
		columns.put(ProjectField.ESTIMATED_COST, "budget");
		columns.put(ProjectField.ACTUAL_COST, "cost");
		return ProjectLayout.of(columns);
	}

	private static ImportingProjects.Request request(String layout,
			org.shopfront.shared.tabular.ColumnMapping<ProjectField> mapping, String source) {
		return new ImportingProjects.Request(layout, mapping, source, EffortUnit.DAYS, Currency.getInstance("EUR"),
				source + ".csv");
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
