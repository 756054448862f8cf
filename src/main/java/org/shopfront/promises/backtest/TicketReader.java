package org.shopfront.promises.backtest;

import java.time.ZoneId;
import java.util.List;

import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

/**
 * Reads tickets from a CSV file with a header line through the shared reading path
 * ({@link TextFile}): each row goes, as parsed, to {@link Cases}, which assembles the
 * tickets as the file's {@link Layout} says. Dates are read with {@code --date-format}
 * only, or as ISO 8601 without it.
 */
final class TicketReader {

	private final BacktestOptions options;

	private final DateReader dates;

	TicketReader(BacktestOptions options, ZoneId zone) {
		this.options = options;
		this.dates = DateReader.exactly(zone, options.layout().datePattern());
	}

	/**
	 * @throws FileProblem naming the line and column of what cannot be read
	 * @throws BadInput if the file holds no ticket
	 */
	List<Ticket> read() {
		TextFile file = TextFile.inspect(this.options.input());
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			Columns columns = new Columns(table.header(), this.options.layout());
			Cases cases = new Cases(this.options.layout(), columns, this.dates);
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				cases.add(new Row(row, columns));
			}
			List<Ticket> tickets = cases.tickets();
			if (tickets.isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " has no tickets");
			}
			return tickets;
		}
	}

}
