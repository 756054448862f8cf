package org.shopfront.tickets;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.tabular.ColumnMapping;
import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

/**
 * Reads CSV through an import profile ({@link CsvTable}: the first record is the header,
 * the delimiter guessed from it, quoted fields may span lines). A row whose field count
 * differs from the header's is rejected, since its values cannot be trusted to sit in the
 * right columns.
 */
final class CsvTicketRows implements TicketRows {

	private final ImportProfile profile;

	private final TicketRowMapper mapper;

	private final int maxRecordLength;

	CsvTicketRows(ImportProfile profile, TicketRowMapper mapper, int maxRecordLength) {
		this.profile = profile;
		this.mapper = mapper;
		this.maxRecordLength = maxRecordLength;
	}

	@Override
	public void check(TextFile file) {
		try (TextInput input = file.open(this.maxRecordLength); CsvTable table = CsvTable.open(file, input)) {
			this.profile.mapping().bind(table.header());
		}
		catch (FileProblem ex) {
			throw (ex.kind() == FileProblem.Kind.UNKNOWN_COLUMNS) ? ImportRefused.of(ex) : ImportRefused.noHeader();
		}
	}

	@Override
	public void read(TextFile file, TextInput input, RowSink sink) {
		try (CsvTable table = CsvTable.open(file, input)) {
			ColumnMapping.Columns<TicketField> columns = this.profile.mapping().bind(table.header());
			String[] names = columns.names();
			List<Rejection> rejections = new ArrayList<>();
			for (CsvTable.CsvRow row = table.next(); row != null; row = table.next()) {
				rejections.clear();
				Ticket ticket = null;
				if (row.size() != columns.size()) {
					rejections.add(new Rejection(row.line(), null, "fieldCount", row.size() + " / " + columns.size()));
				}
				else {
					String[] values = columns.values(row);
					if (this.profile.numbersByRow()) {
						values[TicketField.NUMBER.ordinal()] = String.valueOf(row.number());
					}
					ticket = this.mapper.map(row::line, values, names, rejections);
				}
				sink.row(ticket, List.copyOf(rejections));
			}
		}
		catch (FileProblem ex) {
			throw ImportFailed.of(ex);
		}
	}

}
