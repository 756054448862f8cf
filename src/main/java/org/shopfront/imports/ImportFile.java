package org.shopfront.imports;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.tabular.ColumnMapping;
import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.JsonLines;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;
import tools.jackson.databind.ObjectMapper;

/**
 * A job's file, checked before anything is stored (empty, not text, without the columns
 * its mapping requires, or JSON lines whose first line is no object: refused whole), then
 * read row by row into a {@link RowWriter}, each row through the target. In CSV a row
 * whose field count differs from the header's is rejected ({@code fieldCount}), since its
 * values cannot be trusted to sit in the right columns; in JSON lines a line that is not
 * an object is ({@code json}).
 *
 * @param <F> the fields a row is read into
 * @param <T> what a good row becomes
 */
final class ImportFile<F extends Enum<F>, T> {

	private final ImportJob<F, T> job;

	private final TextFile file;

	private final ObjectMapper json;

	private final int maxRecordLength;

	private final F[] fields;

	private ImportFile(ImportJob<F, T> job, TextFile file, ObjectMapper json, int maxRecordLength) {
		this.job = job;
		this.file = file;
		this.json = json;
		this.maxRecordLength = maxRecordLength;
		this.fields = job.mapping().fields();
	}

	/**
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	static <F extends Enum<F>, T> ImportFile<F, T> check(ImportJob<F, T> job, ObjectMapper json, int maxRecordLength) {
		try {
			ImportFile<F, T> checked = new ImportFile<>(job, TextFile.inspect(job.file()), json, maxRecordLength);
			checked.checkLayout();
			return checked;
		}
		catch (FileProblem ex) {
			throw ImportRefused.of(ex);
		}
	}

	long size() {
		return this.file.size();
	}

	TextInput open() {
		return this.file.open(this.maxRecordLength);
	}

	private void checkLayout() {
		if (this.job.format() == ImportFormat.JSON_LINES) {
			if (!JsonLines.object(this.json, this.file.firstLine())) {
				throw ImportRefused.notJsonLines();
			}
			return;
		}
		try (TextInput input = open(); CsvTable table = CsvTable.open(this.file, input)) {
			this.job.mapping().bind(table.header());
		}
		catch (FileProblem ex) {
			throw (ex.kind() == FileProblem.Kind.UNKNOWN_COLUMNS) ? ImportRefused.of(ex) : ImportRefused.noHeader();
		}
	}

	/**
	 * Reads every row into the writer.
	 * @throws ImportFailed if the file breaks part way through
	 */
	void read(TextInput input, RowWriter<T> writer) {
		try {
			if (this.job.format() == ImportFormat.JSON_LINES) {
				readJsonLines(input, writer);
			}
			else {
				readCsv(input, writer);
			}
		}
		catch (FileProblem ex) {
			throw ImportFailed.of(ex);
		}
	}

	private void readCsv(TextInput input, RowWriter<T> writer) {
		try (CsvTable table = CsvTable.open(this.file, input)) {
			ColumnMapping.Columns<F> columns = this.job.mapping().bind(table.header());
			String[] names = columns.names();
			F numbered = (this.job.rowNumber() != null && !columns.has(this.job.rowNumber())) ? this.job.rowNumber()
					: null;
			List<Rejection> rejections = new ArrayList<>();
			for (CsvTable.CsvRow row = table.next(); row != null; row = table.next()) {
				rejections.clear();
				T item = null;
				if (row.size() != columns.size()) {
					rejections.add(new Rejection(row.line(), null, "fieldCount", row.size() + " / " + columns.size()));
				}
				else {
					String[] values = columns.values(row);
					if (numbered != null) {
						values[numbered.ordinal()] = String.valueOf(row.number());
					}
					item = item(new ImportRow<>(this.job.target(), this.fields, values, names, row::line, rejections));
				}
				writer.row(item, List.copyOf(rejections));
			}
		}
	}

	private void readJsonLines(TextInput input, RowWriter<T> writer) {
		String[] names = new String[this.fields.length];
		for (F field : this.fields) {
			names[field.ordinal()] = this.job.mapping().name(field);
		}
		try (JsonLines lines = JsonLines.open(input, this.json)) {
			List<Rejection> rejections = new ArrayList<>();
			for (JsonLines.JsonRow row = lines.next(); row != null; row = lines.next()) {
				rejections.clear();
				T item = null;
				if (row.object() == null) {
					rejections.add(new Rejection(row.line(), null, "json", null));
				}
				else {
					item = item(new ImportRow<>(this.job.target(), this.fields, this.job.mapping().values(row.object()),
							names, row::line, rejections));
				}
				writer.row(item, List.copyOf(rejections));
			}
		}
	}

	private T item(ImportRow<F> row) {
		T item = this.job.target().read(row);
		return row.rejected() ? null : item;
	}

}
