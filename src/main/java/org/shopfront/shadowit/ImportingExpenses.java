package org.shopfront.shadowit;

import java.nio.file.Path;
import java.time.Clock;

import org.shopfront.imports.ImportDescription;
import org.shopfront.imports.ImportFormat;
import org.shopfront.imports.ImportJob;
import org.shopfront.imports.ImportRefused;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Importing;
import org.shopfront.shared.tabular.DateReader;

import org.springframework.stereotype.Service;

/**
 * Imports a file of card or expense lines through the import machinery
 * ({@link Importing}), whole or not at all: one bad row stores nothing and the run lists
 * every bad row. Lines are matched to vendors as they are stored, with the corrections
 * recorded so far.
 */
@Service
class ImportingExpenses {

	private final Importing importing;

	private final VendorMatchers matchers;

	private final ExpenseLines lines;

	private final Clock clock;

	ImportingExpenses(Importing importing, VendorMatchers matchers, ExpenseLines lines, Clock clock) {
		this.importing = importing;
		this.matchers = matchers;
		this.lines = lines;
		this.clock = clock;
	}

	/**
	 * Checks the file and starts reading it in the background; the file is deleted when
	 * the import ends.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	ImportRunId start(ExpenseImportRequest request, Path file, String startedBy) {
		return this.importing.start(job(request, file, startedBy));
	}

	/** Like {@link #start} but returns when the file has been read, leaving the file. */
	ImportRunId importNow(ExpenseImportRequest request, Path file, String startedBy) {
		return this.importing.importNow(job(request, file, startedBy));
	}

	/** What a finished run did: lines stored, matched, unknown and stored already. */
	ExpenseRunSummary summary(ImportRun run) {
		return this.lines.summary(run.id(), run.rowsImported());
	}

	private ImportJob<ExpenseField, ExpenseLine> job(ExpenseImportRequest request, Path file, String startedBy) {
		ExpenseImport target = new ExpenseImport(DateReader.usual(this.clock.getZone(), request.datePattern()),
				request.currency(), this.matchers.current(), this.lines, this.clock);
		ImportDescription description = new ImportDescription("card", request.layout(), null, request.fileName(),
				startedBy);
		return ImportJob.of(target, ImportFormat.CSV, request.mapping(), file, description).wholeFileOrNothing();
	}

}
