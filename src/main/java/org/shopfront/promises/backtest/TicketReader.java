package org.shopfront.promises.backtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads tickets from a CSV file with a header line: each row goes, as parsed, to
 * {@link Cases}, which assembles the tickets as the file's {@link Layout} says.
 */
final class TicketReader {

	private final BacktestOptions options;

	private final Dates dates;

	TicketReader(BacktestOptions options, ZoneId zone) {
		this.options = options;
		this.dates = new Dates(options.layout().datePattern(), zone);
	}

	List<Ticket> read() {
		if (!Files.isReadable(this.options.input())) {
			throw BadInput.because("cannot read the input file " + this.options.input());
		}
		CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(this.options.input(), StandardCharsets.UTF_8);
				CSVParser parser = csv.parse(reader)) {
			if (parser.getHeaderNames().isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " is empty");
			}
			Cases cases = new Cases(this.options.layout(), new Columns(parser.getHeaderNames(), this.options.layout()),
					this.dates);
			for (CSVRecord row : parser) {
				cases.add(new Row(row.toMap(), parser.getCurrentLineNumber()));
			}
			List<Ticket> tickets = cases.tickets();
			if (tickets.isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " has no tickets");
			}
			return tickets;
		}
		catch (IOException | UncheckedIOException ex) {
			throw BadInput.because("cannot read the input file " + this.options.input() + ": " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw BadInput.because(
					"the input file " + this.options.input() + " is not CSV with a header line: " + ex.getMessage());
		}
	}

}
