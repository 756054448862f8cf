package org.shopfront.estimates.backtest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shopfront.estimates.reference.Observation;
import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.Header;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

/**
 * Reads the projects of a backtest from CSV through the shared reading path (any
 * encoding, a byte-order mark, values across lines). An estimate or actual is a number
 * (hours, days or money: the ratio has no unit) or a date, which counts as the days from
 * the project's start column to it. A row without a date, an estimate above 0 or an
 * actual of 0 or more teaches nothing and is skipped, with the reason; a value that is
 * neither a number nor a date stops the backtest at its line and column.
 */
final class ProjectReader {

	/** What files write for "unknown" besides an empty cell. */
	private static final Set<String> MISSING = Set.of("?", "na", "n/a", "null", "-");

	private final BacktestOptions options;

	private final DateReader dates;

	private final String dateWords;

	ProjectReader(BacktestOptions options) {
		this.options = options;
		this.dates = DateReader.exactly(ZoneOffset.UTC, options.datePattern());
		this.dateWords = (options.datePattern() != null) ? "pattern " + options.datePattern() : "ISO-8601";
	}

	/** The projects of a file, and the rows it skipped. */
	record Projects(List<Observation> observations, List<String> skipped) {
	}

	/**
	 * @throws FileProblem naming the line and column of what cannot be read
	 */
	Projects read() {
		TextFile file = TextFile.inspect(this.options.input());
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			Columns columns = new Columns(table.header(), this.options);
			List<Observation> observations = new ArrayList<>();
			List<String> skipped = new ArrayList<>();
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				String why = read(row, columns, observations);
				if (why != null) {
					skipped.add(why);
				}
			}
			if (observations.isEmpty()) {
				throw new BacktestOptions.Refused("the input file " + this.options.input()
						+ " has no project with a date, an estimate above 0 and an actual");
			}
			return new Projects(observations, skipped);
		}
	}

	/** Adds the row's project, or says why it was skipped. */
	private String read(CsvRow row, Columns columns, List<Observation> into) {
		LocalDate date = day(row, columns, columns.date);
		if (date == null) {
			return skip(row, columns, columns.date, "no date");
		}
		Double estimate = amount(row, columns, columns.estimate);
		if (estimate == null) {
			return skip(row, columns, columns.estimate, "no estimate");
		}
		if (estimate <= 0) {
			return skip(row, columns, columns.estimate, (estimate == 0) ? "an estimate of 0" : "an estimate below 0");
		}
		Double actual = amount(row, columns, columns.actual);
		if (actual == null) {
			return skip(row, columns, columns.actual, "no actual");
		}
		if (actual < 0) {
			return skip(row, columns, columns.actual, "an actual below 0");
		}
		List<String> segments = new ArrayList<>();
		for (int i = 0; i < columns.segments.length; i++) {
			String value = text(row, columns, columns.segments[i]);
			if (value != null) {
				segments.add(this.options.segments().get(i) + '=' + value);
			}
		}
		into.add(new Observation(date, estimate, actual, segments));
		return null;
	}

	/**
	 * A number, or the days from the start column to a date; {@code null} when missing
	 * (also when a date has no start to count from).
	 */
	private Double amount(CsvRow row, Columns columns, int column) {
		String text = text(row, columns, column);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text).doubleValue();
		}
		catch (NumberFormatException ex) {
			LocalDate end = date(row, columns, column, text);
			LocalDate start = day(row, columns, columns.start);
			return (start != null) ? (double) ChronoUnit.DAYS.between(start, end) : null;
		}
	}

	private LocalDate day(CsvRow row, Columns columns, int column) {
		String text = text(row, columns, column);
		return (text != null) ? date(row, columns, column, text) : null;
	}

	private LocalDate date(CsvRow row, Columns columns, int column, String text) {
		Instant instant = this.dates.read(text);
		if (instant == null) {
			throw FileProblem.at(row.line(), columns.name(column),
					"cannot read '" + text + "' as a number, nor as a date (" + this.dateWords + ")");
		}
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String text(CsvRow row, Columns columns, int column) {
		if (column >= row.size()) {
			throw FileProblem.at(row.line(), columns.name(column), "the row has only " + row.size() + " cells");
		}
		String text = row.get(column).strip();
		return (text.isEmpty() || MISSING.contains(text.toLowerCase(Locale.ROOT))) ? null : text;
	}

	private static String skip(CsvRow row, Columns columns, int column, String why) {
		return "line " + row.line() + ", column '" + columns.name(column) + "': " + why + ", skipped";
	}

	/** Where the columns the backtest reads sit in the header. */
	private static final class Columns {

		final int date;

		final int estimate;

		final int actual;

		final int start;

		final int[] segments;

		private final Header header;

		Columns(Header header, BacktestOptions options) {
			List<String> wanted = new ArrayList<>(
					List.of(options.date(), options.estimate(), options.actual(), options.start()));
			wanted.addAll(options.segments());
			int[] positions = header.require(wanted);
			this.header = header;
			this.date = positions[0];
			this.estimate = positions[1];
			this.actual = positions[2];
			this.start = positions[3];
			this.segments = Arrays.copyOfRange(positions, 4, positions.length);
		}

		String name(int column) {
			return this.header.names().get(column);
		}

	}

}
